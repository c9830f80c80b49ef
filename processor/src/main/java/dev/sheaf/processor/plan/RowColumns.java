package dev.sheaf.processor.plan;

import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.sheaf.processor.model.CollectionField.ColumnElement;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.ReferenceField;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a level's {@link Row}: the parent key (for a collection or a tree), then each value
 * the statement reads, named as the row record's components. A reference reads its foreign
 * key, named {@code <field>Key}.
 */
final class RowColumns {
  /** Names Java forbids for a record component; a class DTO's fields may have them. */
  private static final List<String> NOT_COMPONENT_NAMES = List.of(
      "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  private RowColumns() {}

  /** The row of a level that reads {@code values} of {@code projection} and no parent key. */
  static Row of(ProjectionModel projection, List<Field> values) {
    return layOut(projection, null, values);
  }

  /** The row of a level whose rows start with the key, of {@code parentKey}, they belong to. */
  static Row underParent(TypeName parentKey, ProjectionModel projection, List<Field> values) {
    return layOut(projection, parentKey, values);
  }

  /** The row of a collection of column values: the parent key and the value. */
  static Row ofElement(TypeName parentKey, ColumnElement element) {
    return new Row(List.of(new Row.ParentKey("parentKey", parentKey),
        new Row.Element("value", element.type())));
  }

  private static Row layOut(ProjectionModel projection, TypeName parentKey, List<Field> values) {
    NameAllocator names = new NameAllocator();
    NOT_COMPONENT_NAMES.forEach(names::newName);
    // The fields keep their own names; the parent key and the foreign keys make way.
    for (Field field : values) {
      if (!(field instanceof ReferenceField)) {
        names.newName(field.name(), field);
      }
    }
    List<Row.Column> columns = new ArrayList<>();
    if (parentKey != null) {
      columns.add(new Row.ParentKey(names.newName("parentKey"), parentKey));
    }
    for (Field field : values) {
      if (field instanceof ReferenceField reference) {
        // A chain references the level's own projection.
        TypeName key = reference.chain() != null
            ? projection.key().type() : reference.target().key().type();
        columns.add(new Row.Value(names.newName(field.name() + "Key", field), key.box(), field));
      } else {
        columns.add(new Row.Value(names.get(field), field.type(), field));
      }
    }
    return new Row(columns);
  }
}
