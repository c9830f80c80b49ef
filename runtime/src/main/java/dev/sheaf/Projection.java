package dev.sheaf;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or class as a projection of one table; the build generates a
 * {@code <Name>Repository} that loads it, complete, in a fixed number of statements.
 *
 * <p>Every component (or field) is a column of {@link #table()} unless it carries
 * {@link Aggregate} or {@link Reference}. Columns are named in lower_snake_case of the field name
 * unless {@link Column} says otherwise.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Projection {
  /** The table this DTO projects. */
  String table();

  /** The key column; a field must map it. */
  String key() default "id";

  /** SQL order of the rows a root load returns; default: the key ascending. */
  String orderBy() default "";
}
