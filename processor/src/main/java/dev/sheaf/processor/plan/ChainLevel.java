package dev.sheaf.processor.plan;

import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.ReferenceField;
import dev.sheaf.runtime.internal.Select;
import java.util.List;
import java.util.Objects;

/**
 * The rows the level above's rows reference, and those they reference, up to the top (or the
 * declared depth), by a foreign key of their own table.
 */
public record ChainLevel(int statement, String name, Select select, ReferenceField field,
    ProjectionModel projection, Row row, List<ListAggregate> fromLists)
    implements RecursiveLevel {

  public ChainLevel {
    Objects.requireNonNull(select, "select");
    fromLists = List.copyOf(fromLists);
  }
}
