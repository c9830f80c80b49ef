package dev.sheaf.processor.plan;

import dev.sheaf.processor.model.Field;

/**
 * A level below another that loads one of its fields: a collection, a reference, a tree or a
 * chain.
 */
public sealed interface FieldLevel extends Level
    permits CollectingLevel, ReferenceLevel, RecursiveLevel {

  /** The field of the level above's projection this level loads. */
  Field field();
}
