package dev.sheaf.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * Related rows collected into a {@code List} or {@code Set}.
 *
 * @param orderBy the element order, SQL; empty for the element's key (or value) ascending
 * @param limit at most this many elements per parent; 0 for all
 * @param limitParameter the call-time parameter that gives the limit instead; empty for none
 */
public record CollectionField(
    String name, TypeName type, CollectionKind kind, Relation relation, Element element,
    String where, String orderBy, int limit, String limitParameter) implements Field {

  /** A collection whose limit is fixed (or absent). */
  public CollectionField(String name, TypeName type, CollectionKind kind, Relation relation,
      Element element, String where, String orderBy, int limit) {
    this(name, type, kind, relation, element, where, orderBy, limit, "");
  }

  /** Whether a top-N cuts the elements of each parent: a limit, fixed or given when loading. */
  public boolean cut() {
    return limit > 0 || !limitParameter.isEmpty();
  }

  /** What is collected: rows of a projection, or one column's values. */
  public sealed interface Element permits ProjectionElement, ColumnElement, TreeElement {}

  public record ProjectionElement(ProjectionModel projection) implements Element {}

  /**
   * Rows of the projection that owns the field, by a foreign key of its own table: a tree, read
   * to {@code depth} levels below each row (0: every level).
   *
   * @param type the owning projection's type
   */
  public record TreeElement(ClassName type, int depth) implements Element {}

  public record ColumnElement(String column, TypeName type) implements Element {}

  public enum CollectionKind {
    LIST,
    SET
  }
}
