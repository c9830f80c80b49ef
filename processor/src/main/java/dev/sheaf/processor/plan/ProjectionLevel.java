package dev.sheaf.processor.plan;

import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import java.util.List;

/** A level whose rows are rows of a projection, each built into its DTO. */
public sealed interface ProjectionLevel extends Level
    permits RootLevel, CollectionLevel, ReferenceLevel, RecursiveLevel {

  /** The projection whose rows this level reads. */
  ProjectionModel projection();

  /**
   * Aggregates of the rows a collection of the level loads anyway, computed from the
   * collection in Java, so no SQL computes them.
   */
  List<ListAggregate> fromLists();

  /**
   * When this level's rows are every row of its table, so that the collections below read
   * theirs whole.
   */
  EveryRow everyRow();

  /** How {@code field} is computed from a collection, or null when SQL computes it. */
  default ListAggregate fromList(Field field) {
    for (ListAggregate fromList : fromLists()) {
      if (fromList.aggregate().equals(field)) {
        return fromList;
      }
    }
    return null;
  }

  /** The tree under this level's rows, or the chain above them, or null. */
  default RecursiveLevel recursive() {
    return children().stream().filter(RecursiveLevel.class::isInstance)
        .map(RecursiveLevel.class::cast).findFirst().orElse(null);
  }

  /**
   * Whether loading the levels below needs to know if this level's rows are every row: it has
   * a collection, a tree or a chain below, which read their tables whole then.
   */
  default boolean passesEveryRow() {
    return children().stream().anyMatch(child -> !(child instanceof ReferenceLevel));
  }
}
