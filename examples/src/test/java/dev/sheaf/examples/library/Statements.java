package dev.sheaf.examples.library;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a load should cost. The full cost of each repository is counted by hand from its DTO
 * tree (1 + collection and reference fields, at every depth) and checked against the
 * repository's {@code STATEMENTS}. A load whose level gets no rows skips that level's statement and
 * those below it, so the cost of one load follows from what the oracle returned. Public for the
 * replica suite, which loads the same graphs.
 */
public final class Statements {
  /**
   * 1 + latestBooks, reviews, comments, reader, topStars, tagNames, tags, publisher, lastTitles,
   * mentees, genres, homeCountry, authorNames, publishers, authors.
   */
  public static final int AUTHOR_PROFILE = 16;
  /** 1 + reviews, comments, reader, topStars, tagNames, tags, publisher, lastTitles. */
  public static final int BOOK_CARD = 9;
  /** 1 + titles, recentBooks, recentBooks' author. */
  public static final int TAG_CARD = 4;
  /** 1 + authorNames, publishers, authors. */
  public static final int COUNTRY_CARD = 4;
  /** 1 + topStars. */
  public static final int READER_CARD = 2;
  /** 1 + lastTitles. */
  public static final int PUBLISHER_CARD = 2;
  /** 1 + comments, reader, topStars. */
  public static final int REVIEW_LINE = 4;

  private Statements() {}

  public static int authors(List<AuthorProfile> loaded) {
    return 1 + belowAuthors(loaded);
  }

  public static int books(List<BookCard> loaded) {
    return 1 + belowBooks(loaded);
  }

  public static int tags(List<TagCard> loaded) {
    return 1 + (loaded.isEmpty() ? 0 : 2 + reference(flat(loaded, TagCard::recentBooks)));
  }

  public static int countries(List<CountryCard> loaded) {
    return 1 + belowCountries(loaded);
  }

  public static int readers(List<ReaderCard> loaded) {
    return 1 + below(loaded, 1);
  }

  public static int publishers(List<PublisherCard> loaded) {
    return 1 + below(loaded, 1);
  }

  private static int belowAuthors(List<AuthorProfile> authors) {
    if (authors.isEmpty()) {
      return 0;
    }
    List<CountryCard> countries = present(authors, AuthorProfile::homeCountry);
    return 1 + belowBooks(flat(authors, AuthorProfile::latestBooks))
        + 1 + 1
        + (countries.isEmpty() ? 0 : 1 + belowCountries(countries));
  }

  private static int belowBooks(List<BookCard> books) {
    if (books.isEmpty()) {
      return 0;
    }
    List<PublisherCard> publishers =
        books.stream().map(BookCard::publisher).filter(p -> p != null).toList();
    return 1 + belowReviews(flat(books, BookCard::reviews))
        + 1 + 1
        + (publishers.isEmpty() ? 0 : 1 + below(publishers, 1));
  }

  private static int belowReviews(List<ReviewLine> reviews) {
    if (reviews.isEmpty()) {
      return 0;
    }
    List<ReaderCard> readers = present(reviews, ReviewLine::reader);
    return 1 + (readers.isEmpty() ? 0 : 1 + below(readers, 1));
  }

  private static int belowCountries(List<CountryCard> countries) {
    return below(countries, 3);
  }

  /** A reference that is never null: its statement runs when there are rows above. */
  private static int reference(List<BookTitle> titles) {
    return titles.isEmpty() ? 0 : 1;
  }

  /** A level whose children are {@code collections} collections with nothing below them. */
  private static int below(Collection<?> rows, int collections) {
    return rows.isEmpty() ? 0 : collections;
  }

  private static <P, C> List<C> flat(List<P> parents, Function<P, ? extends Collection<C>> children) {
    return parents.stream().flatMap(p -> children.apply(p).stream()).toList();
  }

  private static <P, C> List<C> present(List<P> parents, Function<P, Optional<C>> reference) {
    return parents.stream().map(reference).flatMap(Optional::stream).toList();
  }
}
