package dev.sheaf.examples.tree;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * The first three active reports by name, descending, at every level: an inactive member of
 * staff is left out with everyone under them, and so is everyone under a cut report.
 */
@Projection(table = "staff", key = "staff_no")
public record ActiveTop(
    long staffNo,
    String name,
    @Aggregate(foreignKey = "boss_no", where = "active = 1", orderBy = "name DESC", limit = 3)
    List<ActiveTop> reports) {}
