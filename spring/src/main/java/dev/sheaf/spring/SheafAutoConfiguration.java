package dev.sheaf.spring;

import dev.sheaf.runtime.SheafConfig;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Sheaf in a Spring Boot application: a {@link Jdbi} on the application's {@link DataSource}
 * that takes part in Spring-managed transactions (unless the application defines its own Jdbi),
 * with every {@link JdbiPlugin} bean installed; and every generated repository a bean.
 *
 * <p>A load inside {@code @Transactional} runs in that transaction, on its connection, at its
 * isolation, and sees its uncommitted writes. A load outside any runs in a read-only REPEATABLE
 * READ transaction of its own. Several loads in one
 * {@code @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)} method read one
 * snapshot.
 *
 * <p>A {@link DataSource} bean named {@value #READS} (beside the application's own, marked
 * {@code @Primary}) is a read replica: loads outside any Spring-managed transaction read it
 * ({@link SheafConfig#setReads}); loads inside one still join it on the primary.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({Jdbi.class, DataSourceUtils.class})
public class SheafAutoConfiguration {
  /** The name of the replica's DataSource bean. */
  public static final String READS = "sheafReads";

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnSingleCandidate(DataSource.class)
  Jdbi jdbi(DataSource dataSource, @Qualifier(READS) ObjectProvider<DataSource> reads,
      ObjectProvider<JdbiPlugin> plugins) {
    Jdbi jdbi = Jdbi.create(new SpringConnections(dataSource));
    plugins.orderedStream().forEach(jdbi::installPlugin);
    DataSource replica = reads.getIfAvailable();
    if (replica != null && replica != dataSource) {
      Jdbi route = Jdbi.create(new SpringReadsConnections(dataSource, replica));
      plugins.orderedStream().forEach(route::installPlugin);
      jdbi.getConfig(SheafConfig.class).setReads(route);
    }
    return jdbi;
  }

  /** Static: it adds bean definitions, so it must exist before any other bean is made. */
  @Bean
  static RepositoryRegistrar sheafRepositoryRegistrar() {
    return new RepositoryRegistrar();
  }
}
