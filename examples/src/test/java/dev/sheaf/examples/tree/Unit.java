package dev.sheaf.examples.tree;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/** The heads of a unit (no boss), each with the whole chart under them: a tree one level down. */
@Projection(table = "unit", key = "unit_id")
public record Unit(
    long unitId,
    String label,
    @Aggregate(foreignKey = "unit_id", where = "boss_no IS NULL") List<Staff> heads) {}
