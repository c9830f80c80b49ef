package dev.sheaf.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.spring.shelves.ShelfRepository;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;

/**
 * An application with Sheaf's repositories but nothing to make their Jdbi from fails to start,
 * and Spring Boot's report says which repository needed what, and how to fix it.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoDataSourceTest {
  /** No DataSource: Boot's own is switched off (H2 on the classpath would give an embedded one). */
  @SpringBootConfiguration
  @EnableAutoConfiguration(excludeName =
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
  static class WithoutDataSource {}

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class WithTwoDataSources {
    @Bean
    DataSource first() {
      return h2("first");
    }

    @Bean
    DataSource second() {
      return h2("second");
    }
  }

  @Test
  void noDataSourceFailsTheStartSayingWhatIsMissing(CapturedOutput output) {
    RuntimeException failure = assertThrows(RuntimeException.class, () -> start(WithoutDataSource.class));

    NoDataSourceException cause = rootCause(failure);
    // The index is sorted, and beans are made in the order they were defined.
    assertEquals(ShelfRepository.class.getName(), cause.repository());
    assertTrue(cause.getMessage().contains("but there is no DataSource bean"), cause.getMessage());
    assertTrue(output.getAll().contains("The Sheaf repository " + ShelfRepository.class.getName()
        + " needs a Jdbi. sheaf-spring makes one from the application's DataSource, but there is"
        + " no DataSource bean."), output.getAll());
    assertTrue(output.getAll().contains("set spring.datasource.url"), output.getAll());
  }

  @Test
  void twoDataSourcesWithoutAPrimaryOneSaySo(CapturedOutput output) {
    RuntimeException failure = assertThrows(RuntimeException.class, () -> start(WithTwoDataSources.class));

    assertEquals(2, rootCause(failure).dataSources());
    assertTrue(output.getAll().contains("there are 2 DataSource beans, and none is @Primary."),
        output.getAll());
    assertTrue(output.getAll().contains("Mark one DataSource bean @Primary"), output.getAll());
  }

  private static void start(Class<?> application) {
    new SpringApplicationBuilder(application)
        .web(WebApplicationType.NONE)
        .properties("spring.main.banner-mode=off")
        .run()
        .close();
  }

  private static NoDataSourceException rootCause(Throwable failure) {
    Throwable cause = failure;
    while (!(cause instanceof NoDataSourceException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return assertInstanceOf(NoDataSourceException.class, cause, () -> failure.toString());
  }

  private static DataSource h2(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name);
    return dataSource;
  }
}
