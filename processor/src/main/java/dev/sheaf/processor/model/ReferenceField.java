package dev.sheaf.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * A to-one relation: the row of {@code target} whose key this row's {@code foreignKey} holds.
 *
 * @param optional the field is an {@code Optional} (else null stands for no row)
 */
public record ReferenceField(
    String name, TypeName type, String foreignKey, ProjectionModel target, boolean optional)
    implements Field {}
