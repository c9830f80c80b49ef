package dev.sheaf.processor.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.TokenMgrException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * Runs the CREATE, ALTER and DROP TABLE and CREATE INDEX statements of DDL files, in order, on
 * an empty {@link Schema}, with JSqlParser. Every other statement (data, functions, grants,
 * sequences, views) is skipped: only tables, columns, foreign keys and which columns an index
 * starts with matter to a projection.
 * A table statement that still cannot be read is kept on the schema as a {@link SkippedStatement}
 * and the rest is read: one odd statement in a dump must not cost the whole check.
 */
public final class SchemaReader {
  /** pg_dump's identity column: {@code ALTER TABLE t ALTER COLUMN id ADD GENERATED ... (SEQUENCE NAME ...)}. */
  private static final Pattern ADD_IDENTITY = Pattern.compile(
      "(?is)\\s*ALTER\\s+TABLE\\s+(ONLY\\s+)?\\S+\\s+ALTER\\s+(COLUMN\\s+)?\\S+\\s+ADD\\s+GENERATED\\b.*");

  private SchemaReader() {}

  /** The schema the files declare; only a file that cannot be read at all is an exception. */
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

  static void apply(Schema schema, Path file, String text) {
    List<SqlScript.Piece> pieces = SqlScript.split(text);
    boolean mysql = MySqlText.is(text, pieces);
    for (SqlScript.Piece piece : pieces) {
      boolean createTable = isTableStatement(piece.text(), "CREATE");
      TableText table = createTable ? TableText.of(piece.text()) : new TableText(piece.text(), List.of());
      Statement statement = parse(table.statement());
      if (statement == null && createTable) {
        table = table.withoutChecks();
        statement = parse(table.statement());
      }
      if (statement instanceof CreateTable create) {
        createTable(schema, file, piece, create, table.parents(), mysql);
      } else if (statement instanceof Alter alter) {
        alterTable(schema, file, piece, alter, mysql);
      } else if (statement instanceof CreateIndex index) {
        schema.lookup(index.getTable().getFullyQualifiedName())
            .ifPresent(t -> t.addIndex(columns(index.getIndex())));
      } else if (statement instanceof Drop drop && drop.getType().equalsIgnoreCase("table")) {
        schema.drop(drop.getName().getFullyQualifiedName());
      } else if (statement == null && isTableStatement(piece.text(), "CREATE|ALTER|DROP")
          && !ADD_IDENTITY.matcher(piece.text()).matches()) {
        schema.skip(unreadable(file, piece));
      }
    }
  }

  /** The statement, or null when JSqlParser cannot read it. */
  private static Statement parse(String text) {
    try {
      // The parser itself, not CCJSqlParserUtil.parse: that runs each parse on a new thread.
      return CCJSqlParserUtil.newParser(text).Statement();
    } catch (ParseException | TokenMgrException e) {
      return null;
    }
  }

  /**
   * The statement as a warning: the line it starts on, and JSqlParser's reason with the line where
   * it stopped. Parsed once more, and only for a statement that is being skipped.
   */
  private static SkippedStatement unreadable(Path file, SqlScript.Piece piece) {
    String reason = "not understood";
    try {
      CCJSqlParserUtil.newParser(piece.text()).Statement();
    } catch (ParseException e) {
      reason = firstLine(e);
      if (e.currentToken != null && e.currentToken.next != null) {
        reason += ", on line " + (piece.line() + Math.max(0, e.currentToken.next.beginLine - 1));
      }
    } catch (TokenMgrException e) {
      reason = firstLine(e);
    }
    return new SkippedStatement(file, piece.line(), abbreviate(piece.text()), reason);
  }

  private static String firstLine(Throwable e) {
    return String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
  }

  private static void createTable(Schema schema, Path file, SqlScript.Piece piece, CreateTable create,
      List<String> parents, boolean mysql) {
    String name = create.getTable().getFullyQualifiedName();
    List<Table> inherited = new ArrayList<>();
    for (String parent : parents) {
      Optional<Table> found = schema.lookup(parent);
      if (found.isEmpty()) {
        schema.skip(new SkippedStatement(file, piece.line(), abbreviate(piece.text()),
            "it inherits " + parent + ", which no CREATE TABLE before it declares"));
        return;
      }
      inherited.add(found.get());
    }
    Table table = schema.create(name, mysql);
    // PostgreSQL puts inherited columns first, in the parents' order; foreign keys are not inherited
    inherited.forEach(parent -> parent.columns().forEach(column -> table.inherit(parent, column)));
    if (create.getColumnDefinitions() == null) {
      return; // CREATE TABLE ... AS SELECT or LIKE, or only constraints: no columns of its own
    }
    for (ColumnDefinition column : create.getColumnDefinitions()) {
      addColumn(table, column, mysql);
    }
    if (create.getIndexes() != null) {
      for (Index index : create.getIndexes()) {
        addForeignKey(table, index);
        addIndex(table, index, mysql);
      }
    }
  }

  private static void addColumn(Table table, ColumnDefinition definition, boolean mysql) {
    var type = definition.getColDataType();
    if (type == null) {
      return; // ALTER COLUMN ... SET DEFAULT, SET NOT NULL: the column keeps its type
    }
    boolean array = type.getArrayData() != null && !type.getArrayData().isEmpty();
    SqlColumn column = SqlColumn.of(SqlNames.asWritten(definition.getColumnName()), type.getDataType(), array);
    table.putColumn(mysql ? MySqlText.column(column) : column, definition.getColumnName());
    String referenced = inlineReference(definition.getColumnSpecs());
    if (referenced != null) {
      table.addForeignKey(definition.getColumnName(), referenced);
    }
    if (inlineKey(definition.getColumnSpecs()) || (mysql && referenced != null)) {
      table.addIndex(List.of(definition.getColumnName()));
    }
  }

  /** Whether a column's own specs make it a key: {@code PRIMARY KEY}, {@code UNIQUE}. */
  private static boolean inlineKey(List<String> specs) {
    if (specs == null) {
      return false;
    }
    for (int i = 0; i < specs.size(); i++) {
      String spec = specs.get(i);
      if (spec.equalsIgnoreCase("UNIQUE")
          || (spec.equalsIgnoreCase("PRIMARY") && i + 1 < specs.size()
              && specs.get(i + 1).equalsIgnoreCase("KEY"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A table constraint that indexes its columns: a primary key, a unique key, MySQL's
   * {@code KEY name (col)}, and on MySQL a foreign key, which InnoDB indexes itself. PostgreSQL
   * does not (H2 does, but a file that is not MySQL's is read as PostgreSQL would run it). A
   * CHECK holds no columns, so it adds nothing.
   */
  private static void addIndex(Table table, Index index, boolean mysql) {
    if (!(index instanceof ForeignKeyIndex) || mysql) {
      table.addIndex(columns(index));
    }
  }

  /** The index's columns in order; none for a constraint without any (a CHECK). */
  private static List<String> columns(Index index) {
    return index == null || index.getColumns() == null ? List.of() : index.getColumnsNames();
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

  private static void alterTable(Schema schema, Path file, SqlScript.Piece piece, Alter alter,
      boolean mysql) {
    String name = alter.getTable().getFullyQualifiedName();
    Optional<Table> table = schema.lookup(name);
    if (table.isEmpty()) {
      // pg_dump alters sequences and views with ALTER TABLE ... OWNER TO: nothing to a projection
      if (alter.getAlterExpressions().stream().anyMatch(SchemaReader::changesColumns)) {
        schema.skip(new SkippedStatement(file, piece.line(), abbreviate(piece.text()),
            "it alters " + name + ", which no CREATE TABLE before it declares"));
      }
      return;
    }
    for (AlterExpression change : alter.getAlterExpressions()) {
      alterColumns(schema, table.get(), change, mysql);
    }
  }

  /** Whether a change adds, drops, renames or retypes a column or adds a foreign key. */
  private static boolean changesColumns(AlterExpression change) {
    return change.getColDataTypeList() != null || change.getFkColumns() != null
        || change.getIndex() instanceof ForeignKeyIndex || change.getColumnName() != null
        || change.getColumnOldName() != null || change.getNewTableName() != null;
  }

  private static void alterColumns(Schema schema, Table table, AlterExpression change, boolean mysql) {
    switch (change.getOperation()) {
      case ADD, ALTER, MODIFY -> {
        if (change.getColDataTypeList() != null) {
          change.getColDataTypeList().forEach(column -> addColumn(table, column, mysql));
        }
        if (change.getIndex() != null) {
          addForeignKey(table, change.getIndex());
          addIndex(table, change.getIndex(), mysql);
        }
        if (change.getFkColumns() != null && change.getFkColumns().size() == 1) {
          table.addForeignKey(change.getFkColumns().get(0), change.getFkSourceTable());
        }
        if (mysql && change.getFkColumns() != null) {
          table.addIndex(change.getFkColumns());
        }
        table.addIndex(change.getPkColumns());
        table.addIndex(change.getUkColumns());
      }
      case CHANGE -> {
        // MySQL's CHANGE old new type: a rename and a new type at once
        if (change.getColumnOldName() != null && change.getColDataTypeList() != null) {
          table.dropColumn(change.getColumnOldName());
          change.getColDataTypeList().forEach(column -> addColumn(table, column, mysql));
        }
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

  /** Whether the statement is a table statement of one of the {@code verbs} (a regex: CREATE|ALTER). */
  private static boolean isTableStatement(String text, String verbs) {
    String words = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\n]*", " ")
        .trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    return words.matches("(" + verbs + ") (OR REPLACE )?((GLOBAL |LOCAL )?(TEMP|TEMPORARY|UNLOGGED) )?TABLE .*");
  }

  private static String abbreviate(String text) {
    String oneLine = text.trim().replaceAll("\\s+", " ");
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
  }
}
