package misuse;

import dev.sheaf.Projection;

/** An abstract class cannot be constructed. */
@Projection(table = "author")
abstract class AbstractAuthor { // error
  final long id;

  AbstractAuthor(long id) {
    this.id = id;
  }
}
