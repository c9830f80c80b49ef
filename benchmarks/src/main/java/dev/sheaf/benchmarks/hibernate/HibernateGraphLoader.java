package dev.sheaf.benchmarks.hibernate;

import dev.sheaf.benchmarks.AuthorGraph;
import dev.sheaf.benchmarks.BookGraph;
import dev.sheaf.benchmarks.GraphLoader;
import dev.sheaf.benchmarks.ReviewGraph;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate 6 as its guide recommends for reading a whole graph without N+1: immutable entities,
 * every collection fetched by subselect ({@code @Fetch(SUBSELECT)}: one statement per collection
 * for all the owners the query loaded), a read-only session and query, no flush; then the
 * entities copied into the records. Four statements, in one read-only REPEATABLE READ
 * transaction. The book count is the size of the fetched book list: a {@code @Formula} count
 * would add a correlated subquery per author for a number the load already has.
 */
public final class HibernateGraphLoader implements GraphLoader {
  static {
    // Hibernate logs through JBoss Logging, which would pick java.util.logging and print INFO
    // lines; through SLF4J they reach the benchmarks' no-op binding.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
  }

  private final SessionFactory sessions;

  /** Boots Hibernate on {@code dataSource}, the dialect detected from its connections. */
  public HibernateGraphLoader(DataSource dataSource) {
    Configuration configuration = new Configuration()
        .addAnnotatedClass(AuthorEntity.class)
        .addAnnotatedClass(BookEntity.class)
        .addAnnotatedClass(ReviewEntity.class)
        .addAnnotatedClass(TagEntity.class)
        // One connection from the session's first use to its end: isolation and read-only are
        // set on it before the transaction begins.
        .setProperty(AvailableSettings.CONNECTION_HANDLING, "DELAYED_ACQUISITION_AND_HOLD")
        .setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
    configuration.getProperties().put(AvailableSettings.DATASOURCE, dataSource);
    this.sessions = configuration.buildSessionFactory();
  }

  @Override
  public List<AuthorGraph> load() {
    try (Session session = sessions.openSession()) {
      session.setDefaultReadOnly(true);
      session.setHibernateFlushMode(FlushMode.MANUAL);
      session.doWork(connection -> {
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      });
      Transaction transaction = session.beginTransaction();
      try {
        List<AuthorGraph> authors = toGraphs(session
            .createSelectionQuery("from AuthorEntity a order by a.id", AuthorEntity.class)
            .setReadOnly(true)
            .getResultList());
        transaction.commit();
        return authors;
      } catch (RuntimeException e) {
        transaction.rollback();
        throw e;
      }
    }
  }

  /** Copies the entities; the first book, review and tag list touched runs its subselect. */
  private static List<AuthorGraph> toGraphs(List<AuthorEntity> entities) {
    List<AuthorGraph> authors = new ArrayList<>(entities.size());
    for (AuthorEntity author : entities) {
      List<BookGraph> books = new ArrayList<>(author.getBooks().size());
      for (BookEntity book : author.getBooks()) {
        List<ReviewGraph> reviews = new ArrayList<>(book.getReviews().size());
        for (ReviewEntity review : book.getReviews()) {
          reviews.add(new ReviewGraph(review.getId(), review.getRating(), review.getText()));
        }
        List<String> tags = new ArrayList<>(book.getTags().size());
        for (TagEntity tag : book.getTags()) {
          tags.add(tag.getName());
        }
        books.add(new BookGraph(book.getId(), book.getTitle(), reviews, tags));
      }
      authors.add(new AuthorGraph(author.getId(), author.getName(), books.size(), books));
    }
    return authors;
  }

  @Override
  public void close() {
    sessions.close();
  }
}
