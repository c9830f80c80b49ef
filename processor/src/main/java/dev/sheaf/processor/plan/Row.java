package dev.sheaf.processor.plan;

import com.palantir.javapoet.TypeName;
import dev.sheaf.processor.model.Field;
import java.util.List;

/**
 * What a level's statement reads per row, in column order, each column with the name and type
 * of the row record's component that holds it. The planner derives it once; the statement's
 * select list and the row record both follow it.
 */
public record Row(List<Column> columns) {

  public Row {
    columns = List.copyOf(columns);
  }

  /** One column of the row and the component that holds it. */
  public sealed interface Column permits ParentKey, Element, Value {
    String name();

    TypeName type();
  }

  /** The key of the parent row it belongs to: a collection's and a tree's rows start with it. */
  public record ParentKey(String name, TypeName type) implements Column {}

  /** The value a collection of column values collects. */
  public record Element(String name, TypeName type) implements Column {}

  /** A field the statement reads: a column, an aggregate, or a reference's foreign key. */
  public record Value(String name, TypeName type, Field field) implements Column {}

  /** The fields the row reads, in column order. */
  public List<Field> fields() {
    return columns.stream().filter(Value.class::isInstance).map(column -> ((Value) column).field())
        .toList();
  }

  /** The component that holds {@code field}, or for a reference its foreign key. */
  public Value of(Field field) {
    for (Column column : columns) {
      if (column instanceof Value value && value.field().equals(field)) {
        return value;
      }
    }
    throw new IllegalArgumentException("the row reads no " + field.name());
  }

  /** The component that holds the parent key. */
  public ParentKey parentKey() {
    return find(ParentKey.class);
  }

  /** The component that holds a collected column's value. */
  public Element element() {
    return find(Element.class);
  }

  private <C extends Column> C find(Class<C> kind) {
    return columns.stream().filter(kind::isInstance).map(kind::cast).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the row has no " + kind.getSimpleName()));
  }
}
