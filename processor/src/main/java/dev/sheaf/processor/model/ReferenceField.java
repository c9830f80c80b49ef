package dev.sheaf.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * A to-one relation: the row of {@code target} whose key this row's {@code foreignKey} holds.
 *
 * @param target the referenced projection; null for a chain, whose target is the projection
 *     that holds the field
 * @param optional the field is an {@code Optional} (else null stands for no row)
 * @param chain for a reference to the projection that holds it, how far up it is loaded; null
 *     for any other
 */
public record ReferenceField(
    String name, TypeName type, String foreignKey, ProjectionModel target, boolean optional,
    Chain chain) implements Field {

  /** A reference to another projection. */
  public ReferenceField(
      String name, TypeName type, String foreignKey, ProjectionModel target, boolean optional) {
    this(name, type, foreignKey, target, optional, null);
  }

  /**
   * A reference to the projection that holds it, loaded up to the top, or {@code depth}
   * references up (0: to the top).
   */
  public record Chain(int depth) {}
}
