package dev.sheaf.processor.model;

import com.palantir.javapoet.TypeName;

/** One component of a projection, in constructor order. */
public sealed interface Field permits ColumnField, AggregateField, CollectionField, ReferenceField {
  /** The component or field name. */
  String name();

  /** The declared Java type. */
  TypeName type();
}
