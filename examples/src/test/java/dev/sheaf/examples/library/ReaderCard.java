package dev.sheaf.examples.library;

import static dev.sheaf.Aggregate.Function.AVG;

import dev.sheaf.Aggregate;
import dev.sheaf.Column;
import dev.sheaf.Projection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A table keyed by {@code UUID}; the target of {@link ReviewLine}'s optional reader. */
@Projection(table = "reader")
public record ReaderCard(
    UUID id,
    @Column("handle") String nickname,
    LocalDateTime joined,
    @Aggregate(table = "review", foreignKey = "reader_id") int reviewCount,
    @Aggregate(table = "review", foreignKey = "reader_id", function = AVG, column = "stars")
        Double averageStars,
    // A scalar collection, DESC, top 2 per reader.
    @Aggregate(table = "review", foreignKey = "reader_id", column = "stars",
        orderBy = "stars DESC", limit = 2) List<Integer> topStars) {}
