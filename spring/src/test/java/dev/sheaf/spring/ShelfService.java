package dev.sheaf.spring;

import static dev.sheaf.test.StatementAssertions.assertStatements;

import dev.sheaf.spring.shelves.Shelf;
import dev.sheaf.spring.shelves.ShelfRepository;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Loads inside Spring-managed transactions, as an application's service would run them. */
public class ShelfService {
  /** What a transaction saw: its load, and the connection it ran on. */
  record Seen(Optional<Shelf> loaded, Connection transactionConnection) {}

  private final ShelfRepository shelves;
  private final Jdbi jdbi;
  private final JdbcTemplate jdbc;
  private final DataSource dataSource;

  ShelfService(ShelfRepository shelves, Jdbi jdbi, JdbcTemplate jdbc, DataSource dataSource) {
    this.shelves = shelves;
    this.jdbi = jdbi;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  /** Writes a shelf with two volumes through Spring's JDBC and Jdbi, then loads it, uncommitted. */
  @Transactional
  public Seen addShelfThenLoad(long shelfNo, Runnable beforeCommit) {
    jdbc.update("INSERT INTO shelf (shelf_no, label) VALUES (?, ?)", shelfNo, "New " + shelfNo);
    jdbc.update("INSERT INTO volume (volume_no, shelf_no, label) VALUES (?, ?, ?)",
        shelfNo * 1000, shelfNo, "A new volume");
    jdbi.useHandle(handle -> handle.execute(
        "INSERT INTO volume (volume_no, shelf_no, label) VALUES (?, ?, ?)",
        shelfNo * 1000 + 1, shelfNo, "B new volume"));
    Optional<Shelf> loaded =
        assertStatements(jdbi, ShelfRepository.STATEMENTS, () -> shelves.findById(shelfNo));
    Seen seen = new Seen(loaded, DataSourceUtils.getConnection(dataSource));
    beforeCommit.run();
    return seen;
  }

  /** Two loads, with {@code between} run between them, in one snapshot. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public List<List<Shelf>> twoLoadsInOneSnapshot(Runnable between) {
    List<Shelf> first = assertStatements(jdbi, ShelfRepository.STATEMENTS, shelves::findAll);
    between.run();
    List<Shelf> second = assertStatements(jdbi, ShelfRepository.STATEMENTS, shelves::findAll);
    return List.of(first, second);
  }

  @Transactional
  public List<Shelf> loadInTransaction() {
    return shelves.findAll();
  }
}
