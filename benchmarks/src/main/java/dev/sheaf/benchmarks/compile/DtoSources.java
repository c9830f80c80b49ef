package dev.sheaf.benchmarks.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the compile-time benchmark's input: {@code count} {@code @Projection} records over the
 * demo schema, in families of five shapes that use every kind of field Sheaf has (columns,
 * counts, sums, averages, maxima, existence, collections nested three deep, a top-N, a
 * many-to-many of scalars as a list and as a set, to-one references). Every record gets a
 * repository from the processor.
 *
 * <pre>
 * java -cp benchmarks/target/classes dev.sheaf.benchmarks.compile.DtoSources 300 out/src
 * </pre>
 */
public final class DtoSources {
  static final String PACKAGE = "bench.dtos";
  private static final int FAMILY = 5;

  private DtoSources() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: DtoSources <count, a multiple of " + FAMILY + "> <folder>");
      System.exit(2);
    }
    int count = Integer.parseInt(args[0]);
    if (count <= 0 || count % FAMILY != 0) {
      throw new IllegalArgumentException("count must be a positive multiple of " + FAMILY);
    }
    Path folder = Files.createDirectories(Path.of(args[1]).resolve(PACKAGE.replace('.', '/')));
    for (int family = 1; family <= count / FAMILY; family++) {
      for (Map.Entry<String, String> source : family(family).entrySet()) {
        Files.writeString(folder.resolve(source.getKey() + ".java"), source.getValue());
      }
    }
    System.out.println("wrote " + count + " DTOs in " + folder);
  }

  /** The five records of family {@code n}, by class name. */
  static Map<String, String> family(int n) {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("ReviewLine" + n, record("review", "ReviewLine" + n, """
            long id,
            int rating,
            String text"""));
    sources.put("AuthorName" + n, record("author", "AuthorName" + n, """
            long id,
            String name"""));
    sources.put("BookCard" + n, record("book", "BookCard" + n, """
            long id,
            String title,
            @Aggregate(table = "review", foreignKey = "book_id") int reviewCount,
            @Aggregate(table = "review", foreignKey = "book_id", function = Aggregate.Function.AVG,
                column = "rating") Double averageRating,
            @Aggregate(foreignKey = "book_id", orderBy = "rating DESC") List<ReviewLine%1$d> reviews,
            @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
                table = "tag", column = "name") List<String> tags,
            @Reference(foreignKey = "author_id") AuthorName%1$d author""".formatted(n)));
    sources.put("AuthorShelf" + n, record("author", "AuthorShelf" + n, """
            long id,
            String name,
            @Aggregate(table = "book", foreignKey = "author_id") long bookCount,
            @Aggregate(table = "book", foreignKey = "author_id", where = "title LIKE 'B%%'")
                boolean hasTitleInB,
            @Aggregate(foreignKey = "author_id", orderBy = "title", limit = 3)
                List<BookCard%1$d> firstBooks""".formatted(n)));
    sources.put("ReviewedBook" + n, record("book", "ReviewedBook" + n, """
            long id,
            @Column("title") String heading,
            @Aggregate(table = "review", foreignKey = "book_id", function = Aggregate.Function.MAX,
                column = "rating") Integer bestRating,
            @Aggregate(table = "review", foreignKey = "book_id", function = Aggregate.Function.SUM,
                column = "rating") long ratingSum,
            @Aggregate(table = "review", foreignKey = "book_id", where = "rating = 5")
                boolean hasFiveStars,
            @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
                table = "tag", column = "name") Set<String> tags"""));
    return sources;
  }

  private static String record(String table, String name, String components) {
    return """
        package %s;

        import dev.sheaf.Aggregate;
        import dev.sheaf.Column;
        import dev.sheaf.Projection;
        import dev.sheaf.Reference;
        import java.util.List;
        import java.util.Set;

        @Projection(table = "%s")
        public record %s(
        %s) {}
        """.formatted(PACKAGE, table, name, components);
  }
}
