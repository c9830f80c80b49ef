package dev.sheaf.processor.plan;

import com.palantir.javapoet.TypeName;
import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.ColumnField;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.runtime.internal.Select;
import java.util.List;
import java.util.Objects;

/**
 * One statement of a load and the rows it reads: the root, one collection field or one
 * reference field, at any depth.
 *
 * @param statement its number in the load, 1 for the root, in the order the load runs them
 * @param name a lowerCamel name unique in the repository, such as {@code booksReviews}
 * @param select the statement, in parts the runtime renders per database and kind of load
 * @param keyType the Java type of the keys bound as {@code :keys} (a parent's key, or for a
 *     reference the target's key); for the root, the root key type
 * @param via the collection or reference field this level loads; null for the root
 * @param projection the projection whose rows this level reads; null for a column collection
 * @param values what each row holds after the parent key, in column order (empty for a column
 *     collection, whose row is the parent key and the element)
 * @param children the levels this one's rows lead to, one per collection or reference field
 * @param fromLists aggregates of the rows a collection of the level loads anyway, computed from
 *     the collection in Java, so no SQL computes them
 */
public record Level(
    int statement, String name, Select select, Kind kind, TypeName keyType, Field via,
    ProjectionModel projection, List<Field> values, List<Level> children,
    List<ListAggregate> fromLists) {

  public Level {
    Objects.requireNonNull(select, "select");
    values = List.copyOf(values);
    children = List.copyOf(children);
    fromLists = List.copyOf(fromLists);
  }

  /**
   * An aggregate of exactly the rows {@code collection} holds (same relation, no where, no
   * limit): a COUNT, which is its size, or an AVG of {@code element}, a column each element
   * reads.
   *
   * @param element the element's field the AVG reads; null for a COUNT
   */
  public record ListAggregate(
      AggregateField aggregate, CollectionField collection, ColumnField element) {}

  /** How {@code field} is computed from a collection, or null when SQL computes it. */
  public ListAggregate fromList(Field field) {
    for (ListAggregate fromList : fromLists) {
      if (fromList.aggregate().equals(field)) {
        return fromList;
      }
    }
    return null;
  }

  public enum Kind {
    ROOT,
    COLLECTION,
    REFERENCE,
    /**
     * Every row under the level above's rows, at every depth, by a foreign key of their own
     * table: a tree of the level above's projection. It has no levels of its own; the level
     * above loads its other collections and references for the tree's rows too.
     */
    TREE,
    /**
     * The rows the level above's rows reference, and those they reference, up to the top, by a
     * foreign key of their own table: a chain of the level above's projection. Like a tree, it
     * has no levels of its own.
     */
    CHAIN
  }

  /** What a person reads in errors and Javadoc, such as {@code AuthorCard.books}. */
  public String label() {
    return select.label();
  }

  /** Whether each row starts with the key of the parent it belongs to. */
  public boolean readsParentKey() {
    return kind == Kind.COLLECTION || kind == Kind.TREE;
  }

  /** The tree under this level's rows, or the chain above them, or null. */
  public Level tree() {
    return children.stream().filter(child -> child.kind() == Kind.TREE || child.kind() == Kind.CHAIN)
        .findFirst().orElse(null);
  }
}
