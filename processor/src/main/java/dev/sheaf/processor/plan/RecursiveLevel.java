package dev.sheaf.processor.plan;

import com.palantir.javapoet.TypeName;

/**
 * Rows of the level above's own projection, at every depth, in one recursive statement: a tree
 * under its rows or a chain above them. It has no levels of its own; the level above loads its
 * other collections and references for these rows too, and builds them.
 */
public sealed interface RecursiveLevel extends ProjectionLevel, FieldLevel
    permits TreeLevel, ChainLevel {

  /** The projection's key type: the keys of the level above's rows, or those they reference. */
  @Override
  default TypeName keyType() {
    return projection().key().type();
  }

  /** The level above builds these rows; no level below reads anything whole for them. */
  @Override
  default EveryRow everyRow() {
    return EveryRow.NEVER;
  }
}
