package dev.sheaf.processor.write;

import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.CollectionField.ColumnElement;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ReferenceField;
import dev.sheaf.processor.plan.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * The components of a level's row record, in column order: the parent key (for a collection),
 * then each value the statement reads. A reference reads its foreign key, named
 * {@code <field>Key}.
 */
final class RowComponents {
  static final Object PARENT_KEY = new Object();
  static final Object VALUE = new Object();

  /** Names Java forbids for a record component; a class DTO's fields may have them. */
  private static final List<String> NOT_COMPONENT_NAMES = List.of(
      "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  /** @param source the field read into it, or {@link #PARENT_KEY}, or {@link #VALUE} */
  record Component(String name, TypeName type, Object source) {}

  private RowComponents() {}

  static List<Component> of(Level level) {
    NameAllocator names = new NameAllocator();
    NOT_COMPONENT_NAMES.forEach(names::newName);
    List<Component> components = new ArrayList<>();
    if (level.projection() == null) {
      ColumnElement element = (ColumnElement) ((CollectionField) level.via()).element();
      components.add(new Component("parentKey", level.keyType(), PARENT_KEY));
      components.add(new Component("value", element.type(), VALUE));
      return components;
    }
    for (Field field : level.values()) {
      if (!(field instanceof ReferenceField)) {
        names.newName(field.name(), field);
      }
    }
    if (level.readsParentKey()) {
      components.add(new Component(names.newName("parentKey", PARENT_KEY), level.keyType(), PARENT_KEY));
    }
    for (Field field : level.values()) {
      if (field instanceof ReferenceField reference) {
        // A chain references the level's own projection.
        TypeName key = reference.chain() != null
            ? level.projection().key().type() : reference.target().key().type();
        components.add(new Component(names.newName(field.name() + "Key", field), key.box(),
            field));
      } else {
        components.add(new Component(names.get(field), field.type(), field));
      }
    }
    return components;
  }

  /** The component that holds {@code source}. */
  static Component find(Level level, Object source) {
    for (Component component : of(level)) {
      if (component.source().equals(source)) {
        return component;
      }
    }
    throw new IllegalArgumentException("no component for " + source + " in " + level.name());
  }
}
