package dev.sheaf.processor.validate;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import dev.sheaf.processor.read.ArrayColumns;
import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter.Origin;
import dev.sheaf.processor.report.ValidationReport;
import dev.sheaf.processor.schema.ForeignKey;
import dev.sheaf.processor.schema.Schema;
import dev.sheaf.processor.schema.SqlColumn;
import dev.sheaf.processor.schema.SqlKind;
import dev.sheaf.processor.schema.Table;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Checks the names in annotations against the schema that {@code -Asheaf.schema} reads, and
 * infers a foreign key (or a table) from the one FOREIGN KEY that links two tables. Without the
 * option it checks nothing, finds every name, and infers nothing.
 */
final class SchemaCheck {
  private final Schema schema;
  private final ValidationReport report;

  /** {@code schema} is null when no schema was given (or it could not be read). */
  SchemaCheck(Schema schema, ValidationReport report) {
    this.schema = schema;
    this.report = report;
  }

  boolean enabled() {
    return schema != null;
  }

  /** The table of the projection {@code owner}, found silently: the projection reports it. */
  Optional<Table> tableOf(TypeElement owner) {
    Projection projection = owner.getAnnotation(Projection.class);
    return schema == null || projection == null ? Optional.empty() : schema.table(projection.table());
  }

  /** The table named {@code name}, found silently: empty without a schema or such a table. */
  Optional<Table> find(String name) {
    return schema == null ? Optional.empty() : schema.table(name);
  }

  /** Whether the schema declares column {@code name} of {@code owner}'s table an array. */
  boolean isArray(TypeElement owner, String name) {
    return tableOf(owner).flatMap(t -> t.column(name)).map(ArrayColumns::isArray).orElse(false);
  }

  Optional<Table> table(Origin origin, String where, String name) {
    if (schema == null) {
      return Optional.empty();
    }
    Optional<Table> table = schema.table(name);
    Optional<Table> inAnyCase = schema.lookup(name);
    if (table.isEmpty() && inAnyCase.isPresent()) {
      Table found = inAnyCase.get();
      report.report(origin, Message.NAME_CASE, where, schema.source(), "table", found.created(),
          found.spelled(), NameAdvice.why(found.spelled(), found.caseSensitive(), true),
          NameAdvice.inJava(found.sqlName()));
    } else if (table.isEmpty()) {
      List<String> names = schema.tables().stream().map(Table::created).toList();
      report.report(origin, Message.UNKNOWN_TABLE, where, schema.source(), name,
          Suggestions.didYouMean(name, names));
    }
    return table;
  }

  /** The column {@code name} of {@code table}; empty (reported) when the table lacks it. */
  Optional<SqlColumn> column(Origin origin, String where, Optional<Table> table, String name) {
    if (table.isEmpty()) {
      return Optional.empty();
    }
    Optional<SqlColumn> column = table.get().column(name);
    if (column.isPresent() && !table.get().namesColumn(name)) {
      String spelled = table.get().columnSpelled(name);
      report.report(origin, Message.NAME_CASE, where, schema.source(),
          "column", table.get().created() + "." + column.get().name(), spelled,
          NameAdvice.why(spelled, table.get().caseSensitive(), false),
          NameAdvice.inJava(table.get().columnSqlName(name)));
      return Optional.empty();
    }
    if (column.isEmpty()) {
      Collection<SqlColumn> columns = table.get().columns();
      List<String> names = columns.stream().map(SqlColumn::name).toList();
      report.report(origin, Message.UNKNOWN_COLUMN, where, table.get().created(), name,
          Suggestions.didYouMean(name, names), String.join(", ", names));
    }
    return column;
  }

  /**
   * Whether {@code label}, of Java type {@code type}, can read column {@code name} of
   * {@code table}: the column exists and holds what the type holds. An {@code int} on a 64-bit
   * column is only warned about.
   */
  boolean readable(Origin origin, String label, Optional<Table> table, String name, TypeMirror type) {
    Optional<SqlColumn> column = column(origin, label, table, name);
    if (column.isEmpty()) {
      return table.isEmpty();
    }
    return fits(origin, label, table.get(), column.get(), type);
  }

  /**
   * Whether the aggregate {@code function} of {@code label} can read {@code name} from the
   * related table: the column exists, SUM and AVG read a number, and MIN, MAX and a collected
   * column fit the field's type ({@code valueType}; null where any type will do).
   */
  boolean aggregated(Origin origin, String label, Aggregate.Function function, String tableName,
      String name, TypeMirror valueType) {
    Optional<Table> table = find(tableName);
    Optional<SqlColumn> column = column(origin, "column on " + label, table, name);
    if (column.isEmpty()) {
      return table.isEmpty();
    }
    SqlColumn found = column.get();
    boolean numeric = found.kind() == SqlKind.INTEGER || found.kind() == SqlKind.DECIMAL
        || found.kind() == SqlKind.FLOAT || found.kind() == SqlKind.OTHER;
    if ((function == Aggregate.Function.SUM || function == Aggregate.Function.AVG) && !numeric) {
      report.report(origin, Message.NUMERIC_COLUMN, function, label, table.get().created(),
          found.name(), found.declaredType());
      return false;
    }
    return valueType == null || fits(origin, label, table.get(), found, valueType);
  }

  private boolean fits(Origin origin, String label, Table table, SqlColumn column, TypeMirror type) {
    if (!ColumnTypes.fits(type, column)) {
      report.report(origin, Message.COLUMN_TYPE, label, type, table.created(), column.name(),
          column.declaredType(), column.kind().javaTypes());
      return false;
    }
    if (ColumnTypes.narrows(type, column)) {
      report.report(origin, Message.COLUMN_NARROWING, label, type, table.created(), column.name(),
          column.declaredType());
    }
    return true;
  }

  /**
   * The column of the one FOREIGN KEY in {@code holder} that references {@code referenced};
   * empty when there is no schema, or (reported) when there is not exactly one.
   */
  Optional<String> inferForeignKey(Origin origin, String label, String attribute,
      String holder, Optional<Table> referenced, String referencedName) {
    Optional<Table> holding = schema.table(holder);
    if (holding.isEmpty() || referenced.isEmpty()) {
      String missing = holding.isEmpty() ? holder : referencedName;
      report.report(origin, Message.NOT_INFERRED, label, attribute,
          "table " + missing + " is not in the schema, so no FOREIGN KEY names it");
      return Optional.empty();
    }
    List<ForeignKey> keys = schema.foreignKeys(holding.get(), referenced.get());
    if (keys.size() == 1) {
      return Optional.of(keys.get(0).column());
    }
    report.report(origin, Message.NOT_INFERRED, label, attribute, keys.isEmpty()
        ? "the schema has no FOREIGN KEY from " + holding.get().created() + " to " + referenced.get().created()
        : keys.size() + " FOREIGN KEYs link " + holding.get().created() + " to "
            + referenced.get().created() + " (" + describe(keys) + "); name the one to use");
    return Optional.empty();
  }

  /** The one FOREIGN KEY in the whole schema that references {@code owner}'s table. */
  Optional<ForeignKey> inferTable(Origin origin, String label, Optional<Table> owner, String ownerName) {
    if (owner.isEmpty()) {
      report.report(origin, Message.NOT_INFERRED, label, "table",
          "table " + ownerName + " is not in the schema, so no FOREIGN KEY names it");
      return Optional.empty();
    }
    List<ForeignKey> keys = schema.foreignKeysTo(owner.get());
    if (keys.size() == 1) {
      return Optional.of(keys.get(0));
    }
    report.report(origin, Message.NOT_INFERRED, label, "table", keys.isEmpty()
        ? "no table in the schema has a FOREIGN KEY to " + owner.get().created()
        : keys.size() + " FOREIGN KEYs reference " + owner.get().created() + " (" + describe(keys)
            + "); name the table");
    return Optional.empty();
  }

  /**
   * The one FOREIGN KEY in the junction table {@code through} that references another table
   * than {@code owner}'s: it names the related table, and the inverse key.
   */
  Optional<ForeignKey> inferJunctionTarget(Origin origin, String label, String through,
      Optional<Table> owner, String ownerName) {
    Optional<Table> junction = schema.table(through);
    if (junction.isEmpty() || owner.isEmpty()) {
      report.report(origin, Message.NOT_INFERRED, label, "table", "table "
          + (junction.isEmpty() ? through : ownerName) + " is not in the schema, so no FOREIGN KEY names it");
      return Optional.empty();
    }
    List<ForeignKey> keys = schema.foreignKeys(junction.get()).stream()
        .filter(key -> schema.referenced(key).orElse(null) != owner.get())
        .toList();
    if (keys.size() == 1) {
      return Optional.of(keys.get(0));
    }
    report.report(origin, Message.NOT_INFERRED, label, "table", keys.isEmpty()
        ? junction.get().created() + " has no FOREIGN KEY to a table other than " + owner.get().created()
        : junction.get().created() + " has " + keys.size() + " FOREIGN KEYs to other tables than "
            + owner.get().created() + " (" + describe(keys) + "); name the table");
    return Optional.empty();
  }

  /**
   * Warns when no index starts with {@code column}, the column of {@code table} that a
   * collection or aggregate finds its rows by: each key-set statement would scan the table.
   */
  void indexed(Origin origin, String label, Optional<Table> table, String column) {
    if (table.isEmpty() || table.get().column(column).isEmpty()
        || table.get().indexStartsWith(column)) {
      return;
    }
    Table found = table.get();
    String sqlColumn = found.columnSqlName(column);
    String indexName = last(found.created()) + "_" + last(column) + "_idx";
    report.report(origin, Message.MISSING_INDEX, label, found.created(),
        found.created() + "." + found.column(column).get().name(), schema.source(), found.created(),
        indexName.replace("\"", "").toLowerCase(Locale.ROOT), found.sqlName(), sqlColumn);
  }

  private static String last(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static String describe(List<ForeignKey> keys) {
    return keys.stream().map(k -> k.table() + "." + k.column()).collect(Collectors.joining(", "));
  }
}
