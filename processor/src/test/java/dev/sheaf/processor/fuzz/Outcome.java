package dev.sheaf.processor.fuzz;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * What compiling one case gave: its diagnostics (those in its files, generated ones included),
 * or what the compiler threw.
 *
 * @param compilation the run the case was part of; null when it threw
 */
record Outcome(List<Diagnostic<? extends JavaFileObject>> diagnostics, Throwable thrown,
    Compilation compilation) {

  static Outcome threw(Throwable thrown) {
    return new Outcome(List.of(), thrown, null);
  }
}
