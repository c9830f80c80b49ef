package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.BenchDatabase;
import dev.sheaf.benchmarks.GraphFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times statements alone, as docs/benchmarks.md's shape table does: each SQL file in turn, run
 * after run, on the AuthorCard data of one size, through plain JDBC (execute and read every
 * column of every row), in one transaction per run; prints the median per file. In a file,
 * {@code ?} is bound to the kept books' keys as one array, {@code $KEYS} is replaced by them as
 * a list of literals, and {@code $SHUFFLED_KEYS} by the same keys in another order at each run
 * (a new text each time, as other keys at each load would be).
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests exec:exec@card-shapes \
 *     -Dcard.shapes.args="postgresql 1000 60 src/main/resources/bench/shapes/reviews-*.sql"
 * </pre>
 */
public final class ShapeTimer {
  private static final int LATEST_BOOKS = 3;

  private ShapeTimer() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: ShapeTimer <h2|postgresql|mariadb> <authors> <runs> <file.sql>...");
      System.exit(2);
    }
    BenchDatabase database = BenchDatabase.named(args[0]);
    int authors = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    Map<String, String> texts = new LinkedHashMap<>();
    for (int i = 3; i < args.length; i++) {
      texts.put(args[i], Files.readString(Path.of(args[i]), StandardCharsets.UTF_8));
    }
    try (BenchDatabase.Scratch scratch = database.scratch();
        GraphFixture fixture = new GraphFixture(database, scratch.url())) {
      CardData.fill(fixture, authors);
      try (Connection connection = fixture.dataSource().getConnection()) {
        Long[] keys = keptBooks(connection);
        Map<String, List<Double>> times = time(connection, texts, keys, runs);
        for (Map.Entry<String, List<Double>> entry : times.entrySet()) {
          System.out.printf("%s %,d authors: %8.2f ms  %s%n", database.label(), authors,
              median(entry.getValue()), entry.getKey());
        }
      }
    }
  }

  /** The keys of each author's three newest books: the key set of the card's lower levels. */
  private static Long[] keptBooks(Connection connection) throws SQLException {
    List<Long> kept = new ArrayList<>();
    Map<Long, Integer> perAuthor = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
            "SELECT author_id, id FROM book ORDER BY author_id, published DESC, id");
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        if (perAuthor.merge(rs.getLong(1), 1, Integer::sum) <= LATEST_BOOKS) {
          kept.add(rs.getLong(2));
        }
      }
    }
    return kept.toArray(Long[]::new);
  }

  /** Each text once per run, in turn; the first third of the runs warms up and is not kept. */
  private static Map<String, List<Double>> time(
      Connection connection, Map<String, String> texts, Long[] keys, int runs) throws SQLException {
    connection.setAutoCommit(false);
    Map<String, List<Double>> times = new LinkedHashMap<>();
    String literals = list(List.of(keys));
    for (int run = 0; run < runs; run++) {
      List<Long> shuffled = new ArrayList<>(List.of(keys));
      Collections.shuffle(shuffled, new Random(run));
      for (Map.Entry<String, String> text : texts.entrySet()) {
        String sql = text.getValue().replace("$SHUFFLED_KEYS", list(shuffled))
            .replace("$KEYS", literals);
        long start = System.nanoTime();
        runOnce(connection, sql, keys);
        double ms = (System.nanoTime() - start) / 1e6;
        if (run >= runs / 3) {
          times.computeIfAbsent(text.getKey(), k -> new ArrayList<>()).add(ms);
        }
      }
      connection.commit();
    }
    return times;
  }

  private static void runOnce(Connection connection, String sql, Long[] keys)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int parameters = statement.getParameterMetaData().getParameterCount();
      for (int i = 1; i <= parameters; i++) {
        statement.setArray(i, connection.createArrayOf("BIGINT", keys));
      }
      try (ResultSet rs = statement.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int column = 1; column <= columns; column++) {
            rs.getObject(column);
          }
        }
      }
    }
  }

  private static String list(List<Long> keys) {
    return KeySetSql.list(keys.stream().mapToLong(Long::longValue).toArray());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
