package dev.sheaf.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.spring.shelves.ShelfRepository;
import dev.sheaf.spring.shelves.VolumeRepository;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the auto-configuration defines, and what it leaves to the application. */
class RepositoryBeansTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(
          DataSourceAutoConfiguration.class, SheafAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=jdbc:h2:mem:beans");

  @Test
  void everyIndexedRepositoryIsABeanNamedByItsClassOnTheOneJdbi() {
    runner.run(context -> {
      assertEquals(List.of(ShelfRepository.class.getName()),
          List.of(context.getBeanNamesForType(ShelfRepository.class)));
      assertEquals(List.of(VolumeRepository.class.getName()),
          List.of(context.getBeanNamesForType(VolumeRepository.class)));
      assertEquals(1, context.getBeansOfType(Jdbi.class).size());
    });
  }

  @Test
  void jdbiPluginBeansAreInstalled() {
    runner.withUserConfiguration(CountingPlugin.class).run(context -> {
      assertEquals(1, context.getBean(CountingPlugin.class).installed.get());
    });
  }

  @Test
  void theApplicationsOwnJdbiAndRepositoryWin() {
    runner.withUserConfiguration(OwnBeans.class).run(context -> {
      assertSame(OwnBeans.JDBI, context.getBean(Jdbi.class));
      Map<String, ShelfRepository> repositories = context.getBeansOfType(ShelfRepository.class);
      assertEquals(List.of("ownShelves"), List.copyOf(repositories.keySet()));
      assertTrue(context.containsBean(VolumeRepository.class.getName()));
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class CountingPlugin implements JdbiPlugin {
    final AtomicInteger installed = new AtomicInteger();

    @Override
    public void customizeJdbi(Jdbi jdbi) {
      installed.incrementAndGet();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    static final Jdbi JDBI = Jdbi.create("jdbc:h2:mem:own");

    @Bean
    Jdbi ownJdbi() {
      return JDBI;
    }

    @Bean
    ShelfRepository ownShelves(Jdbi jdbi) {
      return new ShelfRepository(jdbi);
    }
  }
}
