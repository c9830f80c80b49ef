package dev.sheaf;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value computed from related rows: a count, sum, average, minimum, maximum, existence, or
 * the related rows themselves (a {@code List} or {@code Set}).
 *
 * <p>Rows are related one-to-many ({@link #table()} holds {@link #foreignKey()}, pointing at this
 * row's key) or many-to-many ({@link #through()} holds {@link #foreignKey()} and
 * {@link #inverseForeignKey()}, the latter pointing at the key of {@link #table()}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Aggregate {
  /** The default {@link #depth()}: every level of a tree, however deep. */
  int UNLIMITED = Integer.MAX_VALUE;

  /** What to compute over the related rows. */
  enum Function {
    /**
     * Decided by the field's type: a {@code List} or {@code Set} collects, {@code boolean} is
     * {@link #EXISTS}, {@code int} or {@code long} (boxed too) is {@link #COUNT}.
     */
    AUTO,
    /** The related rows (or one column of them) as a {@code List} or {@code Set}. */
    COLLECT,
    /** The number of related rows. */
    COUNT,
    /** The number of distinct non-null values of {@link Aggregate#column()}. */
    COUNT_DISTINCT,
    /** The sum of {@link Aggregate#column()}; 0 into a primitive, null into a boxed type. */
    SUM,
    /** The average of {@link Aggregate#column()}; null or empty when there are no rows. */
    AVG,
    /** The least value of {@link Aggregate#column()}; null or empty when there are no rows. */
    MIN,
    /** The greatest value of {@link Aggregate#column()}; null or empty when there are no rows. */
    MAX,
    /** Whether any related row exists. */
    EXISTS
  }

  /** What to compute; {@link Function#AUTO} decides from the field's type. */
  Function function() default Function.AUTO;

  /**
   * The related table; for a collection of a {@link Projection} type it defaults to that
   * projection's table.
   */
  String table() default "";

  /** The column, in {@link #table()} (or in {@link #through()}), that holds this row's key. */
  String foreignKey() default "";

  /** Many-to-many: the junction table. */
  String through() default "";

  /** Many-to-many: the column of {@link #through()} that holds the related row's key. */
  String inverseForeignKey() default "";

  /**
   * Many-to-many: the key column of {@link #table()} that {@link #inverseForeignKey()} holds;
   * default: the element projection's key, else {@code "id"}.
   */
  String targetKey() default "";

  /**
   * A path through more than one table to the related rows, instead of {@link #foreignKey()},
   * {@link #through()}, {@link #inverseForeignKey()} and {@link #targetKey()}: first
   * {@code "table.column"}, the column that holds this row's key; then one join per table,
   * {@code "previous.column = next.column"}, each starting from the table before it. The last
   * table is the related one ({@link #table()}, which may be left out). A film's payments:
   *
   * <pre>{@code
   * path = {"inventory.film_id",
   *         "inventory.inventory_id = rental.inventory_id",
   *         "rental.rental_id = payment.rental_id"}
   * }</pre>
   */
  String[] path() default {};

  /** The related column that SUM/AVG/MIN/MAX/COUNT_DISTINCT read, or a scalar collection's element. */
  String column() default "";

  /** An SQL condition on the related rows; a constant, so values are never concatenated in. */
  String where() default "";

  /** The order of collected elements; default: the element's key (or value) ascending. */
  String orderBy() default "";

  /** At most this many elements per row (top-N per group); 0 means all. */
  int limit() default 0;

  /**
   * The call-time parameter that gives {@link #limit()} when loading, instead of a fixed number:
   * {@code limitParameter = "n"}, bound as {@code repository.bind("n", 3)}; a positive whole
   * number.
   */
  String limitParameter() default "";

  /**
   * For a tree, a collection of the field's own projection ({@code List<Employee> reports} in
   * {@code Employee}): how many levels below each row are loaded, 1 or more; the elements at the
   * last level have empty collections. Default: every level. Other fields ignore it.
   */
  int depth() default UNLIMITED;
}
