package dev.sheaf.processor.plan;

import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.runtime.internal.Select;
import java.util.List;
import java.util.Objects;

/**
 * Every row under the level above's rows, at every depth (or to the declared one), by a foreign
 * key of their own table: each row starts with its parent's key.
 */
public record TreeLevel(int statement, String name, Select select, CollectionField field,
    ProjectionModel projection, Row row, List<ListAggregate> fromLists)
    implements RecursiveLevel {

  public TreeLevel {
    Objects.requireNonNull(select, "select");
    fromLists = List.copyOf(fromLists);
  }
}
