package dev.sheaf.spring;

import static dev.sheaf.test.StatementAssertions.assertStatements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import dev.sheaf.spring.shelves.Shelf;
import dev.sheaf.spring.shelves.ShelfRepository;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A {@code sheafReads} DataSource in a Spring Boot application: loads outside a transaction read
 * it, loads inside one join the transaction on the primary. Two H2 databases with different
 * shelves stand for the primary and its replica, so each load's rows say where it read; the
 * replica suite does the same on real PostgreSQL and MariaDB replicas.
 */
@Timeout(120)
class SpringReadsTest {
  @Test
  void loadsOutsideATransactionReadTheReplicaAndLoadsInsideOneTheTransaction() throws SQLException {
    try (TestDatabase.Scratch primary = TestDatabase.H2.fresh("primary");
        TestDatabase.Scratch replica = TestDatabase.H2.fresh("replica")) {
      Shelves.create(primary);
      Shelves.seed(primary, 12, 3);
      Shelves.create(replica);
      Shelves.seed(replica, 5, 4);
      try (ConfigurableApplicationContext context =
          new SpringApplicationBuilder(ReplicaApplication.class)
              .web(WebApplicationType.NONE)
              .properties("test.primary=" + primary.url(), "test.replica=" + replica.url(),
                  "spring.main.banner-mode=off", "logging.level.root=warn")
              .run()) {
        ShelfRepository shelves = context.getBean(ShelfRepository.class);
        Jdbi jdbi = context.getBean(Jdbi.class);
        Jdbi reads = jdbi.getConfig(dev.sheaf.runtime.SheafConfig.class).getReads();

        List<Shelf> outside = assertStatements(reads, ShelfRepository.STATEMENTS, shelves::findAll);
        assertEquals(Shelves.expected(replica), outside);
        List<Shelf> inside = context.getBean(ShelfService.class).loadInTransaction();
        assertEquals(Shelves.expected(primary), inside);

        HikariDataSource replicaPool = (HikariDataSource) context.getBean("sheafReads");
        assertEquals(0, replicaPool.getHikariPoolMXBean().getActiveConnections());
        HikariDataSource primaryPool = context.getBean("primary", HikariDataSource.class);
        assertEquals(0, primaryPool.getHikariPoolMXBean().getActiveConnections());
      }
    }
  }

  /** An application with its own two pools: the primary, and the replica under its bean name. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(ShelfService.class)
  static class ReplicaApplication {
    @Bean
    @Primary
    HikariDataSource primary(org.springframework.core.env.Environment environment) {
      return pool(environment.getProperty("test.primary"));
    }

    @Bean(SheafAutoConfiguration.READS)
    HikariDataSource sheafReads(org.springframework.core.env.Environment environment) {
      return pool(environment.getProperty("test.replica"));
    }

    private static HikariDataSource pool(String url) {
      HikariDataSource pool = new HikariDataSource();
      pool.setJdbcUrl(url);
      pool.setMaximumPoolSize(2);
      return pool;
    }
  }
}
