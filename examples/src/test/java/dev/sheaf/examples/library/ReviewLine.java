package dev.sheaf.examples.library;

import dev.sheaf.Aggregate;
import dev.sheaf.Column;
import dev.sheaf.Projection;
import dev.sheaf.Reference;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The third level under {@link AuthorProfile}, written as a class with an all-fields constructor
 * rather than a record: aggregates, a scalar collection and an {@code Optional} reference.
 */
@Projection(table = "review")
public final class ReviewLine {
  private final long id;
  private final int stars;
  private final String body;
  private final Instant created;
  @Column("reader_id")
  private final UUID readerId;
  // The size of comments (same relation, no where, no limit).
  @Aggregate(table = "comment", foreignKey = "review_id")
  private final long commentCount;
  // EXISTS with a where that holds '<', which Jdbi's default templating would mangle.
  @Aggregate(table = "comment", foreignKey = "review_id", where = "CHAR_LENGTH(body) < 12")
  private final boolean hasShortComment;
  // A scalar collection, newest first; comments often share a timestamp.
  @Aggregate(table = "comment", foreignKey = "review_id", column = "body", orderBy = "posted DESC")
  private final List<String> comments;
  @Reference(foreignKey = "reader_id")
  private final Optional<ReaderCard> reader;

  public ReviewLine(long id, int stars, String body, Instant created, UUID readerId,
      long commentCount, boolean hasShortComment, List<String> comments,
      Optional<ReaderCard> reader) {
    this.id = id;
    this.stars = stars;
    this.body = body;
    this.created = created;
    this.readerId = readerId;
    this.commentCount = commentCount;
    this.hasShortComment = hasShortComment;
    this.comments = comments;
    this.reader = reader;
  }

  public long id() {
    return id;
  }

  public UUID readerId() {
    return readerId;
  }

  public List<String> comments() {
    return comments;
  }

  public Optional<ReaderCard> reader() {
    return reader;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReviewLine other
        && id == other.id
        && stars == other.stars
        && Objects.equals(body, other.body)
        && Objects.equals(created, other.created)
        && Objects.equals(readerId, other.readerId)
        && commentCount == other.commentCount
        && hasShortComment == other.hasShortComment
        && Objects.equals(comments, other.comments)
        && Objects.equals(reader, other.reader);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, stars, body, created, readerId, commentCount, hasShortComment,
        comments, reader);
  }

  @Override
  public String toString() {
    return "ReviewLine[id=" + id + ", stars=" + stars + ", body=" + body + ", created=" + created
        + ", readerId=" + readerId + ", commentCount=" + commentCount
        + ", hasShortComment=" + hasShortComment + ", comments=" + comments
        + ", reader=" + reader + "]";
  }
}
