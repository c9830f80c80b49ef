package dev.sheaf.processor.plan;

import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.Relation;

/**
 * A scalar aggregate as a correlated subquery of its owner's statement: it adds no statement and
 * never joins two to-many relations into one row set (no multiplied counts).
 */
final class AggregateSql {
  /** The related table's alias when it is the owner's own table (a self relation). */
  private static final String SELF_ALIAS = "sheaf_related";

  private AggregateSql() {}

  /** The expression that computes {@code field} for the row of {@code owner} keyed {@code ownerKey}. */
  static String of(AggregateField field, String owner, String ownerKey) {
    Relation relation = field.relation();
    boolean self = relation.table().equals(owner);
    String related = self ? SELF_ALIAS : relation.table();
    String relatedFrom = Sql.table(relation.table()) + (self ? " " + SELF_ALIAS : "");
    String from;
    String correlation;
    if (relation.manyToMany()) {
      from = Sql.table(relation.through()) + " JOIN " + relatedFrom + " ON "
          + Sql.qualify(related, relation.targetKey()) + " = "
          + Sql.qualify(relation.through(), relation.inverseForeignKey());
      correlation = Sql.qualify(relation.through(), relation.foreignKey());
    } else {
      from = relatedFrom;
      correlation = Sql.qualify(related, relation.foreignKey());
    }
    String where = correlation + " = " + Sql.qualify(owner, ownerKey)
        + (field.where().isEmpty() ? "" : " AND (" + field.where() + ")");
    String column = field.column().isEmpty() ? null : Sql.qualify(related, field.column());
    String body = " FROM " + from + " WHERE " + where + ")";
    return switch (field.function()) {
      case EXISTS -> "EXISTS (SELECT 1" + body;
      case COUNT -> "(SELECT COUNT(" + (column == null ? "*" : column) + ")" + body;
      case COUNT_DISTINCT -> "(SELECT COUNT(DISTINCT " + column + ")" + body;
      case SUM -> field.type().isPrimitive()
          ? "COALESCE((SELECT SUM(" + column + ")" + body + ", 0)"
          : "(SELECT SUM(" + column + ")" + body;
      case AVG, MIN, MAX -> "(SELECT " + field.function().name() + "(" + column + ")" + body;
      case AUTO, COLLECT -> throw new IllegalArgumentException(
          "not a scalar aggregate: " + field.function());
    };
  }
}
