package dev.sheaf.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the load benchmark's results from JMH's JSON output ({@code -rf json}). */
public final class JmhResults {
  private JmhResults() {}

  /** Every trial in {@code json}, in the order JMH ran them. */
  public static List<LoadResult> read(Path json) throws IOException {
    List<LoadResult> results = new ArrayList<>();
    for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
      JsonNode params = run.get("params");
      JsonNode time = run.get("primaryMetric");
      JsonNode secondary = run.get("secondaryMetrics");
      results.add(new LoadResult(
          params.get("database").asText(),
          params.get("authors").asInt(),
          params.get("loader").asText(),
          time.get("scorePercentiles").get("50.0").asDouble(),
          samples(time.get("rawDataHistogram")),
          score(secondary, "statements"),
          score(secondary, "gc.alloc.rate.norm")));
    }
    return results;
  }

  private static double score(JsonNode secondary, String metric) {
    JsonNode node = secondary.get(metric);
    return node == null ? Double.NaN : node.get("score").asDouble();
  }

  /** The number of sampled loads: the counts of the histogram of every iteration. */
  private static long samples(JsonNode histograms) {
    long samples = 0;
    for (JsonNode fork : histograms) {
      for (JsonNode iteration : fork) {
        for (JsonNode bucket : iteration) {
          samples += bucket.get(1).asLong();
        }
      }
    }
    return samples;
  }
}
