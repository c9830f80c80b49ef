package dev.sheaf.processor.plan;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Which names Identifiers quotes, and, on H2, that the list is right: every listed word works
 * quoted, common names work unquoted.
 */
class IdentifiersTest {
  /** Column and table names people use; none is reserved on any of the databases. */
  private static final List<String> COMMON = List.of(
      "id", "name", "title", "book", "author", "author_id", "review", "agent", "publisher",
      "library", "date", "time", "timestamp", "status", "type", "comment", "position", "count",
      "level", "text", "data", "size", "number", "password", "role", "start", "first", "last",
      "email", "created_at", "updated_at", "description", "price", "amount", "quantity", "total",
      "score", "stars", "pages", "isbn", "country", "city", "code", "label", "note", "version",
      "active", "enabled", "sort", "action", "state", "kind", "category", "tag", "content", "body",
      "url", "path", "parent_id", "owner", "language", "currency", "rating", "event", "source",
      "target", "format", "mode", "zone", "unit", "weight", "height", "width", "length", "age",
      "phone", "address", "region", "message", "subject", "priority", "deadline", "session",
      "week", "quarter");

  // ---------------------------------------------------------------- which words

  /** A name created in quotes is written in them by the user, and kept as written. */
  @Test
  void partsTheUserQuotedAreKeptAndTheOthersStillQuotedWhenReserved() {
    assertThat(Identifiers.quote("\"Album\"")).isEqualTo("\"Album\"");
    assertThat(Identifiers.quote("music.\"Album\"")).isEqualTo("music.\"Album\"");
    assertThat(Identifiers.quote("user.\"Album\"")).isEqualTo("\"user\".\"Album\"");
    assertThat(Identifiers.quote("\"Order\".id")).isEqualTo("\"Order\".id");
  }

  @Test
  void wordsReservedInOnlySomeDatabasesAreQuoted() {
    assertThat(Identifiers.quote("order")).isEqualTo("\"order\""); // all of them
    assertThat(Identifiers.quote("group")).isEqualTo("\"group\"");
    assertThat(Identifiers.quote("desc")).isEqualTo("\"desc\"");
    assertThat(Identifiers.quote("user")).isEqualTo("\"user\""); // PostgreSQL, H2
    assertThat(Identifiers.quote("end")).isEqualTo("\"end\"");
    assertThat(Identifiers.quote("key")).isEqualTo("\"key\""); // MariaDB, MySQL, H2
    assertThat(Identifiers.quote("index")).isEqualTo("\"index\""); // MariaDB, MySQL
    assertThat(Identifiers.quote("range")).isEqualTo("\"range\"");
    assertThat(Identifiers.quote("year")).isEqualTo("\"year\""); // H2 only
    assertThat(Identifiers.quote("month")).isEqualTo("\"month\"");
    assertThat(Identifiers.quote("value")).isEqualTo("\"value\"");
    assertThat(Identifiers.quote("top")).isEqualTo("\"top\"");
    assertThat(Identifiers.quote("rank")).isEqualTo("\"rank\""); // MySQL 8 only
    assertThat(Identifiers.quote("schema")).isEqualTo("\"schema\"");
    assertThat(Identifiers.quote("only")).isEqualTo("\"only\""); // PostgreSQL only
    assertThat(Identifiers.quote("sql_cache")).isEqualTo("\"sql_cache\""); // MariaDB select list
  }

  @Test
  void commonNamesStayUnquoted() {
    for (String name : COMMON) {
      assertWithMessage(name).that(Identifiers.reserved(name)).isFalse();
      assertWithMessage(name).that(Identifiers.quote(name)).isEqualTo(name);
    }
  }

  @Test
  void theTestIgnoresCaseAndTheQuotesKeepIt() {
    assertThat(Identifiers.reserved("ORDER")).isTrue();
    assertThat(Identifiers.reserved("oRdEr")).isTrue();
    assertThat(Identifiers.quote("Order")).isEqualTo("\"Order\"");
    assertThat(Identifiers.quote("ORDER")).isEqualTo("\"ORDER\"");
    assertThat(Identifiers.quote("Title")).isEqualTo("Title");
  }

  /** javac runs in the user's locale; Turkish upper-cases i to İ, and ı upper-cases to I. */
  @Test
  void theTestDoesNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      assertThat(Identifiers.quote("limit")).isEqualTo("\"limit\"");
      assertThat(Identifiers.quote("title")).isEqualTo("title");
      assertThat(Identifiers.reserved("ınt")).isFalse(); // dotless ı, not INT
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void eachPartOfADottedNameIsQuotedAlone() {
    assertThat(Identifiers.quote("library.order")).isEqualTo("library.\"order\"");
    assertThat(Identifiers.quote("order.id")).isEqualTo("\"order\".id");
    assertThat(Identifiers.quote("user.group")).isEqualTo("\"user\".\"group\"");
    assertThat(Identifiers.quote("book.title")).isEqualTo("book.title");
    assertThat(Identifiers.quote("shop.order.year")).isEqualTo("shop.\"order\".\"year\"");
  }

  @Test
  void whatIsNotPlainNamesIsTheUsersSqlAndStaysAsWritten() {
    for (String sql : List.of("\"order\"", "`order`", "\"order\".id", "t.\"order\"", "[order]",
        "count(*)", "lower(name)", "stars = 5", "order desc", "a + b", "1order", "", "order.",
        ".order", "a..b", "größe", "key-value")) {
      assertWithMessage(sql).that(Identifiers.quote(sql)).isEqualTo(sql);
    }
  }

  @Test
  void theListLoadsAndKeepsItsFormat() throws IOException {
    List<String> words = listedWords();

    assertThat(words.size()).isAtLeast(300);
    assertThat(words).containsNoDuplicates();
    assertThat(words).isInStrictOrder();
    for (String word : words) {
      assertWithMessage(word).that(word).matches("[A-Z_][A-Z0-9_]*");
      assertWithMessage(word).that(Identifiers.reserved(word)).isTrue();
      assertWithMessage(word).that(Identifiers.reserved(word.toLowerCase(Locale.ROOT))).isTrue();
    }
  }

  // ---------------------------------------------------------------- on H2

  /** Every listed word, written as users do (lower case), works quoted as table and column. */
  @Test
  void everyListedWordWorksQuotedOnH2() throws Exception {
    List<String> failures = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:")) {
      for (String word : listedWords()) {
        String name = word.toLowerCase(Locale.ROOT);
        assertWithMessage(name).that(Identifiers.quote(name)).isEqualTo('"' + name + '"');
        use(connection, name, failures);
      }
    }
    assertThat(failures).isEmpty();
  }

  /** Common names work unquoted: a reserved word missing from the list would fail here. */
  @Test
  void commonNamesWorkUnquotedOnH2() throws Exception {
    List<String> failures = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:")) {
      for (String name : COMMON) {
        use(connection, name, failures);
      }
    }
    assertThat(failures).isEmpty();
  }

  /**
   * {@code name} as table and column, in the shapes the generated SQL uses, spelt as
   * {@link Identifiers#quote} spells it; reading the row back catches a name H2 silently takes
   * for something else (a pseudo-column, a function).
   */
  private static void use(Connection connection, String name, List<String> failures) {
    String table = Identifiers.quote(name);
    String column = Identifiers.quote(name);
    String qualified = Identifiers.quote(name + "." + name);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE " + table + " (" + column + " INT)");
      try {
        statement.execute("INSERT INTO " + table + " (" + column + ") VALUES (7)");
        expectSeven(statement, "SELECT " + qualified + " FROM " + table + " WHERE " + qualified
            + " = 7 ORDER BY " + qualified);
        expectSeven(statement, "SELECT " + column + " FROM " + table + " WHERE " + column
            + " = 7 ORDER BY " + column);
      } finally {
        statement.execute("DROP TABLE " + table);
      }
    } catch (SQLException | AssertionError e) {
      failures.add(name + ": " + e.getMessage());
    }
  }

  private static void expectSeven(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      if (!rows.next() || rows.getInt(1) != 7 || rows.next()) {
        throw new AssertionError("not the one row 7: " + sql);
      }
    }
  }

  /** The words of the resource itself, read apart from Identifiers so a loading bug shows. */
  private static List<String> listedWords() throws IOException {
    List<String> words = new ArrayList<>();
    try (InputStream in = Identifiers.class.getResourceAsStream("reserved-words.txt")) {
      assertWithMessage("reserved-words.txt on the class path").that(in).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line);
        }
      }
    }
    return words;
  }
}
