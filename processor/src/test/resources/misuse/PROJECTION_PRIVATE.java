package misuse;

import dev.sheaf.Projection;

class Shelf {
  /** The repository, a top-level class, cannot see it. */
  @Projection(table = "author")
  private record Author(long id, String name) {} // error
}
