package dev.sheaf.processor.plan;

import com.palantir.javapoet.TypeName;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.ReferenceField;
import dev.sheaf.runtime.internal.Select;
import java.util.List;
import java.util.Objects;

/** The rows the level above's rows reference, by the keys they hold. */
public record ReferenceLevel(int statement, String name, Select select, ReferenceField field,
    Row row, List<FieldLevel> children, List<ListAggregate> fromLists)
    implements ProjectionLevel, FieldLevel {

  public ReferenceLevel {
    Objects.requireNonNull(select, "select");
    children = List.copyOf(children);
    fromLists = List.copyOf(fromLists);
  }

  /** The referenced projection. */
  @Override
  public ProjectionModel projection() {
    return field.target();
  }

  /** The target's key type. */
  @Override
  public TypeName keyType() {
    return field.target().key().type();
  }

  /** Only the referenced rows, never every row of the table. */
  @Override
  public EveryRow everyRow() {
    return EveryRow.NEVER;
  }
}
