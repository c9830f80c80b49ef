package dev.sheaf.processor.validate;

import static dev.sheaf.processor.schema.SqlKind.BINARY;
import static dev.sheaf.processor.schema.SqlKind.BOOLEAN;
import static dev.sheaf.processor.schema.SqlKind.DATE;
import static dev.sheaf.processor.schema.SqlKind.DECIMAL;
import static dev.sheaf.processor.schema.SqlKind.FLOAT;
import static dev.sheaf.processor.schema.SqlKind.INTEGER;
import static dev.sheaf.processor.schema.SqlKind.TEXT;
import static dev.sheaf.processor.schema.SqlKind.TIME;
import static dev.sheaf.processor.schema.SqlKind.TIMESTAMP;
import static dev.sheaf.processor.schema.SqlKind.UUID;

import dev.sheaf.processor.read.ArrayColumns;
import dev.sheaf.processor.read.JavaTypes;
import dev.sheaf.processor.schema.SqlColumn;
import dev.sheaf.processor.schema.SqlKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Whether a field's Java type can hold what a column's declared SQL type holds. Only clear
 * mismatches count (a String field on an INTEGER column); a type this table does not list may
 * have a Jdbi column mapper, and is never judged.
 */
final class ColumnTypes {
  private static final Set<SqlKind> INTEGRAL = EnumSet.of(INTEGER, DECIMAL);
  private static final Set<SqlKind> NUMBERS = EnumSet.of(INTEGER, DECIMAL, FLOAT);
  private static final Set<SqlKind> INSTANTS = EnumSet.of(TIMESTAMP, DATE);

  private static final Map<String, Set<SqlKind>> BY_CLASS = Map.ofEntries(
      Map.entry("java.lang.Byte", INTEGRAL), Map.entry("java.lang.Short", INTEGRAL),
      Map.entry("java.lang.Integer", INTEGRAL), Map.entry("java.lang.Long", INTEGRAL),
      Map.entry("java.math.BigInteger", INTEGRAL), Map.entry("java.util.OptionalInt", INTEGRAL),
      Map.entry("java.util.OptionalLong", INTEGRAL),
      Map.entry("java.lang.Float", NUMBERS), Map.entry("java.lang.Double", NUMBERS),
      Map.entry("java.math.BigDecimal", NUMBERS), Map.entry("java.util.OptionalDouble", NUMBERS),
      Map.entry("java.lang.Boolean", EnumSet.of(BOOLEAN, INTEGER)),
      Map.entry("java.lang.String", EnumSet.of(TEXT, UUID, DATE, TIME, TIMESTAMP)),
      Map.entry("java.lang.Character", EnumSet.of(TEXT)),
      Map.entry("java.time.LocalDate", INSTANTS), Map.entry("java.sql.Date", INSTANTS),
      Map.entry("java.time.LocalDateTime", INSTANTS), Map.entry("java.time.Instant", INSTANTS),
      Map.entry("java.time.OffsetDateTime", INSTANTS), Map.entry("java.time.ZonedDateTime", INSTANTS),
      Map.entry("java.sql.Timestamp", INSTANTS), Map.entry("java.util.Date", INSTANTS),
      Map.entry("java.time.LocalTime", EnumSet.of(TIME)), Map.entry("java.time.OffsetTime", EnumSet.of(TIME)),
      Map.entry("java.sql.Time", EnumSet.of(TIME)),
      Map.entry("java.util.UUID", EnumSet.of(UUID, TEXT, BINARY)));

  private ColumnTypes() {}

  /** Whether {@code type} can hold {@code column}'s values; true when either is unknown here. */
  static boolean fits(TypeMirror type, SqlColumn column) {
    if (ArrayColumns.isList(type)) {
      return ArrayColumns.isArray(column);
    }
    if (column.kind() == SqlKind.OTHER) {
      return true;
    }
    Set<SqlKind> accepted = accepted(unwrap(type));
    return accepted == null || accepted.contains(column.kind());
  }

  /** Whether an {@code int} field reads a 64-bit column, so a large value would not fit. */
  static boolean narrows(TypeMirror type, SqlColumn column) {
    TypeMirror value = unwrap(type);
    return (value.getKind() == TypeKind.INT || JavaTypes.is(value, "java.lang.Integer", "java.util.OptionalInt"))
        && SqlKind.isWideInteger(column.declaredType());
  }

  /** The value type: {@code Optional<X>} reads as X. */
  static TypeMirror unwrap(TypeMirror type) {
    if (JavaTypes.isOptional(type) && JavaTypes.typeArgument(type) != null) {
      return JavaTypes.typeArgument(type);
    }
    return type;
  }

  private static Set<SqlKind> accepted(TypeMirror type) {
    switch (type.getKind()) {
      case BYTE, SHORT, INT, LONG:
        return INTEGRAL;
      case FLOAT, DOUBLE:
        return NUMBERS;
      case BOOLEAN:
        return EnumSet.of(BOOLEAN, INTEGER);
      case CHAR:
        return EnumSet.of(TEXT);
      case ARRAY:
        return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? EnumSet.of(BINARY) : null;
      case DECLARED:
        if (((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
          return EnumSet.of(TEXT, INTEGER);
        }
        return BY_CLASS.get(JavaTypes.qualifiedName(type));
      default:
        return null;
    }
  }
}
