package dev.sheaf.examples.library;

import static dev.sheaf.Aggregate.Function.AVG;
import static dev.sheaf.Aggregate.Function.MAX;

import dev.sheaf.Aggregate;
import dev.sheaf.Column;
import dev.sheaf.Projection;
import dev.sheaf.Reference;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The second level under {@link AuthorProfile}: every column type the tests cover, aggregates
 * one-to-many and many-to-many, collections of both kinds, and a nullable reference.
 */
@Projection(table = "book")
public record BookCard(
    long id,
    String title,
    LocalDate published,
    int pages,
    BigDecimal price,
    Genre genre,
    Isbn isbn,
    @Column("in_print") boolean available,
    Instant added,
    @Aggregate(table = "review", foreignKey = "book_id") int reviewCount,
    @Aggregate(table = "review", foreignKey = "book_id", function = AVG, column = "stars")
        OptionalDouble averageStars,
    @Aggregate(table = "review", foreignKey = "book_id", function = MAX, column = "stars")
        Integer bestStars,
    // Many-to-many COUNT: the size of tags (same relation, no where, no limit).
    @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
        table = "tag") int tagCount,
    // Many-to-many COUNT with where.
    @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
        table = "tag", where = "featured") int featuredTagCount,
    // Many-to-many EXISTS with where.
    @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
        table = "tag", where = "tag.name LIKE 'c%'") boolean hasCTag,
    // The third level: several order columns, ties broken by the key.
    @Aggregate(foreignKey = "book_id", orderBy = "stars DESC, created") List<ReviewLine> reviews,
    // Many-to-many scalar Set.
    @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
        table = "tag", column = "name") Set<String> tagNames,
    // Many-to-many projection List, DESC on a column with ties.
    @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
        orderBy = "name DESC") List<TagLabel> tags,
    @Reference(foreignKey = "publisher_id") PublisherCard publisher) {}
