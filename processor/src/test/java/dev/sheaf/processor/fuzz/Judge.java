package dev.sheaf.processor.fuzz;

import com.google.testing.compile.Compilation;
import dev.sheaf.processor.fuzz.FuzzCase.Expect;
import dev.sheaf.processor.report.Message;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Says what is wrong with a case's outcome: nothing, when the processor did its job. */
final class Judge {
  private static final Pattern TAG = Pattern.compile("^\\[sheaf:([A-Z_]+)] ");
  private static final Set<String> CATALOGUE =
      Set.copyOf(Stream.of(Message.values()).map(Message::name).toList());

  private Judge() {}

  /**
   * The catalogue constants of the processor's errors, and "javac" for javac's own errors; not
   * the caller's, which fails whenever a repository is missing.
   */
  static Set<String> errors(FuzzCase fuzzCase, Outcome outcome) {
    Set<String> errors = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : outcome.diagnostics()) {
      boolean inCaller = diagnostic.getSource() != null && fuzzCase.isCaller(diagnostic.getSource());
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR && !inCaller) {
        Matcher tag = TAG.matcher(diagnostic.getMessage(Locale.ROOT));
        errors.add(fromProcessor(diagnostic) && tag.find() ? tag.group(1) : "javac");
      }
    }
    return errors;
  }

  static List<String> problems(FuzzCase fuzzCase, Outcome outcome) {
    if (outcome.thrown() != null) {
      return List.of("the compilation threw (a processor exception):\n" + trace(outcome.thrown()));
    }
    List<String> problems = new ArrayList<>();
    boolean rejected = false;
    for (Diagnostic<? extends JavaFileObject> diagnostic : outcome.diagnostics()) {
      if (fromProcessor(diagnostic)) {
        String message = diagnostic.getMessage(Locale.ROOT);
        Matcher tag = TAG.matcher(message);
        if (!tag.find() || !CATALOGUE.contains(tag.group(1))) {
          problems.add("a processor message outside the catalogue: " + message);
        } else if (tag.group(1).equals(Message.INTERNAL_ERROR.name())) {
          problems.add("the processor caught its own bug: " + message);
        }
        rejected |= diagnostic.getKind() == Diagnostic.Kind.ERROR;
      }
    }
    for (Diagnostic<? extends JavaFileObject> diagnostic : outcome.diagnostics()) {
      if (!fromProcessor(diagnostic)) {
        javacProblem(fuzzCase, diagnostic, rejected).ifPresent(problems::add);
      }
    }
    Set<String> errors = errors(fuzzCase, outcome);
    if (fuzzCase.expect() == Expect.COMPILES) {
      if (rejected) {
        problems.add("a valid DTO was rejected: " + errors);
      } else if (outcome.compilation().status() == Compilation.Status.SUCCESS) {
        problems.addAll(generated(fuzzCase, outcome.compilation()));
      }
    }
    if (fuzzCase.expect() == Expect.FAILS && !errors.contains(fuzzCase.expected().name())) {
      problems.add("expected [sheaf:" + fuzzCase.expected() + "] among the errors, got " + errors);
    }
    return problems;
  }

  /** Each repository is there, and its statements hold the SQL texts of the DTOs as written. */
  private static List<String> generated(FuzzCase fuzzCase, Compilation compilation) {
    List<String> problems = new ArrayList<>();
    StringBuilder statements = new StringBuilder();
    for (String repository : fuzzCase.repositories()) {
      compilation.generatedSourceFile(repository).ifPresentOrElse(
          file -> statements.append(Statements.of(file)),
          () -> problems.add("no generated " + repository));
    }
    for (String text : fuzzCase.sqlTexts()) {
      if (statements.indexOf(text) < 0) {
        problems.add("no statement holds " + JavaText.string(text) + " as written");
      }
    }
    return problems;
  }

  /**
   * A javac diagnostic is wrong when it is an error or a warning in generated code, an error in a
   * source meant as valid Java, or an error in the caller while the processor reported none
   * (a repository missing, or its API not as promised).
   */
  private static Optional<String> javacProblem(
      FuzzCase fuzzCase, Diagnostic<? extends JavaFileObject> diagnostic, boolean rejected) {
    JavaFileObject source = diagnostic.getSource();
    boolean error = diagnostic.getKind() == Diagnostic.Kind.ERROR;
    boolean warning = diagnostic.getKind() == Diagnostic.Kind.WARNING
        || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING;
    if (source != null && !fuzzCase.isInput(source) && (error || warning)) {
      return Optional.of("generated code: " + located(diagnostic) + "\n" + text(source));
    }
    if (!error) {
      return Optional.empty();
    }
    if (source != null && fuzzCase.isCaller(source)) {
      return rejected ? Optional.empty()
          : Optional.of("the caller does not compile: " + located(diagnostic));
    }
    return fuzzCase.validJava()
        ? Optional.of("javac rejects a source meant as valid Java: " + located(diagnostic))
        : Optional.empty();
  }

  private static boolean fromProcessor(Diagnostic<?> diagnostic) {
    return diagnostic.getCode() != null && diagnostic.getCode().endsWith(".proc.messager");
  }

  private static String located(Diagnostic<? extends JavaFileObject> diagnostic) {
    String file = diagnostic.getSource() == null ? "?" : diagnostic.getSource().getName();
    return file + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getKind() + ": "
        + diagnostic.getMessage(Locale.ROOT);
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  private static String trace(Throwable thrown) {
    StringWriter out = new StringWriter();
    thrown.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
