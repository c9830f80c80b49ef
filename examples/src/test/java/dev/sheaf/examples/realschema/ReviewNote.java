package dev.sheaf.examples.realschema;

import dev.sheaf.Projection;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A review, keyed by {@code review_id}, under {@link BookLine#reviews()}. */
@Projection(table = "review", key = "review_id")
public record ReviewNote(
    long reviewId, int rating, BigDecimal score, String name, LocalDateTime lastUpdate) {}
