package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.report.BenchmarkReport;
import dev.sheaf.benchmarks.report.LoaderNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report of {@link AuthorCardBenchmark}: author-card.svg, author-card-tables.md (median ms,
 * Sheaf ÷ the JDBC reference, statements, allocation per load) and author-card.csv.
 *
 * <pre>
 * java -cp ... dev.sheaf.benchmarks.card.AuthorCardReport results.json output-folder
 * </pre>
 */
public final class AuthorCardReport {
  private AuthorCardReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: AuthorCardReport <jmh results.json> <output folder>");
      System.exit(2);
    }
    Map<String, String> loaders = new LinkedHashMap<>();
    for (CardLoaderKind kind : CardLoaderKind.values()) {
      loaders.put(kind.label(), kind.description());
    }
    BenchmarkReport.write(Path.of(args[0]), Path.of(args[1]), "author-card",
        "Loading AuthorCard: median time per load (log-log)", LoaderNames.of(loaders));
  }
}
