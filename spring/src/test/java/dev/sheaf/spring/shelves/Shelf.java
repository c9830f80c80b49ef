package dev.sheaf.spring.shelves;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * A shelf with its volumes: keys not named {@code id}, {@code shelf_no} and {@code label} on
 * both sides of the relation, and volumes whose shelf may be null.
 */
@Projection(table = "shelf", key = "shelf_no")
public record Shelf(
    long shelfNo,
    String label,
    @Aggregate(table = "volume", foreignKey = "shelf_no", where = "label LIKE 'A%'") long aVolumes,
    @Aggregate(foreignKey = "shelf_no") List<Volume> volumes) {}
