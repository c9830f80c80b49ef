package dev.sheaf.processor.plan;

import com.palantir.javapoet.TypeName;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.runtime.internal.Select;
import java.util.List;
import java.util.Objects;

/**
 * The rows of a collection of projections, for the keys of the level above; each row starts
 * with the key of the parent it belongs to.
 *
 * @param keyType the parent's key type
 * @param everyRow when its rows are every row of their table
 * @param topN how many rows of each parent it keeps, cut in Java
 * @param keyOrderInJava whether Java sorts its rows by the element's key, which is its whole
 *     order: the statement then leaves the order out
 */
public record CollectionLevel(int statement, String name, Select select, TypeName keyType,
    CollectionField field, ProjectionModel projection, Row row, List<FieldLevel> children,
    List<ListAggregate> fromLists, EveryRow everyRow, TopN topN, boolean keyOrderInJava)
    implements ProjectionLevel, CollectingLevel {

  public CollectionLevel {
    Objects.requireNonNull(select, "select");
    children = List.copyOf(children);
    fromLists = List.copyOf(fromLists);
  }
}
