package dev.sheaf.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A valid projection: a DTO type, the table it projects, its key and its fields in constructor
 * order.
 *
 * @param orderBy the default order of root loads, SQL; empty for the key
 */
public record ProjectionModel(
    ClassName type, String table, ColumnField key, String orderBy, List<Field> fields) {

  public ProjectionModel {
    fields = List.copyOf(fields);
  }

  /** The simple name a person reads in labels: {@code AuthorCard}. */
  public String simpleName() {
    return String.join(".", type.simpleNames());
  }
}
