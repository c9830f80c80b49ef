package misuse;

import dev.sheaf.Projection;

/** An interface cannot be constructed. */
@Projection(table = "author")
interface AuthorView { // error
  long id();
}
