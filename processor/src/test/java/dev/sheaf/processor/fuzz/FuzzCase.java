package dev.sheaf.processor.fuzz;

import com.google.testing.compile.JavaFileObjects;
import dev.sheaf.processor.report.Message;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * One generated case: its sources and what the processor must do with them.
 *
 * @param shape how it was made: valid, a named mutation, chaos or broken Java
 * @param expected for {@link Expect#FAILS}, the message that must be among the errors
 * @param validJava whether javac accepts the sources as they are (before any processor runs)
 * @param sources each file's top-level type, qualified, to its text
 * @param scope the path every file of the case, generated ones too, starts with or contains
 * @param repositories the qualified repositories the processor must write when it accepts all
 * @param sqlTexts the where and orderBy texts of the case's aggregates, which the statements of
 *     its repositories must hold as written
 */
record FuzzCase(int number, long seed, String shape, Expect expect, Message expected,
    boolean validJava, Map<String, String> sources, String scope, List<String> repositories,
    List<String> sqlTexts) {

  enum Expect {
    /** Valid by construction: must compile, repositories and callers included. */
    COMPILES,
    /** One known misuse: must fail, with {@link #expected} among the errors. */
    FAILS,
    /** Anything: compiles, or fails with the catalogue's messages (or javac's, for broken Java). */
    EITHER
  }

  List<JavaFileObject> files() {
    return sources.entrySet().stream()
        .map(source -> JavaFileObjects.forSourceString(source.getKey(), source.getValue()))
        .toList();
  }

  /** Whether {@code file} (an input or a generated file) belongs to this case. */
  boolean owns(JavaFileObject file) {
    String path = file.toUri().toString();
    return path.startsWith(scope) || path.contains("/" + scope);
  }

  /** Whether {@code file} is one of the case's own sources, not a generated one. */
  boolean isInput(JavaFileObject file) {
    String path = file.toUri().toString();
    return sources.keySet().stream().anyMatch(type -> path.endsWith(type.replace('.', '/') + ".java"));
  }

  boolean isCaller(JavaFileObject file) {
    return file.toUri().toString().endsWith("SheafFuzzCaller.java");
  }

  @Override
  public String toString() {
    return String.format("case %d (seed %#x, %s)", number, seed, shape);
  }

  /** Every source, each under a header line, to print in a failure. */
  String listing() {
    StringBuilder out = new StringBuilder();
    sources.forEach((type, text) -> out.append("// ----- ").append(type).append(".java\n").append(text));
    return out.toString();
  }
}
