package dev.sheaf.processor.read;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Finds annotation mirrors, so errors can point at the annotation. */
public final class Annotations {
  private Annotations() {}

  public static AnnotationMirror mirror(Element element, Class<?> annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation.getCanonicalName())) {
        return mirror;
      }
    }
    return null;
  }
}
