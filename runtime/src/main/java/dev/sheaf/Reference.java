package dev.sheaf;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A to-one relation: the row of the field's {@link Projection} type that this row's
 * {@link #foreignKey()} column points at. A null foreign key gives {@code null}, or
 * {@code Optional.empty()} when the field is an {@code Optional}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Reference {
  /**
   * The column of this row's table that holds the referenced row's key. It may be left out when
   * the build reads the schema ({@code -Asheaf.schema}) and exactly one FOREIGN KEY links the
   * two tables.
   */
  String foreignKey() default "";

  /**
   * For a chain, a reference to the field's own projection ({@code Employee manager} in
   * {@code Employee}): how many references up are loaded, 1 or more; the last row loaded has
   * {@code null} (or empty) there, even when its column holds a key. Default: up to the top.
   * Other fields ignore it.
   */
  int depth() default Aggregate.UNLIMITED;
}
