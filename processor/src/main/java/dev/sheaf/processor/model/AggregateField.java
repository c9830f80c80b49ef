package dev.sheaf.processor.model;

import com.palantir.javapoet.TypeName;
import dev.sheaf.Aggregate;

/**
 * A scalar computed from related rows: COUNT, COUNT_DISTINCT, SUM, AVG, MIN, MAX or EXISTS.
 *
 * @param column the related column read; empty for COUNT(*) and EXISTS
 * @param where an SQL condition on the related rows; empty for none
 */
public record AggregateField(
    String name, TypeName type, Aggregate.Function function, Relation relation, String column,
    String where) implements Field {}
