package dev.sheaf.examples.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Turns the load benchmark's JMH JSON into the report's figures: the chart as SVG, the tables
 * as Markdown, and a CSV of every trial.
 *
 * <pre>
 * java -cp ... dev.sheaf.examples.bench.report.BenchmarkReport results.json output-folder
 * </pre>
 */
public final class BenchmarkReport {
  private BenchmarkReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BenchmarkReport <jmh results.json> <output folder>");
      System.exit(2);
    }
    List<LoadResult> results = JmhResults.read(Path.of(args[0]));
    ResultGrid grid = new ResultGrid(results);
    Path folder = Files.createDirectories(Path.of(args[1]));
    Files.writeString(folder.resolve("graph-load.svg"),
        new TimeChart(grid).svg("Loading the author graph: median time per load (log-log)"));
    Files.writeString(folder.resolve("graph-load-tables.md"), new MarkdownTables(grid).all());
    Files.writeString(folder.resolve("graph-load.csv"), csv(results));
    System.out.println("wrote graph-load.svg, graph-load-tables.md and graph-load.csv in " + folder);
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
