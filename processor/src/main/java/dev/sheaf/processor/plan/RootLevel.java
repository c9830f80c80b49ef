package dev.sheaf.processor.plan;

import com.palantir.javapoet.TypeName;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.runtime.internal.Select;
import java.util.List;
import java.util.Objects;

/** Statement 1: the root rows, with every aggregate SQL computes for them. */
public record RootLevel(String name, Select select, ProjectionModel projection, Row row,
    List<FieldLevel> children, List<ListAggregate> fromLists) implements ProjectionLevel {

  public RootLevel {
    Objects.requireNonNull(select, "select");
    children = List.copyOf(children);
    fromLists = List.copyOf(fromLists);
  }

  @Override
  public int statement() {
    return 1;
  }

  @Override
  public TypeName keyType() {
    return projection.key().type();
  }

  @Override
  public EveryRow everyRow() {
    return EveryRow.WHEN_THE_LOAD_DOES;
  }
}
