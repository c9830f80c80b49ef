package dev.sheaf.processor.read;

import dev.sheaf.Aggregate;
import dev.sheaf.Column;
import dev.sheaf.Projection;
import dev.sheaf.Reference;
import java.lang.annotation.Annotation;
import java.lang.annotation.AnnotationTypeMismatchException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Finds the types javac cannot resolve (yet) in a projection and in every projection it reaches:
 * in a field's type, or in a constant a Sheaf annotation names ({@code table = Tables.POST}).
 * Such a type may be one another processor writes in a later round, so the projection is worth
 * reading only once this finds none; it reports nothing itself.
 */
public final class UnresolvedTypes {
  private static final List<Class<? extends Annotation>> ANNOTATIONS =
      List.of(Projection.class, Aggregate.class, Reference.class, Column.class);

  private UnresolvedTypes() {}

  /**
   * Whether {@code dto}, or a projection it reaches, has a field type or a Sheaf annotation value
   * javac cannot resolve.
   */
  public static boolean reachedFrom(TypeElement dto) {
    return reached(dto, new HashSet<>());
  }

  /** Whether {@code type}, or one of its type arguments, array elements or bounds, is unresolved. */
  public static boolean in(TypeMirror type) {
    return type != null && search(type, false, new HashSet<>());
  }

  private static boolean reached(TypeElement dto, Set<String> seen) {
    if (!seen.add(dto.getQualifiedName().toString())) {
      return false; // a cycle: the reader reports it
    }
    if (unreadableAnnotation(dto)) {
      return true;
    }
    for (Component component : Components.of(dto)) {
      if (unreadableAnnotation(component.element()) || search(component.type(), true, seen)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an attribute of a Sheaf annotation on {@code element} cannot be read. javac gives a
   * value it could not resolve no portable mark but this: reading it throws.
   */
  private static boolean unreadableAnnotation(Element element) {
    for (Class<? extends Annotation> type : ANNOTATIONS) {
      Annotation annotation = element.getAnnotation(type);
      if (annotation == null) {
        continue;
      }
      for (Method attribute : type.getDeclaredMethods()) {
        try {
          attribute.invoke(annotation);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof AnnotationTypeMismatchException) {
            return true;
          }
        } catch (IllegalAccessException e) {
          return false; // attributes are public; should this ever fail, the reader will tell
        }
      }
    }
    return false;
  }

  /**
   * Searches {@code type}; with {@code projections} also the fields of the @Projection types it
   * names, {@code seen} holding those already searched.
   */
  private static boolean search(TypeMirror type, boolean projections, Set<String> seen) {
    TypeKind kind = type.getKind();
    if (kind == TypeKind.ERROR) {
      return true;
    }
    if (kind == TypeKind.ARRAY) {
      return search(((ArrayType) type).getComponentType(), projections, seen);
    }
    if (kind == TypeKind.WILDCARD) {
      WildcardType wildcard = (WildcardType) type;
      return (wildcard.getExtendsBound() != null
              && search(wildcard.getExtendsBound(), projections, seen))
          || (wildcard.getSuperBound() != null
              && search(wildcard.getSuperBound(), projections, seen));
    }
    if (kind != TypeKind.DECLARED) {
      return false;
    }
    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
      if (search(argument, projections, seen)) {
        return true;
      }
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return projections && element.getAnnotation(Projection.class) != null
        && reached(element, seen);
  }
}
