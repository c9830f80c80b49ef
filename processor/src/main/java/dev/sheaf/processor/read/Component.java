package dev.sheaf.processor.read;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** A record component or a class field, as the constructor takes it. */
public record Component(Element element, String name, TypeMirror type) {
  public String label(TypeElement owner) {
    return owner.getSimpleName() + "." + name;
  }
}
