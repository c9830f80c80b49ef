package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.math.BigDecimal;

/** The second join starts from inventory, but the table before it is rental. */
@Projection(table = "film", key = "film_id")
record Film(
    long filmId,
    @Aggregate(function = Aggregate.Function.SUM, column = "amount",
        path = {"inventory.film_id", "inventory.inventory_id = rental.inventory_id", // error
            "inventory.rental_id = payment.rental_id"})
    BigDecimal revenue) {}
