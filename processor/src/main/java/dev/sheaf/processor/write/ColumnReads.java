package dev.sheaf.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The expressions that read one column into a Java type, for one row reader: plain getters where
 * JDBC has one, Jdbi's column mappers (looked up once per statement) for the rest.
 */
final class ColumnReads {
  private static final ClassName COLUMNS = RuntimeTypes.COLUMNS;
  private static final ClassName COLUMN_MAPPER = RuntimeTypes.COLUMN_MAPPER;
  private static final ClassName OPTIONAL = ClassName.get(Optional.class);
  private static final ClassName LIST = ClassName.get(List.class);
  private static final Map<TypeName, String> PRIMITIVE_GETTERS = Map.of(
      TypeName.BOOLEAN, "getBoolean", TypeName.BYTE, "getByte", TypeName.SHORT, "getShort",
      TypeName.INT, "getInt", TypeName.LONG, "getLong", TypeName.FLOAT, "getFloat",
      TypeName.DOUBLE, "getDouble");
  private static final Map<TypeName, String> OPTIONAL_GETTERS = Map.of(
      ClassName.get("java.util", "OptionalInt"), "getOptionalInt",
      ClassName.get("java.util", "OptionalLong"), "getOptionalLong",
      ClassName.get("java.util", "OptionalDouble"), "getOptionalDouble");

  private final NameAllocator names = new NameAllocator();
  private final Map<TypeName, String> mappers = new LinkedHashMap<>();

  ColumnReads() {
    names.newName("rs");
    names.newName("ctx");
  }

  /** The expression that reads column {@code index} of {@code rs} as {@code type}. */
  CodeBlock read(TypeName type, int index) {
    String getter = PRIMITIVE_GETTERS.get(type);
    if (getter != null) {
      return CodeBlock.of("rs.$L($L)", getter, index);
    }
    if (type.isBoxedPrimitive() && PRIMITIVE_GETTERS.containsKey(type.unbox())) {
      return CodeBlock.of("$T.$L(rs, $L)", COLUMNS, PRIMITIVE_GETTERS.get(type.unbox()), index);
    }
    if (type.equals(ClassName.get(String.class))) {
      return CodeBlock.of("rs.getString($L)", index);
    }
    String optionalGetter = OPTIONAL_GETTERS.get(type);
    if (optionalGetter != null) {
      return CodeBlock.of("$T.$L(rs, $L)", COLUMNS, optionalGetter, index);
    }
    if (type instanceof ParameterizedTypeName array && array.rawType().equals(LIST)) {
      return CodeBlock.of("$T.getList(rs, $L, $T.class)", COLUMNS, index,
          array.typeArguments().get(0));
    }
    if (type instanceof ParameterizedTypeName parameterized
        && parameterized.rawType().equals(OPTIONAL)) {
      return CodeBlock.of("$T.ofNullable($L)", OPTIONAL,
          read(parameterized.typeArguments().get(0), index));
    }
    return CodeBlock.of("$L.map(rs, $L, ctx)", mapper(type), index);
  }

  /** Declarations of the column mappers the reads used, to run once per statement. */
  CodeBlock mapperDeclarations() {
    CodeBlock.Builder code = CodeBlock.builder();
    mappers.forEach((type, name) -> code.addStatement("$T<$T> $L = $T.mapper(ctx, $T.class)",
        COLUMN_MAPPER, type, name, COLUMNS, type));
    return code.build();
  }

  private String mapper(TypeName type) {
    return mappers.computeIfAbsent(type, t -> names.newName(simpleName(t) + "Mapper"));
  }

  /** {@code LocalDate} to {@code localDate}, {@code UUID} to {@code uuid}, {@code byte[]} to {@code bytes}. */
  private static String simpleName(TypeName type) {
    String name = type instanceof ClassName className
        ? className.simpleName()
        : type.toString().replaceAll("[^A-Za-z0-9]", "") + "s";
    int upper = 0;
    while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
      upper++;
    }
    // Lower the leading capitals, but keep the one that starts the next word (URLPath: urlPath).
    int lower = upper > 1 && upper < name.length() ? upper - 1 : Math.max(upper, 1);
    return name.substring(0, lower).toLowerCase(java.util.Locale.ROOT) + name.substring(lower);
  }
}
