package dev.sheaf.examples.tree;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import dev.sheaf.Reference;
import java.util.List;

/** A member of staff with their boss, the boss's boss, and so on up to the top; and duties. */
@Projection(table = "staff", key = "staff_no")
public record Boss(
    long staffNo,
    String name,
    @Reference(foreignKey = "boss_no") Boss boss,
    @Aggregate(foreignKey = "staff_no") List<Duty> duties) {}
