package dev.sheaf.processor.plan;

import dev.sheaf.processor.model.CollectionField;

/** How many rows of each parent a collection keeps: all, a fixed number, or one given at load. */
public sealed interface TopN {
  TopN ALL = new All();

  /** Every row. */
  record All() implements TopN {}

  /** The first {@code limit} rows of each parent, in the collection's order. */
  record Fixed(int limit) implements TopN {}

  /** The first rows of each parent, as many as the load binds to {@code parameter}. */
  record GivenWhenLoading(String parameter) implements TopN {}

  static TopN of(CollectionField field) {
    if (!field.limitParameter().isEmpty()) {
      return new GivenWhenLoading(field.limitParameter());
    }
    return field.limit() > 0 ? new Fixed(field.limit()) : ALL;
  }
}
