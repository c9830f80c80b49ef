package misuse;

import dev.sheaf.Projection;

class Library {
  /** An inner class needs an enclosing instance. */
  @Projection(table = "author")
  class Author { // error
    final long id;

    Author(long id) {
      this.id = id;
    }
  }
}
