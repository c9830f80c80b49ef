package dev.sheaf.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/** Compiles DTO sources with Sheaf, and reads what it generated. */
final class Sources {
  /** Imports every shape in these tests may use, so each source shows only its DTO. */
  private static final String IMPORTS = """
      import dev.sheaf.Aggregate;
      import dev.sheaf.Aggregate.Function;
      import dev.sheaf.Column;
      import dev.sheaf.Projection;
      import dev.sheaf.Reference;
      import java.math.BigDecimal;
      import java.time.Instant;
      import java.time.LocalDate;
      import java.time.LocalDateTime;
      import java.time.OffsetDateTime;
      import java.util.Collection;
      import java.util.List;
      import java.util.Optional;
      import java.util.OptionalDouble;
      import java.util.OptionalLong;
      import java.util.Set;
      import java.util.UUID;
      """;
  private static final Pattern STATEMENTS = Pattern.compile("in at most (\\d+) statements?");

  private Sources() {}

  /** {@code body} as the source of {@code shapes.<name>}, with the usual imports. */
  static JavaFileObject dto(String name, String body) {
    return JavaFileObjects.forSourceString("shapes." + name, "package shapes;\n\n" + IMPORTS + "\n" + body);
  }

  /**
   * A class that calls the generated API; it compiles only if the repository has the methods and
   * types {@code body} expects.
   */
  static JavaFileObject caller(String body) {
    return JavaFileObjects.forSourceString("shapes.Caller", "package shapes;\n\n" + IMPORTS + """
        import org.jdbi.v3.core.Handle;
        import org.jdbi.v3.core.Jdbi;

        class Caller {
          static void call(Jdbi jdbi, Handle handle) {
        """ + body + """
          }
        }
        """);
  }

  /** Compiles with Sheaf and every lint warning but the annotation-claiming one. */
  static Compilation compile(JavaFileObject... sources) {
    return javac()
        .withProcessors(new SheafProcessor())
        .withOptions("-Xlint:all,-processing")
        .compile(sources);
  }

  /** The text of a generated source file; fails when there is none. */
  static String generated(Compilation compilation, String qualifiedName) {
    JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
        .orElseThrow(() -> new AssertionError("no generated source " + qualifiedName + " among "
            + compilation.generatedSourceFiles()));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of statements a generated repository's Javadoc promises. */
  static int statements(String repository) {
    Matcher matcher = STATEMENTS.matcher(repository);
    if (!matcher.find()) {
      throw new AssertionError("no statement count in\n" + repository);
    }
    return Integer.parseInt(matcher.group(1));
  }

  /**
   * The SQL of the statement constant {@code name}: the value of the text block between
   * {@code name = """} and the closing {@code """}, with its incidental indentation stripped and
   * escapes translated, as javac does.
   */
  static String statement(String repository, String name) {
    String opening = " " + name + " = \"\"\"\n";
    int start = repository.indexOf(opening);
    if (start < 0) {
      throw new AssertionError("no statement " + name + " in\n" + repository);
    }
    start += opening.length();
    String block = repository.substring(start, repository.indexOf("\"\"\";", start));
    return block.stripIndent().translateEscapes();
  }
}
