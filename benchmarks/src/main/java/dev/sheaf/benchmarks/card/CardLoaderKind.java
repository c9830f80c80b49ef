package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.GraphFixture;
import dev.sheaf.benchmarks.card.hibernate.HibernateCardLoader;
import dev.sheaf.benchmarks.card.projection.AuthorCard;
import dev.sheaf.benchmarks.card.projection.AuthorCardRepository;
import dev.sheaf.runtime.SheafConfig;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/** The ways {@link AuthorCardBenchmark} loads the same {@link AuthorCard}s, by the names it reports. */
public enum CardLoaderKind {
  NAIVE("naive", "naive N+1 loop (Jdbi)") {
    @Override
    public CardLoader open(GraphFixture fixture) {
      return new NaiveCardLoader(fixture.jdbi());
    }
  },
  SHEAF("sheaf", "Sheaf AuthorCardRepository") {
    @Override
    public CardLoader open(GraphFixture fixture) {
      return new AuthorCardRepository(fixture.jdbi())::findAll;
    }
  },
  /**
   * Sheaf's repository with {@code SheafConfig.setParallelConnections(2)}: on PostgreSQL the
   * book level's reviews and tags start on two more connections that imported the load's
   * snapshot, beside its publishers (issue 16); elsewhere the same as {@link #SHEAF}.
   */
  SHEAF_PARALLEL("sheaf-parallel",
      "Sheaf, a level's statements side by side (2 more connections)") {
    @Override
    public CardLoader open(GraphFixture fixture) {
      Jdbi jdbi = Jdbi.create(fixture.dataSource());
      jdbi.getConfig(SheafConfig.class).setParallelConnections(2);
      return new AuthorCardRepository(jdbi)::findAll;
    }
  },
  /** The reference Sheaf is measured against. */
  JDBC("jdbc", "hand-written JDBC (reference)") {
    @Override
    public CardLoader open(GraphFixture fixture) {
      return new JdbcCardLoader(fixture.dataSource(), fixture.database());
    }
  },
  JDBI_REDUCER("jdbi-reducer", "Jdbi JOIN + row reducer") {
    @Override
    public CardLoader open(GraphFixture fixture) {
      return new JdbiReducerCardLoader(fixture.jdbi());
    }
  },
  HIBERNATE("hibernate", "Hibernate 6, subselect fetching") {
    @Override
    public CardLoader open(GraphFixture fixture) {
      return new HibernateCardLoader(fixture.dataSource());
    }
  },
  JOOQ("jooq", "jOOQ MULTISET") {
    @Override
    public CardLoader open(GraphFixture fixture) {
      return new JooqCardLoader(fixture.dataSource(), fixture.database());
    }
  };

  private final String label;
  private final String description;

  CardLoaderKind(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** A loader on the fixture's pool; the caller closes it. */
  public abstract CardLoader open(GraphFixture fixture);

  /** The name in the benchmark's parameters: {@code naive}, {@code sheaf}, {@code jdbc}... */
  public String label() {
    return label;
  }

  /** What the report calls it. */
  public String description() {
    return description;
  }

  /** The loader whose {@link #label()} is {@code label}. */
  public static CardLoaderKind labelled(String label) {
    for (CardLoaderKind kind : values()) {
      if (kind.label.equals(label.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no loader " + label);
  }
}
