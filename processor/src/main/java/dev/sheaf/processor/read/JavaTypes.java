package dev.sheaf.processor.read;

import dev.sheaf.Projection;
import dev.sheaf.processor.model.CollectionField.CollectionKind;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Answers what a field's Java type is to Sheaf: a collection, a projection, a readable column. */
public final class JavaTypes {
  private static final Set<String> BOXED = Set.of(
      "java.lang.Boolean", "java.lang.Byte", "java.lang.Short", "java.lang.Integer",
      "java.lang.Long", "java.lang.Float", "java.lang.Double");
  private static final Set<String> OPTIONAL_PRIMITIVES = Set.of(
      "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble");

  private JavaTypes() {}

  public static String qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  /** LIST or SET for {@code List<E>}, {@code Collection<E>} or {@code Set<E>}; null otherwise. */
  public static CollectionKind collectionKind(TypeMirror type) {
    return switch (qualifiedName(type)) {
      case "java.util.List", "java.util.Collection" -> CollectionKind.LIST;
      case "java.util.Set" -> CollectionKind.SET;
      default -> null;
    };
  }

  /** The only type argument of a declared type, or null. */
  public static TypeMirror typeArgument(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    return arguments.size() == 1 ? arguments.get(0) : null;
  }

  public static boolean isOptional(TypeMirror type) {
    return qualifiedName(type).equals("java.util.Optional");
  }

  /** The @Projection type {@code type} names, or null. */
  public static TypeElement projection(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return element.getAnnotation(Projection.class) != null ? element : null;
  }

  public static boolean is(TypeMirror type, String... names) {
    String name = qualifiedName(type);
    for (String candidate : names) {
      if (candidate.equals(name)) {
        return true;
      }
    }
    return false;
  }

  public static boolean isPrimitive(TypeMirror type) {
    return type.getKind().isPrimitive();
  }

  /**
   * Whether a column can be read into {@code type}: a primitive (not char), a boxed primitive,
   * String, OptionalInt/Long/Double, a raw class Jdbi may map, a primitive array, or Optional of
   * a readable reference type.
   */
  public static boolean isReadable(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind() != TypeKind.CHAR;
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return true;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    String name = qualifiedName(type);
    if (BOXED.contains(name) || OPTIONAL_PRIMITIVES.contains(name) || name.equals("java.lang.String")) {
      return true;
    }
    if (isOptional(type)) {
      TypeMirror inner = typeArgument(type);
      return inner != null && inner.getKind() == TypeKind.DECLARED && !isOptional(inner)
          && isReadable(inner);
    }
    return ((DeclaredType) type).getTypeArguments().isEmpty()
        && collectionKind(type) == null && projection(type) == null;
  }

  public static boolean isNumeric(TypeMirror type) {
    TypeKind kind = type.getKind();
    if (kind.isPrimitive()) {
      return kind != TypeKind.BOOLEAN && kind != TypeKind.CHAR;
    }
    if (isOptional(type)) {
      TypeMirror inner = typeArgument(type);
      return inner != null && isNumeric(inner);
    }
    return is(type, "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
        "java.lang.Float", "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger",
        "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble");
  }
}
