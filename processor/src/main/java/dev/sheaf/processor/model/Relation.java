package dev.sheaf.processor.model;

/**
 * How related rows are found. One-to-many: {@code table.foreignKey} holds the owner's key.
 * Many-to-many: {@code through.foreignKey} holds the owner's key and {@code through.inverseForeignKey}
 * the key ({@code targetKey}) of {@code table}.
 */
public record Relation(
    String table, String foreignKey, String through, String inverseForeignKey, String targetKey) {

  public boolean manyToMany() {
    return !through.isEmpty();
  }
}
