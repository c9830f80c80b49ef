package dev.sheaf.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A valid projection: a DTO type, the table it projects, its key and its fields in constructor
 * order.
 *
 * @param orderBy the default order of root loads, SQL; empty for the key
 * @param record whether the DTO is a record, whose values generated code can read back
 */
public record ProjectionModel(
    ClassName type, String table, ColumnField key, String orderBy, List<Field> fields,
    boolean record) {

  public ProjectionModel {
    fields = List.copyOf(fields);
  }

  /** A projection of a class, whose values generated code does not read back. */
  public ProjectionModel(
      ClassName type, String table, ColumnField key, String orderBy, List<Field> fields) {
    this(type, table, key, orderBy, fields, false);
  }

  /** The simple name a person reads in labels: {@code AuthorCard}. */
  public String simpleName() {
    return String.join(".", type.simpleNames());
  }
}
