package dev.sheaf.spring;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.springframework.beans.factory.ObjectProvider;
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
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({Jdbi.class, DataSourceUtils.class})
public class SheafAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnSingleCandidate(DataSource.class)
  Jdbi jdbi(DataSource dataSource, ObjectProvider<JdbiPlugin> plugins) {
    Jdbi jdbi = Jdbi.create(new SpringConnections(dataSource));
    plugins.orderedStream().forEach(jdbi::installPlugin);
    return jdbi;
  }

  /** Static: it adds bean definitions, so it must exist before any other bean is made. */
  @Bean
  static RepositoryRegistrar sheafRepositoryRegistrar() {
    return new RepositoryRegistrar();
  }
}
