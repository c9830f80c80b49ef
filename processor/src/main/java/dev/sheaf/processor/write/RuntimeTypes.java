package dev.sheaf.processor.write;

import com.palantir.javapoet.ClassName;

/**
 * The runtime and Jdbi types generated code uses, by name: the processor runs without Jdbi on
 * its path, so it must not load these classes.
 */
final class RuntimeTypes {
  private static final String RUNTIME = "dev.sheaf.runtime";
  /** What only generated code calls: not API, free to change between versions. */
  private static final String INTERNAL = "dev.sheaf.runtime.internal";

  static final ClassName COLUMNS = ClassName.get(INTERNAL, "Columns");
  static final ClassName FORK = ClassName.get(INTERNAL, "Fork");
  static final ClassName LOAD = ClassName.get(INTERNAL, "Load");
  static final ClassName LOADER = ClassName.get(INTERNAL, "Loader");
  static final ClassName PAGE = ClassName.get(INTERNAL, "Page");
  static final ClassName ROWS = ClassName.get(INTERNAL, "Rows");
  static final ClassName TREE = ClassName.get(INTERNAL, "Tree");
  static final ClassName SELECT = ClassName.get(INTERNAL, "Select");
  static final ClassName ROW_READER = ClassName.get(INTERNAL, "RowReader");
  static final ClassName ROOT_FILTER = ClassName.get(INTERNAL, "RootFilter");
  static final ClassName ROOT_QUERY = ClassName.get(RUNTIME, "RootQuery");

  static final ClassName JDBI = ClassName.get("org.jdbi.v3.core", "Jdbi");
  static final ClassName HANDLE = ClassName.get("org.jdbi.v3.core", "Handle");
  static final ClassName COLUMN_MAPPER = ClassName.get("org.jdbi.v3.core.mapper", "ColumnMapper");
  static final ClassName STATEMENT_CONTEXT =
      ClassName.get("org.jdbi.v3.core.statement", "StatementContext");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private RuntimeTypes() {}
}
