package dev.sheaf.examples.tree;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/** Two levels of reports, whatever is under them; the count is every report's. */
@Projection(table = "staff", key = "staff_no")
public record TwoDown(
    long staffNo,
    @Aggregate(table = "staff", foreignKey = "boss_no") int reportCount,
    @Aggregate(foreignKey = "boss_no", depth = 2) List<TwoDown> reports) {}
