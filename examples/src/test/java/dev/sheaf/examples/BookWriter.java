package dev.sheaf.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Inserts books for the authors and deletes the ones it inserted, chosen at random, one change
 * per transaction on a connection of its own, until stopped: the concurrent writer of the
 * consistency tests. Its ids start at 1,000,000, above the ones {@link ArticleSchema#fill} gives,
 * so some changes alter an author's greatest id.
 */
public final class BookWriter implements Runnable {
  /** How long a load waits for the writer's next commit. */
  public static final long COMMIT_WAIT_MILLIS = 5_000;

  /** Where the writer's connection comes from: the database, or a replica pair's primary. */
  @FunctionalInterface
  public interface Connect {
    Connection open() throws SQLException;
  }

  private final Connect connect;
  private final List<Long> authors;
  private volatile boolean stopped;
  private long commits;
  private Throwable failure;

  public BookWriter(Connect connect, List<Long> authors) {
    this.connect = connect;
    this.authors = authors;
  }

  /** Null when each author's count and greatest id agree with the books loaded; else how not. */
  public static String disagreement(List<AuthorBookTally> authors) {
    for (AuthorBookTally author : authors) {
      List<Book> books = author.books();
      Long last = books.isEmpty() ? null : books.get(books.size() - 1).id();
      if (author.bookCount() != books.size() || !Objects.equals(author.lastBookId(), last)) {
        return "author " + author.id() + " has bookCount " + author.bookCount()
            + " and lastBookId " + author.lastBookId() + ", but " + books.size()
            + " books, the last " + last;
      }
    }
    return null;
  }

  /** Null when each author's count, greatest id, books and ids agree; else how not. */
  public static String disagreementOfSides(List<AuthorBookSides> authors) {
    for (AuthorBookSides author : authors) {
      List<Long> ids = author.books().stream().map(Book::id).toList();
      Long last = ids.isEmpty() ? null : ids.get(ids.size() - 1);
      if (author.bookCount() != ids.size() || !Objects.equals(author.lastBookId(), last)
          || !ids.equals(author.bookIds())) {
        return "author " + author.id() + " has bookCount " + author.bookCount()
            + " and lastBookId " + author.lastBookId() + ", books " + ids + ", ids "
            + author.bookIds();
      }
    }
    return null;
  }

  @Override
  public void run() {
    Random random = new Random(17);
    Map<Long, List<Long>> inserted = new HashMap<>();
    long nextId = 1_000_000;
    try (Connection connection = connect.open();
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO book (id, author_id, title) VALUES (?, ?, ?)");
        PreparedStatement delete = connection.prepareStatement("DELETE FROM book WHERE id = ?")) {
      connection.setAutoCommit(false);
      while (!stopped) {
        long author = authors.get(random.nextInt(authors.size()));
        List<Long> mine = inserted.computeIfAbsent(author, a -> new ArrayList<>());
        if (!mine.isEmpty() && (mine.size() >= 4 || random.nextBoolean())) {
          delete.setLong(1, mine.remove(random.nextInt(mine.size())));
          delete.executeUpdate();
        } else {
          long id = nextId++;
          insert.setLong(1, id);
          insert.setLong(2, author);
          insert.setString(3, "Book " + id + " by author " + author);
          insert.executeUpdate();
          mine.add(id);
        }
        connection.commit();
        committed();
      }
    } catch (SQLException | RuntimeException e) {
      failed(e);
    }
  }

  public void stop() {
    stopped = true;
  }

  public synchronized long commits() {
    return commits;
  }

  public synchronized Throwable failure() {
    return failure;
  }

  /** Whether the writer has made {@code count} commits, waiting at most {@code millis}. */
  public synchronized boolean awaitCommits(long count, long millis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    try {
      while (commits < count && failure == null && !stopped) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          break;
        }
        wait(left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return commits >= count;
  }

  private synchronized void committed() {
    commits++;
    notifyAll();
  }

  private synchronized void failed(Throwable e) {
    failure = e;
    notifyAll();
  }
}
