package dev.sheaf.examples.library;

import dev.sheaf.Aggregate;
import dev.sheaf.Column;
import dev.sheaf.Projection;
import dev.sheaf.Reference;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Field names that are also the names the generated code gives its own locals, parameters and
 * fields: the repository must still compile and read each into the right place.
 */
@Projection(table = "author")
public record TrickyNames(
    long id,
    @Column("name") String rs,
    @Column("born") java.time.LocalDate ctx,
    @Aggregate(table = "book", foreignKey = "author_id") long load,
    @Aggregate(foreignKey = "author_id") List<BookTitle> rows,
    @Aggregate(table = "book", foreignKey = "author_id", column = "title") List<String> keys,
    @Aggregate(table = "book", foreignKey = "author_id", column = "genre") Set<Genre> row,
    @Aggregate(table = "book", foreignKey = "author_id", column = "pages") List<Integer> built,
    @Aggregate(table = "book", foreignKey = "author_id", column = "isbn") List<Isbn> rowKeys,
    @Reference(foreignKey = "country_code") Optional<CountryName> loader,
    @Aggregate(table = "author", foreignKey = "mentor_id") int method,
    @Aggregate(foreignKey = "mentor_id") List<AuthorName> given) {}
