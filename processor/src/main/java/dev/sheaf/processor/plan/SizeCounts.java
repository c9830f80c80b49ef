package dev.sheaf.processor.plan;

import dev.sheaf.Aggregate;
import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.CollectionField.CollectionKind;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds counts that need no SQL: a COUNT(*) over the same relation as a List the projection
 * collects whole (no where, no limit) is that list's size. The article's {@code numBooks} beside
 * {@code books} is the common case.
 */
final class SizeCounts {
  private SizeCounts() {}

  static List<Level.SizeCount> of(ProjectionModel projection) {
    List<Level.SizeCount> found = new ArrayList<>();
    for (Field field : projection.fields()) {
      if (field instanceof AggregateField count && countsAllRows(count)) {
        for (Field other : projection.fields()) {
          if (other instanceof CollectionField collection && holdsEveryRow(collection)
              && sameRows(collection.relation(), count.relation())) {
            found.add(new Level.SizeCount(count, collection));
            break;
          }
        }
      }
    }
    return found;
  }

  /** The target key matters only where a junction is joined to the related table. */
  private static boolean sameRows(Relation a, Relation b) {
    return a.table().equals(b.table()) && a.foreignKey().equals(b.foreignKey())
        && a.through().equals(b.through()) && a.inverseForeignKey().equals(b.inverseForeignKey())
        && (!a.manyToMany() || a.targetKey().equals(b.targetKey()));
  }

  private static boolean countsAllRows(AggregateField count) {
    return count.function() == Aggregate.Function.COUNT && count.column().isEmpty()
        && count.where().isEmpty();
  }

  /** A Set would fold equal elements, so only a List's size is the number of rows. */
  private static boolean holdsEveryRow(CollectionField collection) {
    return collection.kind() == CollectionKind.LIST && collection.where().isEmpty()
        && collection.limit() == 0;
  }
}
