package dev.sheaf.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A statement of the hand-written loader that reads the rows of a set of keys, written the way
 * Sheaf's dialects write it for each database: on H2 the keys are one array joined as a table
 * ({@code = ANY(?)} would scan the array for every row), on PostgreSQL one array compared with
 * {@code = ANY(?)}, on MariaDB {@code IN} lists of at most 65,535 keys (the protocol's limit),
 * one statement each.
 *
 * @param select the select list
 * @param table the table whose {@code keyColumn} holds the keys
 * @param joins further joins, or empty
 * @param keyColumn the column the keys are compared with
 * @param orderBy the order of the rows
 */
record KeySetQuery(String select, String table, String joins, String keyColumn, String orderBy) {
  private static final int IN_LIST_LIMIT = 65_535;

  /** Reads one row of a result set. */
  interface RowReader<R> {
    R read(ResultSet rs) throws SQLException;
  }

  /**
   * Every row of the table that has a parent, as Sheaf reads a level below a load of every
   * parent: the rows of every parent's key, without sending a key.
   */
  <R> List<R> allRows(Connection connection, RowReader<R> reader) throws SQLException {
    return read(connection, "SELECT " + select + " FROM " + table + joins + " WHERE " + keyColumn
        + " IS NOT NULL ORDER BY " + orderBy, List.of(), reader, null);
  }

  /** The rows of {@code keys} (distinct), each read by {@code reader}. */
  <R> List<R> rows(Connection connection, BenchDatabase database, List<Long> keys,
      RowReader<R> reader) throws SQLException {
    switch (database) {
      case H2 -> {
        String sql = "SELECT " + select + " FROM UNNEST(?) keys(k) JOIN " + table + " ON "
            + keyColumn + " = keys.k" + joins + " ORDER BY " + orderBy;
        return read(connection, sql, keys, reader, array(connection, "BIGINT", keys));
      }
      case POSTGRESQL -> {
        String sql = "SELECT " + select + " FROM " + table + joins + " WHERE " + keyColumn
            + " = ANY(?) ORDER BY " + orderBy;
        return read(connection, sql, keys, reader, array(connection, "bigint", keys));
      }
      default -> {
        List<R> rows = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += IN_LIST_LIMIT) {
          List<Long> slice = keys.subList(from, Math.min(keys.size(), from + IN_LIST_LIMIT));
          String sql = "SELECT " + select + " FROM " + table + joins + " WHERE " + keyColumn
              + " IN (" + String.join(", ", Collections.nCopies(slice.size(), "?"))
              + ") ORDER BY " + orderBy;
          rows.addAll(read(connection, sql, slice, reader, null));
        }
        return rows;
      }
    }
  }

  private static java.sql.Array array(Connection connection, String type, List<Long> keys)
      throws SQLException {
    return connection.createArrayOf(type, keys.toArray());
  }

  /** Runs {@code sql} with {@code array} as its one parameter, or else each key as one. */
  private static <R> List<R> read(Connection connection, String sql, List<Long> keys,
      RowReader<R> reader, java.sql.Array array) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (array != null) {
        statement.setArray(1, array);
      } else {
        for (int i = 0; i < keys.size(); i++) {
          statement.setLong(i + 1, keys.get(i));
        }
      }
      try (ResultSet rs = statement.executeQuery()) {
        List<R> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(reader.read(rs));
        }
        return rows;
      }
    }
  }
}
