package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.BenchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Statements 3 to 5 of the {@link JdbcCardLoader reference}: the rows of a set of keys, each
 * database given its keys the way that measured fastest there. Median ms per statement on this
 * project's 2-core machine, 1,000 / 10,000 authors (2,215 / 22,159 kept books), reviews then tags:
 *
 * <ul>
 *   <li>H2: {@code UNNEST(?)} joined 2.1 / 30 and 2.1 / 29; a literal {@code IN} list 3.1 / 35
 *       and 2.6 / 40; {@code = ANY(?)} 39 / 2,475 (H2 scans the array for every row).
 *   <li>PostgreSQL: a literal {@code IN} list 2.4 / 22 and 1.8 / 22; {@code = ANY(?)} with an
 *       {@code int8[]} 3.3 / 35 and 3.1 / 33, no faster with a plan per execution
 *       ({@code prepareThreshold} 0: 3.0 / 33 and 3.7 / 27).
 *   <li>MariaDB: a literal {@code IN} list 4.0 / 36 and 4.8 / 29; the same with {@code ?}
 *       placeholders (and {@code ORDER BY id}) 13 / 79.
 * </ul>
 *
 * <p>None orders its rows: each book's reviews and tags, five and four at most, are sorted in
 * Java; {@code ORDER BY review.id} cost MariaDB 4.0 → 8.8 / 36 → 78 ms. Literal lists are
 * numbers the loader read from the database as {@code long}, so nothing can be injected, and a
 * list of 22,159 keys is 130 KB, far below either server's packet limit.
 */
enum KeySetSql {
  /** The keys as one array parameter, joined as a table: H2. */
  UNNEST_JOIN {
    @Override
    PreparedStatement reviews(Connection connection, long[] books) throws SQLException {
      return withArray(connection, """
          SELECT review.book_id, review.id, review.rating
          FROM UNNEST(?) AS keys(id)
          JOIN review ON review.book_id = keys.id
          """, books);
    }

    @Override
    PreparedStatement tags(Connection connection, long[] books) throws SQLException {
      return withArray(connection, """
          SELECT book_tag.book_id, tag.name
          FROM UNNEST(?) AS keys(id)
          JOIN book_tag ON book_tag.book_id = keys.id
          JOIN tag ON tag.id = book_tag.tag_id
          """, books);
    }

    @Override
    PreparedStatement publishers(Connection connection, long[] publishers) throws SQLException {
      return withArray(connection, """
          SELECT publisher.id, publisher.name
          FROM UNNEST(?) AS keys(id)
          JOIN publisher ON publisher.id = keys.id
          """, publishers);
    }
  },

  /** The keys written into the statement as a list of numbers: PostgreSQL and MariaDB. */
  LITERAL_LIST {
    @Override
    PreparedStatement reviews(Connection connection, long[] books) throws SQLException {
      return connection.prepareStatement("""
          SELECT review.book_id, review.id, review.rating
          FROM review
          WHERE review.book_id IN (%s)
          """.formatted(list(books)));
    }

    @Override
    PreparedStatement tags(Connection connection, long[] books) throws SQLException {
      return connection.prepareStatement("""
          SELECT book_tag.book_id, tag.name
          FROM book_tag
          JOIN tag ON tag.id = book_tag.tag_id
          WHERE book_tag.book_id IN (%s)
          """.formatted(list(books)));
    }

    @Override
    PreparedStatement publishers(Connection connection, long[] publishers) throws SQLException {
      return connection.prepareStatement("""
          SELECT publisher.id, publisher.name
          FROM publisher
          WHERE publisher.id IN (%s)
          """.formatted(list(publishers)));
    }
  };

  static KeySetSql of(BenchDatabase database) {
    return database == BenchDatabase.H2 ? UNNEST_JOIN : LITERAL_LIST;
  }

  /** Statement 3: book_id, id, rating of the books' reviews, in no order. */
  abstract PreparedStatement reviews(Connection connection, long[] books) throws SQLException;

  /** Statement 4: book_id, tag name of the books' tags, in no order. */
  abstract PreparedStatement tags(Connection connection, long[] books) throws SQLException;

  /** Statement 5: id, name of the publishers. */
  abstract PreparedStatement publishers(Connection connection, long[] publishers)
      throws SQLException;

  private static PreparedStatement withArray(Connection connection, String sql, long[] keys)
      throws SQLException {
    Long[] boxed = new Long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      boxed[i] = keys[i];
    }
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      statement.setArray(1, connection.createArrayOf("BIGINT", boxed));
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  /** {@code keys} as an SQL list of literals: {@code 1,2,3}. */
  static String list(long[] keys) {
    StringBuilder list = new StringBuilder(keys.length * 7);
    for (int i = 0; i < keys.length; i++) {
      if (i > 0) {
        list.append(',');
      }
      list.append(keys[i]);
    }
    return list.toString();
  }
}
