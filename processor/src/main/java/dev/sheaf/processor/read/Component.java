package dev.sheaf.processor.read;

import dev.sheaf.Aggregate;
import dev.sheaf.Column;
import dev.sheaf.Reference;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A record component or a class field, as the constructor takes it, with the Sheaf annotations
 * written on it (each null when absent).
 */
public record Component(Element element, String name, TypeMirror type,
    Written<Aggregate> aggregate, Written<Reference> reference, Written<Column> column) {
  static Component of(Element element, String name, TypeMirror type) {
    return new Component(element, name, type, Written.on(element, Aggregate.class),
        Written.on(element, Reference.class), Written.on(element, Column.class));
  }

  public String label(TypeElement owner) {
    return owner.getSimpleName() + "." + name;
  }
}
