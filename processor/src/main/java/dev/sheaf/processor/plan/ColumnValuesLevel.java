package dev.sheaf.processor.plan;

import com.palantir.javapoet.TypeName;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.runtime.internal.Select;
import java.util.Objects;

/**
 * The values of a collection of one column, for the keys of the level above: each row is the
 * parent key and the value.
 *
 * @param keyType the parent's key type
 * @param topN how many values of each parent it keeps, cut in Java
 */
public record ColumnValuesLevel(int statement, String name, Select select, TypeName keyType,
    CollectionField field, Row row, TopN topN) implements CollectingLevel {

  public ColumnValuesLevel {
    Objects.requireNonNull(select, "select");
  }
}
