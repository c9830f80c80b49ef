package dev.sheaf.processor.fuzz;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.Diagnostic;

/** The mix of a run, for the report: how many cases of each shape compiled, which errors came. */
final class Tally {
  private final Map<String, int[]> shapes = new TreeMap<>();
  private final Map<String, Integer> errors = new TreeMap<>();
  private int cases;
  private int compiled;
  private int files;
  private int projections;

  void add(FuzzCase fuzzCase, Outcome outcome) {
    cases++;
    files += (int) fuzzCase.sources().keySet().stream()
        .filter(type -> !type.endsWith("SheafFuzzCaller")).count();
    projections += fuzzCase.repositories().size();
    Set<String> caseErrors = Judge.errors(fuzzCase, outcome);
    boolean ok = outcome.thrown() == null && outcome.diagnostics().stream()
        .noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    compiled += ok ? 1 : 0;
    String shape = fuzzCase.shape().startsWith("mutation") ? "mutation" : fuzzCase.shape();
    shapes.computeIfAbsent(shape, s -> new int[2])[ok ? 0 : 1]++;
    caseErrors.forEach(error -> errors.merge(error, 1, Integer::sum));
  }

  /** Lines such as {@code valid: 240 compiled, 0 failed}. */
  String summary(long millis) {
    StringBuilder out = new StringBuilder(String.format(
        "%d cases (%d DTO files, %d @Projection types) in %.1f s: %d compiled, %d failed%n",
        cases, files, projections, millis / 1000.0, compiled, cases - compiled));
    shapes.forEach((shape, counts) -> out.append(String.format(
        "  %-12s %4d compiled, %4d failed%n", shape, counts[0], counts[1])));
    out.append("  cases failing with each error:\n");
    errors.forEach((error, count) -> out.append(String.format("    %-28s %4d%n", error, count)));
    return out.toString();
  }
}
