package misuse;

import dev.sheaf.Projection;
import java.util.Map;

/** A column holds one value, not a map. */
@Projection(table = "author")
record Author(
    long id,
    Map<String, String> attributes) {} // error
