package dev.sheaf.benchmarks.report;

import dev.sheaf.benchmarks.LoaderKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a load benchmark's JMH JSON into the report's figures: the chart as SVG, the tables as
 * Markdown, and a CSV of every trial. Its {@code main} reports {@code GraphLoadBenchmark};
 * {@code AuthorCardReport} reports {@code AuthorCardBenchmark} through {@link #write}.
 *
 * <pre>
 * java -cp ... dev.sheaf.benchmarks.report.BenchmarkReport results.json output-folder
 * </pre>
 */
public final class BenchmarkReport {
  private BenchmarkReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BenchmarkReport <jmh results.json> <output folder>");
      System.exit(2);
    }
    Map<String, String> loaders = new LinkedHashMap<>();
    for (LoaderKind kind : LoaderKind.values()) {
      loaders.put(kind.label(), kind.description());
    }
    write(Path.of(args[0]), Path.of(args[1]), "graph-load",
        "Loading the author graph: median time per load (log-log)", LoaderNames.of(loaders));
  }

  /**
   * Writes {@code name}.svg, {@code name}-tables.md and {@code name}.csv in {@code folder}, from
   * the JMH results in {@code json} of a benchmark whose loaders are {@code loaders}.
   */
  public static void write(Path json, Path folder, String name, String title,
      LoaderNames loaders) throws IOException {
    List<LoadResult> results = JmhResults.read(json);
    ResultGrid grid = new ResultGrid(results, loaders);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(name + ".svg"), new TimeChart(grid).svg(title));
    Files.writeString(folder.resolve(name + "-tables.md"), new MarkdownTables(grid).all());
    Files.writeString(folder.resolve(name + ".csv"), csv(results));
    System.out.println("wrote " + name + ".svg, " + name + "-tables.md and " + name + ".csv in "
        + folder);
  }

  private static String csv(List<LoadResult> results) {
    StringBuilder csv = new StringBuilder(
        "database,authors,loader,median_ms,loads_sampled,statements_per_load,bytes_per_load\n");
    for (LoadResult r : results) {
      csv.append(String.format(Locale.ROOT, "%s,%d,%s,%.4f,%d,%.0f,%.0f%n", r.database(),
          r.authors(), r.loader(), r.medianMillis(), r.samples(), r.statements(),
          r.bytesPerLoad()));
    }
    return csv.toString();
  }
}
