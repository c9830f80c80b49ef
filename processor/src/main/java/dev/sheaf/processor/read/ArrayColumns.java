package dev.sheaf.processor.read;

import dev.sheaf.processor.schema.SqlColumn;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.type.TypeMirror;

/**
 * Which fields read an SQL array column ({@code text[]}, {@code INTEGER ARRAY}) into a
 * {@code List}. A {@code List} field is a relation unless said otherwise, so LAZY_PATH can catch
 * a forgotten {@code @Aggregate}: a {@code List} of a scalar type is an array column only with
 * an explicit {@code @Column}, or when the schema declares its column an array.
 */
public final class ArrayColumns {
  /** The element types JDBC drivers give array elements as (numbers are widened, never narrowed). */
  private static final Set<String> ELEMENTS = Set.of("java.lang.String", "java.lang.Integer",
      "java.lang.Long", "java.lang.Short", "java.lang.Double", "java.lang.Float",
      "java.lang.Boolean", "java.math.BigDecimal", "java.util.UUID");

  private ArrayColumns() {}

  /** Whether {@code type} is a {@code List} of an element an array column can hold. */
  public static boolean isList(TypeMirror type) {
    if (!JavaTypes.is(type, "java.util.List")) {
      return false;
    }
    TypeMirror element = JavaTypes.typeArgument(type);
    return element != null && ELEMENTS.contains(JavaTypes.qualifiedName(element));
  }

  /** Whether the schema declares {@code column} an array: {@code text[]}, {@code INTEGER ARRAY}. */
  public static boolean isArray(SqlColumn column) {
    String type = column.declaredType().toUpperCase(Locale.ROOT).strip();
    return type.endsWith("[]") || type.endsWith(" ARRAY") || type.startsWith("ARRAY");
  }
}
