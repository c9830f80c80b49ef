package dev.sheaf.examples;

import java.util.Locale;

/**
 * The demo's command line: the report by default, the JSON API with {@code --serve}; on
 * embedded H2 unless {@code --database-url} names another database.
 */
record DemoOptions(boolean serve, int port, String databaseUrl, int authors, boolean help) {
  static final String EMBEDDED_H2 = "jdbc:h2:mem:sheaf-demo;DB_CLOSE_DELAY=-1";

  static final String USAGE = """
      Sheaf's demo: the seed article's authors, each with their number of books and the books.

        (no option)          print the report: the naive N+1 loop against Sheaf's AuthorRepository
        --serve              serve the article's endpoint as a JSON API instead, on 127.0.0.1:
                               GET /authors        authors with num_books and books (2 statements)
                               GET /books          books with reviews and tags (3 statements)
                               GET /authors/<id>, GET /books/<id>; ?limit=N&offset=N on the lists
                             every response tells its statements in the X-Sql-Statements header
        --port N             the server's port (default 8080)
        --authors N          how many demo authors to generate (default 1000)
        --database-url URL   the database, a JDBC URL (default: embedded H2, in memory), e.g.
                               jdbc:postgresql://127.0.0.1:5432/test?user=postgres
                               jdbc:mariadb://127.0.0.1:3306/test?user=root
                             WARNING: drops the tables author, book, review, tag and book_tag
                             there if they exist, then creates and fills them
        --help               print this text

      With Maven, from the project's folder:
        mvn -B -q -DskipTests package exec:java -Dexec.args="--serve --port 8080"
      """;

  /** @throws IllegalArgumentException when an option is unknown, or its value is missing or bad */
  static DemoOptions parse(String... args) {
    boolean serve = false;
    boolean help = false;
    int port = 8080;
    int authors = 1_000;
    String databaseUrl = EMBEDDED_H2;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      String value = null;
      // "--port=8080" and "--port 8080" alike.
      int equals = option.indexOf('=');
      if (equals > 0) {
        value = option.substring(equals + 1);
        option = option.substring(0, equals);
      }
      switch (option) {
        case "--serve" -> serve = true;
        case "--help", "-h" -> help = true;
        case "--port" -> port = number(option, value != null ? value : next(args, ++i, option),
            0, 65_535);
        case "--authors" -> authors = number(option,
            value != null ? value : next(args, ++i, option), 0, Integer.MAX_VALUE);
        case "--database-url" -> databaseUrl = value != null ? value : next(args, ++i, option);
        default -> throw new IllegalArgumentException("unknown option: " + args[i]);
      }
    }
    if (!databaseUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
      throw new IllegalArgumentException("--database-url wants a JDBC URL, jdbc:...: " + databaseUrl);
    }
    return new DemoOptions(serve, port, databaseUrl, authors, help);
  }

  /** Whether the database is the default embedded one, which lives as long as the process. */
  boolean embedded() {
    return databaseUrl.equals(EMBEDDED_H2);
  }

  private static String next(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int number(String option, String value, int min, int max) {
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new IllegalArgumentException(
        option + " wants a whole number from " + min + " to " + max + ": " + value);
  }
}
