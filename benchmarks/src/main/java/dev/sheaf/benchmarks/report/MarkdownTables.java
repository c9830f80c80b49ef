package dev.sheaf.benchmarks.report;

import dev.sheaf.benchmarks.BenchDatabase;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** A report's tables, in Markdown: one row per database and loader, one column per size. */
public final class MarkdownTables {
  private final ResultGrid grid;

  public MarkdownTables(ResultGrid grid) {
    this.grid = grid;
  }

  /** Median milliseconds per load. */
  public String medians() {
    return table("median ms per load", result -> millis(result.medianMillis()));
  }

  /** Statements per load. */
  public String statements() {
    return table("statements per load", result -> count(result.statements()));
  }

  /** Bytes the JVM allocated per load. */
  public String allocation() {
    return table("allocated per load", result -> bytes(result.bytesPerLoad()));
  }

  /** How many loads each median is the median of. */
  public String samples() {
    return table("loads sampled", result -> count(result.samples()));
  }

  /**
   * Ratios of medians, per database and size: Sheaf against the hand-written JDBC loader
   * labelled {@code jdbc} (the target is at most 1.10), and every other loader against Sheaf
   * (above 1: Sheaf is faster).
   */
  public String ratios() {
    StringBuilder table = new StringBuilder();
    header(table, "ratio of medians");
    for (String database : grid.databases()) {
      row(table, database, "Sheaf ÷ " + grid.description("jdbc"),
          size -> ratio(database, "sheaf", "jdbc", size));
      for (String loader : grid.loaders(database)) {
        if (!loader.equals("sheaf") && !loader.equals("jdbc")) {
          row(table, database, grid.description(loader) + " ÷ Sheaf",
              size -> ratio(database, loader, "sheaf", size));
        }
      }
    }
    return table.toString();
  }

  private String table(String what, Function<LoadResult, String> cell) {
    StringBuilder table = new StringBuilder();
    header(table, what);
    for (String database : grid.databases()) {
      for (String loader : grid.loaders(database)) {
        row(table, database, grid.description(loader),
            size -> grid.get(database, loader, size).map(cell).orElse("—"));
      }
    }
    return table.toString();
  }

  private void header(StringBuilder table, String what) {
    table.append("| database | ").append(what);
    for (int size : grid.sizes()) {
      table.append(" | ").append(String.format(Locale.ROOT, "%,d", size));
    }
    table.append(" |\n|---|---");
    grid.sizes().forEach(size -> table.append("|---:"));
    table.append("|\n");
  }

  private void row(StringBuilder table, String database, String label,
      Function<Integer, String> cell) {
    table.append("| ").append(displayName(database)).append(" | ").append(label);
    for (int size : grid.sizes()) {
      table.append(" | ").append(cell.apply(size));
    }
    table.append(" |\n");
  }

  private String ratio(String database, String numerator, String denominator, int size) {
    Optional<LoadResult> top = grid.get(database, numerator, size);
    Optional<LoadResult> bottom = grid.get(database, denominator, size);
    if (top.isEmpty() || bottom.isEmpty()) {
      return "—";
    }
    double ratio = top.get().medianMillis() / bottom.get().medianMillis();
    return String.format(Locale.ROOT, ratio >= 10 ? "%,.0f×" : "%.2f×", ratio);
  }

  static String displayName(String database) {
    return switch (BenchDatabase.named(database)) {
      case H2 -> "H2";
      case POSTGRESQL -> "PostgreSQL";
      case MARIADB -> "MariaDB";
    };
  }

  static String millis(double millis) {
    if (millis >= 100) {
      return String.format(Locale.ROOT, "%,.0f", millis);
    }
    return String.format(Locale.ROOT, millis >= 10 ? "%.1f" : millis >= 1 ? "%.2f" : "%.3f",
        millis);
  }

  private static String count(double count) {
    return Double.isNaN(count) ? "?" : String.format(Locale.ROOT, "%,.0f", count);
  }

  private static String bytes(double bytes) {
    if (Double.isNaN(bytes)) {
      return "?";
    }
    if (bytes >= 1e6) {
      return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }
    return String.format(Locale.ROOT, "%,.0f KB", bytes / 1e3);
  }

  /** Every table, each under a heading of its own. */
  public String all() {
    return String.join("\n", List.of(
        "### Median time per load (ms)\n\n" + medians(),
        "### Ratios\n\n" + ratios(),
        "### Statements per load\n\n" + statements(),
        "### Allocated per load (JVM heap, gc.alloc.rate.norm)\n\n" + allocation(),
        "### Loads sampled per median\n\n" + samples()));
  }
}
