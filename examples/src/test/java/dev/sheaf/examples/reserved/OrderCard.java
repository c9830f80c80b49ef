package dev.sheaf.examples.reserved;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * A projection of a table named {@code order}, whose columns and related table are reserved
 * words on one database or another: {@code group} (all), {@code year} (H2), {@code key}
 * (H2, MariaDB), {@code value} (H2). The {@code where} is standard SQL with a quoted name.
 */
@Projection(table = "order")
public record OrderCard(
    long id,
    String group,
    int year,
    @Aggregate(table = "key", foreignKey = "order") int keyCount,
    @Aggregate(table = "key", foreignKey = "order", column = "value") List<String> values,
    @Aggregate(foreignKey = "order", where = "\"value\" <> 'skip'") List<KeyLine> keys) {}
