package dev.sheaf.processor.fuzz;

import com.google.testing.compile.Compilation;
import dev.sheaf.processor.Javac;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles several cases in one javac run (each in a package of its own) and hands each case the
 * diagnostics in its files. When the run throws, or a diagnostic cannot be placed, the cases are
 * compiled again one by one, so every failure is still attributed.
 */
final class BatchCompiler {
  /**
   * Beside the other tests' lint: attribute and check every file even after an error, so that
   * one case's errors do not hide another's generated code, but write no class files (all checks
   * are done by then); and print every diagnostic.
   */
  private static final Javac JAVAC = Javac.sheaf().withOptions(
      "-XDshould-stop.ifError=FLOW", "-XDshould-stop.ifNoError=FLOW",
      "-Xmaxerrs", "100000", "-Xmaxwarns", "100000");

  /** javac runs so far, for the report: batches, and single cases compiled again. */
  private static final AtomicInteger RUNS = new AtomicInteger();

  private BatchCompiler() {}

  static int runs() {
    return RUNS.get();
  }

  static Map<FuzzCase, Outcome> compile(List<FuzzCase> batch) {
    List<JavaFileObject> files = new ArrayList<>();
    batch.forEach(c -> files.addAll(c.files()));
    Compilation compilation;
    RUNS.incrementAndGet();
    try {
      compilation = JAVAC.compile(files.toArray(JavaFileObject[]::new));
    } catch (RuntimeException | Error e) { // compile-testing rethrows what a processor threw
      return batch.size() == 1 ? Map.of(batch.get(0), Outcome.threw(e)) : oneByOne(batch);
    }
    Map<FuzzCase, List<Diagnostic<? extends JavaFileObject>>> byCase = new LinkedHashMap<>();
    batch.forEach(c -> byCase.put(c, new ArrayList<>()));
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getSource() == null && diagnostic.getKind() == Diagnostic.Kind.NOTE) {
        continue; // javac's notes on the run as a whole ("Some messages have been simplified")
      }
      FuzzCase owner = owner(batch, diagnostic);
      if (owner == null) {
        return oneByOne(batch);
      }
      byCase.get(owner).add(diagnostic);
    }
    Map<FuzzCase, Outcome> outcomes = new LinkedHashMap<>();
    byCase.forEach((c, diagnostics) -> outcomes.put(c, new Outcome(diagnostics, null, compilation)));
    return outcomes;
  }

  /** The case whose file holds {@code diagnostic}; alone in a batch, a case owns them all. */
  private static FuzzCase owner(
      List<FuzzCase> batch, Diagnostic<? extends JavaFileObject> diagnostic) {
    if (batch.size() == 1) {
      return batch.get(0);
    }
    JavaFileObject source = diagnostic.getSource();
    return source == null ? null
        : batch.stream().filter(c -> c.owns(source)).findFirst().orElse(null);
  }

  private static Map<FuzzCase, Outcome> oneByOne(List<FuzzCase> batch) {
    Map<FuzzCase, Outcome> outcomes = new LinkedHashMap<>();
    batch.forEach(c -> outcomes.putAll(compile(List.of(c))));
    return outcomes;
  }
}
