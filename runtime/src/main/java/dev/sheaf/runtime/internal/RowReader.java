package dev.sheaf.runtime.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads the current row of a result set into one value; written by the processor. */
@FunctionalInterface
public interface RowReader<R> {
  R read(ResultSet rs) throws SQLException;

  /**
   * Makes the reader for one statement. Column mappers are looked up here, once per statement,
   * not once per row.
   */
  @FunctionalInterface
  interface Factory<R> {
    RowReader<R> create(StatementContext ctx);
  }
}
