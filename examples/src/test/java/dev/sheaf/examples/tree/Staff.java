package dev.sheaf.examples.tree;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * An org chart to any depth: every report of a member of staff, and theirs, and so on, each
 * with their duties. The key is not {@code id}, and {@code duty} names its foreign key as
 * {@code staff} names its key.
 */
@Projection(table = "staff", key = "staff_no")
public record Staff(
    long staffNo,
    String name,
    @Aggregate(table = "staff", foreignKey = "boss_no") int reportCount,
    @Aggregate(foreignKey = "boss_no", orderBy = "name") List<Staff> reports,
    @Aggregate(foreignKey = "staff_no") List<Duty> duties) {}
