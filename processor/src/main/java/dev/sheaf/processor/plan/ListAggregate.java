package dev.sheaf.processor.plan;

import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.ColumnField;

/**
 * An aggregate of exactly the rows {@code collection} holds (same relation, no where, no
 * limit): a COUNT, which is its size, or an AVG of {@code element}, a column each element
 * reads. Java computes it from the collection, so no SQL does.
 *
 * @param element the element's field the AVG reads; null for a COUNT
 */
public record ListAggregate(
    AggregateField aggregate, CollectionField collection, ColumnField element) {}
