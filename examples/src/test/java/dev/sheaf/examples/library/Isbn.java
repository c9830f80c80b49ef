package dev.sheaf.examples.library;

import org.jdbi.v3.core.mapper.ColumnMapper;

/**
 * A user type Jdbi does not know: the tests register {@link #MAPPER} with
 * {@code jdbi.registerColumnMapper(...)}, and the generated readers must find it.
 */
public record Isbn(String value) {
  /** Reads {@code book.isbn}; null stays null. */
  public static final ColumnMapper<Isbn> MAPPER = (rs, column, ctx) -> {
    String value = rs.getString(column);
    return value == null ? null : new Isbn(value);
  };
}
