package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/** A comment thread loaded zero levels down. */
@Projection(table = "comment")
record Comment(
    long id,
    String body,
    @Aggregate(foreignKey = "reply_to",
        depth = 0) // error
    List<Comment> replies) {}
