package dev.sheaf.processor.plan;

import dev.sheaf.processor.model.Relation;
import dev.sheaf.runtime.internal.Select;

/** Names from annotations as statements write them: quoted where a database reserves them. */
final class Sql {
  private Sql() {}

  /** A column's name, or a name the user qualified ({@code book.pages}). */
  static String column(String column) {
    return Identifiers.quote(column);
  }

  /** A table's name. */
  static String table(String table) {
    return Identifiers.quote(table);
  }

  /** The junction, and any more tables, of a relation that has one. */
  static Select.Link link(Relation relation) {
    Select.Hop[] hops = relation.hops().stream()
        .map(hop -> Select.hop(table(hop.table()), column(hop.previousColumn()),
            column(hop.column())))
        .toArray(Select.Hop[]::new);
    return Select.link(table(relation.through()), column(relation.foreignKey()),
        column(relation.inverseForeignKey()), column(relation.targetKey()), hops);
  }

  /**
   * The column name an aggregate's field gets where SQL needs one (a grouped derived table): the
   * field's name, with any character SQL would not take unquoted ({@code $}) as {@code _}.
   */
  static String alias(String fieldName) {
    return Identifiers.quote(fieldName.replaceAll("[^A-Za-z0-9_]", "_"));
  }
}
