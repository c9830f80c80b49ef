package dev.sheaf.examples.realschema;

import java.util.List;
import java.util.Optional;

/**
 * What a load of the real-schema DTOs should cost. The full cost is 1 + the collection and
 * reference fields of the DTO tree, counted by hand here and checked against the repository's
 * {@code STATEMENTS}; a level that gets no rows skips its statement and those below it, so
 * the cost of one load follows from what the oracle returned.
 */
final class LoadCost {
  /** 1 + topBooks, topBooks.reviews, country, country.recentAuthorNames. */
  static final int AUTHOR_PAGE = 5;
  /** 1 + firstAuthorNames, recentAuthors, recentTags. */
  static final int BOOK_PAGE = 4;
  /** 1 + topSalesStaff, reports, manager. */
  static final int EMPLOYEE_PAGE = 4;

  private LoadCost() {}

  static int authors(List<AuthorPage> loaded) {
    if (loaded.isEmpty()) {
      return 1;
    }
    boolean books = loaded.stream().anyMatch(a -> !a.topBooks().isEmpty());
    boolean countries = loaded.stream().map(AuthorPage::country).anyMatch(Optional::isPresent);
    return 1 + 1 + (books ? 1 : 0) + (countries ? 2 : 0);
  }

  static int books(List<BookPage> loaded) {
    return loaded.isEmpty() ? 1 : BOOK_PAGE;
  }

  static int employees(List<EmployeePage> loaded) {
    if (loaded.isEmpty()) {
      return 1;
    }
    boolean managers = loaded.stream().map(EmployeePage::manager).anyMatch(Optional::isPresent);
    return 1 + 2 + (managers ? 1 : 0);
  }
}
