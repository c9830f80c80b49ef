package dev.sheaf.processor.model;

import java.util.List;

/**
 * How related rows are found. One-to-many: {@code table.foreignKey} holds the owner's key.
 * Many-to-many: {@code through.foreignKey} holds the owner's key and {@code through.inverseForeignKey}
 * the key ({@code targetKey}) of {@code table}. On a longer path, {@code hops} join more tables
 * after {@code through}, and {@code inverseForeignKey} is a column of the last of them.
 */
public record Relation(String table, String foreignKey, String through, String inverseForeignKey,
    String targetKey, List<Hop> hops) {

  /** A table on a longer path: {@code JOIN table ON previous.previousColumn = table.column}. */
  public record Hop(String table, String previousColumn, String column) {}

  public Relation {
    hops = List.copyOf(hops);
  }

  /** A relation one-to-many, or through one junction. */
  public Relation(
      String table, String foreignKey, String through, String inverseForeignKey, String targetKey) {
    this(table, foreignKey, through, inverseForeignKey, targetKey, List.of());
  }

  public boolean manyToMany() {
    return !through.isEmpty();
  }
}
