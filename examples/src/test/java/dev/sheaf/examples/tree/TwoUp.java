package dev.sheaf.examples.tree;

import dev.sheaf.Projection;
import dev.sheaf.Reference;
import java.util.Optional;

/** A member of staff with their boss and the boss's boss, no further. */
@Projection(table = "staff", key = "staff_no")
public record TwoUp(
    long staffNo,
    @Reference(foreignKey = "boss_no", depth = 2) Optional<TwoUp> boss) {}
