package dev.sheaf.examples.library;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * A DTO that compiles but whose collection's {@code where} names a column {@code book} does not
 * have: statement 2 of 3 fails at run time.
 */
@Projection(table = "author")
public record AuthorWithBrokenFilter(
    long id,
    @Aggregate(foreignKey = "author_id", where = "no_such_column = 1") List<BookTitle> books) {}
