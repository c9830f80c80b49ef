package dev.sheaf.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/** Compiles DTO sources with Sheaf, and reads what it generated. */
public final class Sources {
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
  private static final Pattern STATEMENTS =
      Pattern.compile("public static final int STATEMENTS = (\\d+);");
  private static final Pattern JAVADOC_STATEMENTS = Pattern.compile("in at most (\\d+) statements?");

  private Sources() {}

  /** {@code body} as the source of {@code shapes.<name>}, with the usual imports. */
  public static JavaFileObject dto(String name, String body) {
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

  /** Compiles with Sheaf, as {@link Javac#sheaf()} does. */
  static Compilation compile(JavaFileObject... sources) {
    return Javac.sheaf().compile(sources);
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

  /**
   * The number of statements a generated repository promises: its public {@code STATEMENTS}
   * constant, which must be the number its class Javadoc states.
   */
  static int statements(String repository) {
    int constant = number(STATEMENTS, repository);
    int javadoc = number(JAVADOC_STATEMENTS, repository);
    if (constant != javadoc) {
      throw new AssertionError("STATEMENTS is " + constant + " but the Javadoc says " + javadoc
          + " in\n" + repository);
    }
    return constant;
  }

  private static int number(Pattern pattern, String repository) {
    Matcher matcher = pattern.matcher(repository);
    if (!matcher.find()) {
      throw new AssertionError("no " + pattern + " in\n" + repository);
    }
    return Integer.parseInt(matcher.group(1));
  }

  /**
   * The SQL of the statement constant {@code name}, as its Javadoc shows it: on PostgreSQL, for
   * every row (the root) or a key set (the levels below).
   */
  static String statement(String repository, String name) {
    // A long first call starts on the line after the name.
    Matcher declared = Pattern.compile(" " + Pattern.quote(name) + " =\\s+Select\\.")
        .matcher(repository);
    if (!declared.find()) {
      throw new AssertionError("no statement " + name + " in\n" + repository);
    }
    int constant = declared.start();
    int open = repository.lastIndexOf("<pre>\n", constant) + "<pre>\n".length();
    int close = repository.indexOf("</pre>", open);
    StringBuilder sql = new StringBuilder();
    // Every line but the last, which holds only the comment's "* " before </pre>.
    String[] lines = repository.substring(open, close).split("\n");
    for (int i = 0; i < lines.length - 1; i++) {
      String text = lines[i].strip();
      sql.append(text.equals("*") ? "" : text.substring(2)).append('\n');
    }
    return sql.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&#64;", "@")
        .replace("&#92;", "\\").replace("&#47;", "/").replace("&amp;", "&");
  }
}
