package dev.sheaf.processor.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes the table and column names users give in annotations where a database would read them
 * as keywords, and leaves all others as written so the generated SQL stays readable.
 *
 * <p>The list, {@code reserved-words.txt} next to this class, holds every word that fails
 * unquoted as a table or column name on H2 2.3, PostgreSQL 15, MariaDB 10.11 or MySQL 8; its
 * header says how each database's share was measured. One list serves all of them because a
 * repository is generated once and runs on whichever database it is given.
 *
 * <p>Quoting makes a name case-sensitive on every one of these databases, so a reserved name has
 * to be written in the annotation exactly as the table was created ({@code "order"} and
 * {@code "ORDER"} are different tables to H2 and PostgreSQL). Names that are not reserved are
 * matched as the database always matches unquoted names.
 */
final class Identifiers {
  /** A name part the reader accepts ({@code Names.isIdentifier}), plain or already quoted. */
  private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*|\"[^\"]+\"");

  private static final Pattern PLAIN_PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  private static final String RESOURCE = "reserved-words.txt";

  private Identifiers() {}

  /** Whether {@code name}, in any case, is a reserved word in any of the databases. */
  static boolean reserved(String name) {
    return Words.RESERVED.contains(asciiUpperCase(name));
  }

  /**
   * {@code identifier} ready for SQL: a reserved plain name wrapped in standard double quotes,
   * case kept ({@code order} to {@code "order"}); in a dotted name each part on its own
   * ({@code library.order} to {@code library."order"}). A part the user quoted ({@code "Album"},
   * a name created in quotes) stays as written. Anything else comes back unchanged: a name that
   * is not reserved, and whatever is not dotted names (an expression the user wrote), which is
   * the user's SQL to keep.
   *
   * <p>Double quotes only: the runtime turns them into backticks for MySQL and MariaDB.
   */
  static String quote(String identifier) {
    String[] parts = identifier.split("\\.", -1);
    for (String part : parts) {
      if (!PART.matcher(part).matches()) {
        return identifier;
      }
    }
    for (int i = 0; i < parts.length; i++) {
      if (PLAIN_PART.matcher(parts[i]).matches() && reserved(parts[i])) {
        parts[i] = '"' + parts[i] + '"';
      }
    }
    return String.join(".", parts);
  }

  /**
   * Upper case for ASCII letters only, as the databases fold unquoted names: {@code toUpperCase()}
   * follows the compiler's locale (Turkish turns {@code limit} into {@code LİMİT}), and even with
   * {@code Locale.ROOT} folds the dotless {@code ı} to {@code I}.
   */
  private static String asciiUpperCase(String name) {
    char[] chars = name.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'a' && chars[i] <= 'z') {
        chars[i] = (char) (chars[i] - ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /** The list, read when first needed and once: a holder class, so the JVM does the locking. */
  private static final class Words {
    static final Set<String> RESERVED = load();

    /**
     * The words of the resource; an empty set if it cannot be read, because a processor that
     * throws here fails the user's whole compilation, while without the list the SQL is what it
     * was before quoting (only reserved names break). IdentifiersTest fails the build if the
     * list does not load.
     */
    private static Set<String> load() {
      Set<String> words = new HashSet<>();
      try {
        URL url = Identifiers.class.getResource(RESOURCE);
        if (url == null) {
          return Set.of();
        }
        URLConnection connection = url.openConnection();
        // A build daemon or IDE may hold a cached copy of a processor jar the build has replaced.
        connection.setUseCaches(false);
        try (BufferedReader reader = new BufferedReader(
            new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int comment = line.indexOf('#');
            String word = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!word.isEmpty()) {
              words.add(asciiUpperCase(word));
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        return Set.of();
      }
      return Set.copyOf(words);
    }
  }
}
