package dev.sheaf.benchmarks;

import dev.sheaf.benchmarks.hibernate.HibernateGraphLoader;
import java.util.Locale;

/**
 * The ways the benchmark loads the same {@link AuthorGraph}s, by the names it reports: the six
 * the issue compares, and hand-written JDBC by key sets, to show what Sheaf's plan for a load of
 * every author saves.
 */
public enum LoaderKind {
  NAIVE("naive", "naive N+1 loop (Jdbi)") {
    @Override
    public GraphLoader open(GraphFixture fixture) {
      return new NaiveGraphLoader(fixture.jdbi());
    }
  },
  SHEAF("sheaf", "Sheaf AuthorGraphRepository") {
    @Override
    public GraphLoader open(GraphFixture fixture) {
      return new AuthorGraphRepository(fixture.jdbi())::findAll;
    }
  },
  /** The practical limit: the four statements Sheaf's findAll runs, written by hand. */
  JDBC("jdbc", "hand-written JDBC") {
    @Override
    public GraphLoader open(GraphFixture fixture) {
      return new HandJdbcGraphLoader(fixture.dataSource(), fixture.database(),
          HandJdbcGraphLoader.ChildRows.WHOLE_TABLES);
    }
  },
  /**
   * Not a rival: the same by key sets, the plan Sheaf keeps for a subset of the authors; it
   * shows what reading whole tables saves when every author is loaded.
   */
  JDBC_BY_KEYS("jdbc-keys", "hand-written JDBC, by key sets") {
    @Override
    public GraphLoader open(GraphFixture fixture) {
      return new HandJdbcGraphLoader(fixture.dataSource(), fixture.database(),
          HandJdbcGraphLoader.ChildRows.BY_KEYS);
    }
  },
  JDBI_REDUCER("jdbi-reducer", "Jdbi JOIN + row reducer") {
    @Override
    public GraphLoader open(GraphFixture fixture) {
      return new JdbiReducerGraphLoader(fixture.jdbi());
    }
  },
  HIBERNATE("hibernate", "Hibernate 6, subselect fetching") {
    @Override
    public GraphLoader open(GraphFixture fixture) {
      return new HibernateGraphLoader(fixture.dataSource());
    }
  },
  JOOQ("jooq", "jOOQ MULTISET") {
    @Override
    public GraphLoader open(GraphFixture fixture) {
      return new JooqGraphLoader(fixture.dataSource(), fixture.database());
    }
  };

  private final String label;
  private final String description;

  LoaderKind(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** A loader on the fixture's pool; the caller closes it. */
  public abstract GraphLoader open(GraphFixture fixture);

  /** The name in the benchmark's parameters: {@code naive}, {@code sheaf}, {@code jdbc}... */
  public String label() {
    return label;
  }

  /** What the report calls it. */
  public String description() {
    return description;
  }

  /** The loader whose {@link #label()} is {@code label}. */
  public static LoaderKind labelled(String label) {
    for (LoaderKind kind : values()) {
      if (kind.label.equals(label.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no loader " + label);
  }
}
