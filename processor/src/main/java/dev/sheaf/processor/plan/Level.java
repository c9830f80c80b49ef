package dev.sheaf.processor.plan;

import com.palantir.javapoet.TypeName;
import dev.sheaf.runtime.internal.Select;
import java.util.List;

/**
 * One statement of a load and the rows it reads: the root, one collection or reference field,
 * or a tree or chain, at any depth. Each kind is a type of its own, with what that kind has.
 */
public sealed interface Level permits ProjectionLevel, FieldLevel {

  /** Its number in the load, 1 for the root, in the order the load runs them. */
  int statement();

  /** A lowerCamel name unique in the repository, such as {@code booksReviews}. */
  String name();

  /** The statement, in parts the runtime renders per database and kind of load. */
  Select select();

  /**
   * The Java type of the keys bound as {@code :keys}: a parent's key, or for a reference the
   * target's key; for the root, the root key type.
   */
  TypeName keyType();

  /** What each row holds, in column order. */
  Row row();

  /** The levels this one's rows lead to, one per collection or reference field. */
  default List<FieldLevel> children() {
    return List.of();
  }

  /** What a person reads in errors and Javadoc, such as {@code AuthorCard.books}. */
  default String label() {
    return select().label();
  }
}
