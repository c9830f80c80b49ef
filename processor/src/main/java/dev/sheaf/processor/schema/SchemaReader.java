package dev.sheaf.processor.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.TokenMgrException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * Runs the CREATE, ALTER and DROP TABLE statements of DDL files, in order, on an empty
 * {@link Schema}, with JSqlParser. Every other statement (indexes, data, functions, grants) is
 * skipped: only tables, columns and foreign keys matter to a projection.
 */
public final class SchemaReader {
  private SchemaReader() {}

  public static Schema read(List<Path> files, String source) throws SchemaException {
    Schema schema = new Schema(source);
    for (Path file : files) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new SchemaException("cannot read " + file + ": " + e.getMessage());
      }
      apply(schema, file, text);
    }
    return schema;
  }

  static void apply(Schema schema, Path file, String text) throws SchemaException {
    for (SqlScript.Piece piece : SqlScript.split(text)) {
      Statement statement = parse(file, piece);
      if (statement instanceof CreateTable create) {
        createTable(schema, create);
      } else if (statement instanceof Alter alter) {
        alterTable(schema, file, piece, alter);
      } else if (statement instanceof Drop drop && drop.getType().equalsIgnoreCase("table")) {
        schema.drop(drop.getName().getFullyQualifiedName());
      }
    }
  }

  /**
   * The statement, or null for one that is not about tables and does not parse (a CREATE TYPE,
   * a vendor command): those are skipped. A table statement that does not parse is an error,
   * since skipping it would report its columns as unknown.
   */
  private static Statement parse(Path file, SqlScript.Piece piece) throws SchemaException {
    try {
      // The parser itself, not CCJSqlParserUtil.parse: that runs each parse on a new thread.
      return CCJSqlParserUtil.newParser(piece.text()).Statement();
    } catch (ParseException | TokenMgrException e) {
      if (!isTableStatement(piece.text())) {
        return null;
      }
      int line = piece.line();
      if (e instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
        line += parse.currentToken.next.beginLine - 1;
      }
      String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
      throw new SchemaException(file + ":" + line + ": cannot parse " + abbreviate(piece.text())
          + " (" + reason + ")");
    }
  }

  private static void createTable(Schema schema, CreateTable create) {
    Table table = schema.create(create.getTable().getFullyQualifiedName());
    if (create.getColumnDefinitions() == null) {
      return; // CREATE TABLE ... AS SELECT or LIKE: columns unknown, the table still exists
    }
    for (ColumnDefinition column : create.getColumnDefinitions()) {
      addColumn(table, column);
    }
    if (create.getIndexes() != null) {
      for (Index index : create.getIndexes()) {
        addForeignKey(table, index);
      }
    }
  }

  private static void addColumn(Table table, ColumnDefinition definition) {
    var type = definition.getColDataType();
    boolean array = type.getArrayData() != null && !type.getArrayData().isEmpty();
    table.putColumn(SqlColumn.of(SqlNames.normalize(definition.getColumnName()), type.getDataType(), array));
    String referenced = inlineReference(definition.getColumnSpecs());
    if (referenced != null) {
      table.addForeignKey(definition.getColumnName(), referenced);
    }
  }

  /** The table of a column's own {@code REFERENCES t (id)}, or null. */
  private static String inlineReference(List<String> specs) {
    if (specs == null) {
      return null;
    }
    for (int i = 0; i + 1 < specs.size(); i++) {
      if (specs.get(i).equalsIgnoreCase("REFERENCES")) {
        String target = specs.get(i + 1);
        int columns = target.indexOf('(');
        return (columns < 0 ? target : target.substring(0, columns)).trim();
      }
    }
    return null;
  }

  private static void addForeignKey(Table table, Index index) {
    if (index instanceof ForeignKeyIndex key && key.getColumnsNames().size() == 1) {
      table.addForeignKey(key.getColumnsNames().get(0), key.getTable().getFullyQualifiedName());
    }
  }

  private static void alterTable(Schema schema, Path file, SqlScript.Piece piece, Alter alter)
      throws SchemaException {
    String name = alter.getTable().getFullyQualifiedName();
    Table table = schema.table(name).orElseThrow(() -> new SchemaException(
        file + ":" + piece.line() + ": ALTER TABLE " + name + " comes before any CREATE TABLE " + name));
    for (AlterExpression change : alter.getAlterExpressions()) {
      alterColumns(schema, table, change);
    }
  }

  private static void alterColumns(Schema schema, Table table, AlterExpression change) {
    switch (change.getOperation()) {
      case ADD, ALTER, MODIFY -> {
        if (change.getColDataTypeList() != null) {
          change.getColDataTypeList().forEach(column -> addColumn(table, column));
        }
        if (change.getIndex() != null) {
          addForeignKey(table, change.getIndex());
        }
        if (change.getFkColumns() != null && change.getFkColumns().size() == 1) {
          table.addForeignKey(change.getFkColumns().get(0), change.getFkSourceTable());
        }
      }
      case CHANGE -> {
        // MySQL's CHANGE old new type: a rename and a new type at once
        table.dropColumn(change.getColumnOldName());
        change.getColDataTypeList().forEach(column -> addColumn(table, column));
      }
      case DROP -> {
        if (change.getColumnName() != null) {
          table.dropColumn(change.getColumnName());
        }
      }
      case RENAME -> {
        if (change.getColumnOldName() != null && change.getColumnName() != null) {
          table.renameColumn(change.getColumnOldName(), change.getColumnName());
        }
      }
      case RENAME_TABLE -> schema.rename(table, change.getNewTableName());
      default -> { } // constraints, indexes, table options: no column changes
    }
  }

  private static boolean isTableStatement(String text) {
    String words = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\n]*", " ")
        .trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    return words.matches("(CREATE|ALTER|DROP) (OR REPLACE )?((GLOBAL |LOCAL )?(TEMP|TEMPORARY|UNLOGGED) )?TABLE .*");
  }

  private static String abbreviate(String text) {
    String oneLine = text.trim().replaceAll("\\s+", " ");
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
  }
}
