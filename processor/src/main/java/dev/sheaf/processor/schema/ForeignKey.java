package dev.sheaf.processor.schema;

/**
 * A single-column FOREIGN KEY: {@code table.column} references {@code referencedTable}. Composite
 * keys are kept out: Sheaf relates rows by one key column.
 */
public record ForeignKey(String table, String column, String referencedTable) {}
