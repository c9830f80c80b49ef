package dev.sheaf.runtime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Null-aware column reads for the types generated readers do not read with a plain getter. */
public final class Columns {
  private Columns() {}

  /**
   * The column mapper Jdbi has for {@code type}; called once per statement.
   *
   * @throws IllegalStateException when the Jdbi instance has no mapper for the type
   */
  public static <T> ColumnMapper<T> mapper(StatementContext ctx, Class<T> type) {
    return ctx.findColumnMapperFor(type).orElseThrow(() -> new IllegalStateException(
        "Jdbi has no ColumnMapper for " + type.getName()
            + "; register one with jdbi.registerColumnMapper(...)"));
  }

  public static Long getLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  public static Integer getInt(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  public static Short getShort(ResultSet rs, int column) throws SQLException {
    short value = rs.getShort(column);
    return rs.wasNull() ? null : value;
  }

  public static Byte getByte(ResultSet rs, int column) throws SQLException {
    byte value = rs.getByte(column);
    return rs.wasNull() ? null : value;
  }

  public static Double getDouble(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  public static Float getFloat(ResultSet rs, int column) throws SQLException {
    float value = rs.getFloat(column);
    return rs.wasNull() ? null : value;
  }

  public static Boolean getBoolean(ResultSet rs, int column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  public static OptionalLong getOptionalLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
  }

  public static OptionalInt getOptionalInt(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
  }

  public static OptionalDouble getOptionalDouble(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
