package misuse;

import dev.sheaf.Projection;

/** A double cannot be a key. */
@Projection(table = "measurement")
record Measurement(
    double id, // error
    String unit) {}
