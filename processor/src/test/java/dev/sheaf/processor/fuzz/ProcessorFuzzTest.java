package dev.sheaf.processor.fuzz;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sheaf.processor.fuzz.FuzzCase.Expect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of generated DTO graphs, valid and not, through the processor. Each case compiles, or
 * fails with errors from the catalogue (or, for broken Java, from javac); it never makes the
 * processor throw or catch its own bug. Valid-by-construction cases must compile, repositories
 * and a class calling them included; each known misuse must give its message.
 *
 * <p>A failure prints each failing case's number, seed, problems and sources, and writes them all
 * to {@code target/fuzz-failures.txt}. {@code -Dsheaf.fuzz.only=12,40} runs only those cases;
 * {@code -Dsheaf.fuzz.seed=...} and {@code -Dsheaf.fuzz.cases=...} run others.
 */
class ProcessorFuzzTest {
  private static final long SEED = Long.getLong("sheaf.fuzz.seed", 0x5EAF_F022L);
  private static final int CASES = Integer.getInteger("sheaf.fuzz.cases", 500);
  /** The numbers of the cases to run, to replay failures; empty for all. */
  private static final Set<Integer> ONLY =
      Stream.of(System.getProperty("sheaf.fuzz.only", "").split(","))
      .filter(number -> !number.isBlank())
      .map(number -> Integer.valueOf(number.strip()))
      .collect(Collectors.toSet());
  /** Cases per javac run: a run of its own costs about as much as a few cases. */
  private static final int BATCH = 50;
  /** Failing cases printed in the assertion message; the report has them all. */
  private static final int PRINTED = 5;
  private static final Path REPORT = Path.of("target", "fuzz-failures.txt");

  @Test
  void everyCaseCompilesOrFailsWithTheCatalogue() {
    long start = System.nanoTime();
    List<FuzzCase> cases = DtoGenerator.cases(SEED, CASES).stream()
        .filter(c -> ONLY.isEmpty() || ONLY.contains(c.number()))
        .toList();
    Map<FuzzCase, Outcome> outcomes = new LinkedHashMap<>();
    // Valid cases apart, so their runs succeed and compile-testing shows their generated files.
    batches(cases.stream().filter(c -> c.expect() == Expect.COMPILES).toList(), outcomes);
    batches(cases.stream().filter(c -> c.expect() != Expect.COMPILES).toList(), outcomes);

    Tally tally = new Tally();
    List<String> failures = new ArrayList<>();
    for (FuzzCase fuzzCase : cases) {
      Outcome outcome = outcomes.get(fuzzCase);
      tally.add(fuzzCase, outcome);
      List<String> problems = Judge.problems(fuzzCase, outcome);
      if (!problems.isEmpty()) {
        failures.add(fuzzCase + ":\n  " + String.join("\n  ", problems) + "\n" + fuzzCase.listing());
      }
    }
    String summary = String.format("seed %#x, %d javac runs, %s", SEED, BatchCompiler.runs(),
        tally.summary((System.nanoTime() - start) / 1_000_000));
    System.out.println("ProcessorFuzzTest: " + summary);
    writeReport(String.join("\n\n", failures));

    assertWithMessage("%s of %s cases failed (all in %s), %s\n%s", failures.size(), cases.size(),
        REPORT, summary, String.join("\n\n", failures.subList(0, Math.min(PRINTED, failures.size()))))
        .that(failures).isEmpty();
  }

  /** Every failing case in full, for when the assertion message is not enough. */
  private static void writeReport(String failures) {
    try {
      Files.createDirectories(REPORT.getParent());
      Files.writeString(REPORT, failures);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aSeedReplaysTheSameCases() {
    List<FuzzCase> first = DtoGenerator.cases(SEED, 40);
    List<FuzzCase> again = DtoGenerator.cases(SEED, 40);

    assertThat(again).isEqualTo(first);
    assertThat(DtoGenerator.generate(7, first.get(7).seed())).isEqualTo(first.get(7));
  }

  private static void batches(List<FuzzCase> cases, Map<FuzzCase, Outcome> outcomes) {
    for (int from = 0; from < cases.size(); from += BATCH) {
      outcomes.putAll(BatchCompiler.compile(cases.subList(from, Math.min(from + BATCH, cases.size()))));
    }
  }
}
