package dev.sheaf.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * The one javac set-up of these tests: Sheaf with every lint warning but the annotation-claiming
 * one, so a test that expects no warning sees any Sheaf's output causes. Each {@code with...}
 * returns a new set-up, so a test states only what it adds.
 */
public final class Javac {
  /** Whether Sheaf runs: off to compile a library as a jar would hold it. */
  private final boolean sheaf;
  private final List<Processor> processors;
  private final List<String> options;
  /** Null for the test's own. */
  private final List<File> classpath;

  private Javac(boolean sheaf, List<Processor> processors, List<String> options,
      List<File> classpath) {
    this.sheaf = sheaf;
    this.processors = List.copyOf(processors);
    this.options = List.copyOf(options);
    this.classpath = classpath == null ? null : List.copyOf(classpath);
  }

  /** javac with Sheaf. */
  public static Javac sheaf() {
    return new Javac(true, List.of(), List.of("-Xlint:all,-processing"), null);
  }

  /** javac alone, as a library's build without Sheaf on its processor path. */
  public static Javac withoutSheaf() {
    return new Javac(false, List.of(), List.of(), null);
  }

  /** With {@code -Asheaf.schema=}{@code option}: schema files or folders to check against. */
  public Javac schema(String option) {
    return withOptions("-A" + SheafProcessor.SCHEMA_OPTION + "=" + option);
  }

  public Javac schema(Path file) {
    return schema(file.toString());
  }

  /** With another processor beside Sheaf, run after it in each round. */
  public Javac withProcessor(Processor processor) {
    List<Processor> more = new ArrayList<>(processors);
    more.add(processor);
    return new Javac(sheaf, more, options, classpath);
  }

  public Javac withOptions(String... more) {
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of(more));
    return new Javac(sheaf, processors, all, classpath);
  }

  /** With the class files under {@code folder} on the classpath, before the test's own. */
  public Javac withClasses(Path folder) {
    List<File> entries = new ArrayList<>();
    entries.add(folder.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(new File(entry));
    }
    return new Javac(sheaf, processors, options, entries);
  }

  public Compilation compile(JavaFileObject... sources) {
    var compiler = javac().withProcessors(processors()).withOptions(options);
    if (classpath != null) {
      compiler = compiler.withClasspath(classpath);
    }
    return compiler.compile(sources);
  }

  /**
   * Compiles {@code sources}, writing every generated and class file under {@code folder}, and
   * returns the diagnostics. For a build that fails: compile-testing hides its generated files.
   */
  public List<Diagnostic<? extends JavaFileObject>> compileInto(Path folder,
      JavaFileObject... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(folder));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(folder));
      if (classpath != null) {
        files.setLocation(StandardLocation.CLASS_PATH, classpath);
      }
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, options, null, List.of(sources));
      task.setProcessors(processors());
      task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return diagnostics.getDiagnostics();
  }

  private List<Processor> processors() {
    List<Processor> all = new ArrayList<>();
    if (sheaf) {
      all.add(new SheafProcessor());
    }
    all.addAll(processors);
    return all;
  }
}
