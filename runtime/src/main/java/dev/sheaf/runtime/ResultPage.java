package dev.sheaf.runtime;

import java.util.List;

/**
 * One page of a root query, complete, with the number of root rows its condition selects in
 * all, counted in the same transaction as the page, so the two agree.
 *
 * <pre>{@code
 * ResultPage<AuthorCard> first = authors.query().orderBy("name").limit(20).page();
 * ResultPage<AuthorCard> second = authors.query().orderBy("name").limit(20)
 *     .after(first.next()).page();
 * }</pre>
 *
 * @param items the page's rows, in the query's order
 * @param total how many root rows the query's condition selects, on every page together
 * @param hasNext whether rows may follow: the page is full (a last full page may be followed by
 *     an empty one when paging by cursor), and with an offset, ends before the total
 * @param next the cursor of the last row, for {@link RootQuery#after}; null when the page is
 *     empty, when the order is not one keyset pages can follow (columns, each ASC or DESC), or
 *     when the last row has a null in an order column
 */
public record ResultPage<T>(List<T> items, long total, boolean hasNext, String next) {
  public ResultPage {
    items = List.copyOf(items);
  }
}
