package dev.sheaf.processor.report;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor prints: what is wrong and how to fix it. Printed as
 * {@code [sheaf:CONSTANT] text}, so a message is easy to search for.
 */
public enum Message {
  PROJECTION_KIND("@Projection %s must be a record or a class; write it as a record."),
  PROJECTION_ABSTRACT("@Projection %s is abstract; Sheaf constructs it, so make it a concrete record or class."),
  PROJECTION_GENERIC("@Projection %s has type parameters; Sheaf needs concrete types: remove them."),
  PROJECTION_INNER("@Projection %s is an inner class; make it static (or a record) so Sheaf can construct it."),
  PROJECTION_PRIVATE("@Projection %s is private; make it package-private or public so its repository can construct it."),
  NO_CONSTRUCTOR("%s has no constructor taking every field in declaration order (%s); add one, or make it a record."),
  NOT_PUBLIC("%s's repository loads %s (through %s) from another package, so %s and its constructor taking every field must be public."),
  NO_KEY_FIELD("No field of %s maps the key column \"%s\"; add one, or set @Projection(key = ...)."),
  KEY_TYPE("The key %s is %s; keys must be long, int, String or UUID (boxed Long and Integer too)."),
  DUPLICATE_COLUMN("%s and %s both map column \"%s\"; give one of them another @Column."),
  AGGREGATE_AND_REFERENCE("%s has both @Aggregate and @Reference; keep the one that says what it loads."),
  LAZY_PATH("%s is %s but has no @Aggregate or @Reference, so nothing would load it; annotate it with @Aggregate(foreignKey = ...) (a collection) or @Reference(foreignKey = ...) (one row).%s"),
  UNSUPPORTED_TYPE("%s has type %s, which Sheaf cannot read from a column; use a class Jdbi maps (a raw type: no type arguments), a primitive, String, or Optional of one."),
  AGGREGATE_NEEDS_FUNCTION("@Aggregate on %s (%s) needs a function: AUTO covers List/Set (COLLECT), boolean (EXISTS), int/long (COUNT). Add function = SUM, AVG, MIN or MAX."),
  FUNCTION_TYPE("%s on %s does not fit its type %s; %s."),
  COLLECT_TYPE("%s collects related rows, so its type must be a List, Set or Collection, not %s."),
  COLLECT_ELEMENT("%s collects %s, which is neither a @Projection nor given a column; annotate %s with @Projection, or name the column with @Aggregate(column = ...)."),
  MISSING_TABLE("@Aggregate on %s needs table = \"...\": the related table."),
  MISSING_FOREIGN_KEY("%s needs foreignKey = \"...\": the column, in %s, that holds this row's key."),
  MISSING_COLUMN("%s on %s needs column = \"...\": the related column it reads."),
  THROUGH_PAIR("%s sets %s without %s; many-to-many needs both through (the junction table) and inverseForeignKey (its column holding the related row's key)."),
  TARGET_KEY_WITHOUT_THROUGH("targetKey on %s applies only to many-to-many (through = ...); remove it, or add through and inverseForeignKey."),
  NEGATIVE_LIMIT("limit = %d on %s is negative; use 0 for all rows, or a positive number."),
  LIMIT_ON_SCALAR("%s applies only to a collected List or Set; remove it from %s."),
  BAD_PARAMETER_NAME("limitParameter = \"%s\" on %s is not a parameter name; write letters, digits and _, as after the : of :name."),
  LIMIT_TWICE("%s has limit = %d and limitParameter = \"%s\"; keep one: a fixed limit, or the parameter that gives it when loading."),
  ORDER_ON_SCALAR("orderBy applies only to a collected List or Set; remove it from %s."),
  REFERENCE_TYPE("@Reference on %s needs a @Projection type (or Optional of one), not %s."),
  CYCLE("%s leads back to %s (%s); an eager load would never end. For one level, use a second @Projection on the same table (%s's table, without the field that leads back); a projection that collects itself by a foreign key of its own table (a List, or a @Reference up) loads as a tree; else remove one direction or project it as a count or a column."),
  TREE_SHAPE("%s cannot load as a tree: %s. A tree is one field of the projection itself, by a foreign key of its own table: a List or Set down, or a @Reference up; for one level, collect a second @Projection on the same table instead."),
  DEPTH_BELOW_ONE("depth = %d on %s: a tree is loaded at least 1 level down; write depth = 1 or more, or leave it out for every level."),
  BAD_IDENTIFIER("%s = \"%s\" on %s is not an SQL identifier; write a table or column name (letters, digits, _, $; schema.table allowed), as SQL would: a name created in quotes in its quotes, \"\\\"Album\\\"\" (standard double quotes, which Sheaf writes as backticks on MariaDB and MySQL)%s."),
  PARAMETER_IN_SQL("%s on %s uses the parameter %s, which nothing can bind: an orderBy is fixed at build time, and a where names its parameters as :name. Write the value into the order, or name the parameter in the where and bind it when you load (repository.bind(\"name\", value))."),
  BAD_PATH("path on %s %s. Write path = {\"first.owner_key\", \"first.column = second.column\", ...}: the column that holds this row's key, then one join per table, each from the table before it."),
  RESERVED_PARAMETER("%s on %s names the parameter :%s, which Sheaf binds itself (keys, and names that begin with sheaf_); choose another name."),
  IGNORED_ATTRIBUTE(Diagnostic.Kind.WARNING, "%s on %s has no effect: %s; remove it."),
  MISSING_REFERENCE_KEY("%s needs foreignKey = \"...\": the column, in %s, that holds the key of the %s row."),
  UNKNOWN_TABLE("%s: the schema (%s) has no table \"%s\"%s; correct the name, or add the table to the schema files."),
  NAME_CASE("%s: the schema (%s) has %s %s, created as %s, which %s. Name it \"%s\" in the annotation."),
  UNKNOWN_COLUMN("%s: table %s has no column \"%s\"%s; its columns are %s."),
  COLUMN_TYPE("%s is %s, but column %s.%s is %s; use %s."),
  COLUMN_NARROWING(Diagnostic.Kind.WARNING, "%s is %s, but column %s.%s is %s: a value past 2^31 will not fit; use long."),
  NUMERIC_COLUMN("%s on %s needs a numeric column, but %s.%s is %s."),
  NOT_INFERRED("%s needs %s = \"...\": %s."),
  MISSING_INDEX(Diagnostic.Kind.WARNING, "%s reads %s by %s, but no index in the schema (%s) starts with that column, so every load of it scans %s. Add one: CREATE INDEX %s ON %s (%s);"),
  SCHEMA_STATEMENT_SKIPPED(Diagnostic.Kind.WARNING, "-Asheaf.schema: %s:%d: cannot read %s (%s); it is skipped and the rest of the schema is checked. If a projection needs what it declares, write that as plain CREATE TABLE or ALTER TABLE ... ADD in a schema file."),
  SCHEMA_UNREADABLE("-Asheaf.schema: %s. Without a readable schema nothing is checked against it."),
  WRITE_FAILED("Could not write %s: %s"),
  INTERNAL_ERROR("Sheaf failed on %s with an unexpected error; please report it with this trace: %s");

  private final Diagnostic.Kind kind;
  private final String format;

  Message(String format) {
    this(Diagnostic.Kind.ERROR, format);
  }

  Message(Diagnostic.Kind kind, String format) {
    this.kind = kind;
    this.format = format;
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The printed text, tagged with the constant's name. */
  public String format(Object... args) {
    return "[sheaf:" + name() + "] " + String.format(format, args);
  }

  /** The printed text about something in {@code where}, which has no source of its own here. */
  public String formatIn(String where, Object... args) {
    return "[sheaf:" + name() + "] In " + where + ": " + String.format(format, args);
  }
}
