package dev.sheaf.runtime.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

  /**
   * An SQL array column ({@code text[]}, {@code INTEGER ARRAY}) as an unmodifiable list of
   * {@code element}, null for a NULL array; an element may be null. A number is widened to
   * {@code element} where Java would widen it without loss, so an {@code int[]} column reads into
   * a {@code List<Long>}; a {@code bigint[]} does not read into a {@code List<Integer>}.
   *
   * @throws SQLException when the database has no arrays (MariaDB, MySQL), or an element is not
   *     of the type asked for
   */
  public static <E> List<E> getList(ResultSet rs, int column, Class<E> element) throws SQLException {
    Array array;
    try {
      array = rs.getArray(column);
    } catch (SQLFeatureNotSupportedException e) {
      throw noArrays(column, element, e);
    }
    if (array == null) {
      return null;
    }
    try {
      // MariaDB's driver gives any column as an array of float, its vectors: no SQL array.
      if (!(array.getArray() instanceof Object[] values)) {
        throw noArrays(column, element, null);
      }
      List<E> list = new ArrayList<>(values.length);
      for (Object value : values) {
        list.add(element(value, element, column));
      }
      return Collections.unmodifiableList(list);
    } finally {
      array.free();
    }
  }

  private static SQLException noArrays(int column, Class<?> element, SQLException cause) {
    return new SQLException("column " + column + " is read into a List<" + element.getSimpleName()
        + "> as an SQL array, which this database has none of (MariaDB and MySQL have no"
        + " arrays); read it into a String, or a type with a Jdbi ColumnMapper", cause);
  }

  private static <E> E element(Object value, Class<E> element, int column) throws SQLException {
    if (value == null || element.isInstance(value)) {
      return element.cast(value);
    }
    Object widened = value instanceof Number number ? widened(number, element) : null;
    if (widened != null) {
      return element.cast(widened);
    }
    throw new SQLException("column " + column + " holds an array of " + value.getClass().getName()
        + ", which a List<" + element.getSimpleName() + "> cannot hold");
  }

  /** {@code number} as {@code element} where no value can be lost, else null. */
  private static Object widened(Number number, Class<?> element) {
    boolean small = number instanceof Short || number instanceof Byte;
    boolean whole = small || number instanceof Integer || number instanceof Long;
    if (element == Long.class && whole) {
      return number.longValue();
    }
    if (element == Integer.class && small) {
      return number.intValue();
    }
    if (element == Double.class && (small || number instanceof Integer || number instanceof Float)) {
      return number.doubleValue();
    }
    if (element == BigDecimal.class && whole) {
      return BigDecimal.valueOf(number.longValue());
    }
    return null;
  }
}
