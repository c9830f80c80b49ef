package dev.sheaf.processor.read;

import java.lang.annotation.Annotation;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * An annotation as written on an element: its values, and its mirror, which a diagnostic about
 * one of its attributes points into.
 */
public record Written<A extends Annotation>(A values, AnnotationMirror mirror) {
  /** The annotation {@code type} on {@code element}; null when it has none. */
  static <A extends Annotation> Written<A> on(Element element, Class<A> type) {
    A values = element.getAnnotation(type);
    return values == null ? null : new Written<>(values, Annotations.mirror(element, type));
  }

  /** The mirror of {@code written}; null when the annotation is not there. */
  public static AnnotationMirror mirror(Written<?> written) {
    return written == null ? null : written.mirror();
  }
}
