package dev.sheaf.processor.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.sheaf.Aggregate;
import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.CollectionField.CollectionKind;
import dev.sheaf.processor.model.CollectionField.ProjectionElement;
import dev.sheaf.processor.model.CollectionField.TreeElement;
import dev.sheaf.processor.model.ColumnField;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.Relation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Finds aggregates that need no SQL, because a List the projection collects whole (same
 * relation, no where, no limit) holds the rows they aggregate: a COUNT(*) is the list's size
 * (the article's {@code numBooks} beside {@code books}), and an AVG of a column each element
 * of a record reads is the mean Java computes from the elements (a book's average rating beside
 * its reviews).
 */
final class ListAggregates {
  /** The element types an AVG is computed from in Java: numbers, as a column reads them. */
  private static final Set<TypeName> NUMBERS = Set.of(TypeName.BYTE, TypeName.SHORT,
      TypeName.INT, TypeName.LONG, TypeName.FLOAT, TypeName.DOUBLE, TypeName.BYTE.box(),
      TypeName.SHORT.box(), TypeName.INT.box(), TypeName.LONG.box(), TypeName.FLOAT.box(),
      TypeName.DOUBLE.box(), ClassName.get(BigDecimal.class), ClassName.get(BigInteger.class));

  /** What an AVG computed in Java is read into: null, or empty, for no rows. */
  private static final Set<TypeName> AVERAGES =
      Set.of(TypeName.DOUBLE.box(), ClassName.get(OptionalDouble.class));

  private ListAggregates() {}

  static List<ListAggregate> of(ProjectionModel projection) {
    List<ListAggregate> found = new ArrayList<>();
    for (Field field : projection.fields()) {
      if (field instanceof AggregateField aggregate && aggregate.where().isEmpty()) {
        for (Field other : projection.fields()) {
          if (other instanceof CollectionField collection && holdsEveryRow(collection)
              && sameRows(collection.relation(), aggregate.relation())) {
            ListAggregate fromList = fromList(aggregate, collection);
            if (fromList != null) {
              found.add(fromList);
              break;
            }
          }
        }
      }
    }
    return found;
  }

  private static ListAggregate fromList(AggregateField aggregate, CollectionField list) {
    if (aggregate.function() == Aggregate.Function.COUNT && aggregate.column().isEmpty()) {
      return new ListAggregate(aggregate, list, null);
    }
    if (aggregate.function() != Aggregate.Function.AVG || !AVERAGES.contains(aggregate.type())
        || !(list.element() instanceof ProjectionElement element)
        || !element.projection().record()) {
      return null;
    }
    for (Field field : element.projection().fields()) {
      if (field instanceof ColumnField column && NUMBERS.contains(column.type())
          && sameColumn(column.column(), aggregate.column())) {
        return new ListAggregate(aggregate, list, column);
      }
    }
    return null;
  }

  /** Names the databases fold alike: unquoted, in any case. */
  private static boolean sameColumn(String a, String b) {
    return !a.contains("\"") && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  /** The target key matters only where a junction is joined to the related table. */
  private static boolean sameRows(Relation a, Relation b) {
    return a.table().equals(b.table()) && a.foreignKey().equals(b.foreignKey())
        && a.through().equals(b.through()) && a.inverseForeignKey().equals(b.inverseForeignKey())
        && (!a.manyToMany() || a.targetKey().equals(b.targetKey())) && a.hops().equals(b.hops());
  }

  /** A Set would fold equal elements, so only a List holds every row. */
  private static boolean holdsEveryRow(CollectionField collection) {
    // A tree cut at a declared depth holds no children at its last level, which have some.
    boolean cutTree = collection.element() instanceof TreeElement tree && tree.depth() > 0;
    return collection.kind() == CollectionKind.LIST && collection.where().isEmpty()
        && !collection.cut() && !cutTree;
  }
}
