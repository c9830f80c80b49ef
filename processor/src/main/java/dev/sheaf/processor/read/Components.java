package dev.sheaf.processor.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** The fields of a {@code @Projection} type, as its constructor takes them. */
final class Components {
  private Components() {}

  /**
   * A record's components, or a class's instance fields, in declaration order. A record
   * component is represented by its private field, which carries the same annotations: javac 17
   * gives no source position for diagnostics on a record component, and does for the field.
   */
  static List<Component> of(TypeElement dto) {
    Map<String, Element> fields = new LinkedHashMap<>();
    for (var field : ElementFilter.fieldsIn(dto.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC)) {
        fields.put(field.getSimpleName().toString(), field);
      }
    }
    List<Component> components = new ArrayList<>();
    if (dto.getKind() == ElementKind.RECORD) {
      for (var component : dto.getRecordComponents()) {
        String name = component.getSimpleName().toString();
        components.add(
            Component.of(fields.getOrDefault(name, component), name, component.asType()));
      }
    } else {
      fields.forEach((name, field) -> components.add(Component.of(field, name, field.asType())));
    }
    return components;
  }

}
