package misuse;

import dev.sheaf.Projection;

/** The only constructor takes the fields in the wrong order. */
@Projection(table = "author")
final class Author { // error
  final long id;
  final String name;

  Author(String name, long id) {
    this.id = id;
    this.name = name;
  }
}
