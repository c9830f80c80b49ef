package dev.sheaf.examples.tree;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.Set;

/** A category tree keyed by text, its subcategories a Set in the order of their names. */
@Projection(table = "category", key = "code")
public record Category(
    String code,
    String name,
    @Aggregate(foreignKey = "parent_code", orderBy = "name") Set<Category> subcategories) {}
