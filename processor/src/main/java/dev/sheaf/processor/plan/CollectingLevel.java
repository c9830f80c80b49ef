package dev.sheaf.processor.plan;

import dev.sheaf.processor.model.CollectionField;

/** A level that collects, for each row above, its related rows or values into a List or Set. */
public sealed interface CollectingLevel extends FieldLevel
    permits CollectionLevel, ColumnValuesLevel {

  @Override
  CollectionField field();

  /** How many rows of each parent it keeps, cut in Java. */
  TopN topN();
}
