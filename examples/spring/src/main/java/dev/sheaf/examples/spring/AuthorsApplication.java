package dev.sheaf.examples.spring;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The seed article's {@code GET /authors} on Spring Boot: sheaf-spring makes
 * {@code AuthorRepository} a bean on Boot's DataSource (embedded H2 here), and every response
 * says in {@code X-Sql-Statements} how many statements it ran.
 */
@SpringBootApplication
public class AuthorsApplication {
  public static void main(String[] args) {
    SpringApplication.run(AuthorsApplication.class, args);
  }

  /** sheaf-spring installs every JdbiPlugin bean in its Jdbi: here, the statement counter. */
  @Bean
  JdbiPlugin countStatements(StatementsPerRequest counter) {
    return new JdbiPlugin() {
      @Override
      public void customizeJdbi(Jdbi jdbi) {
        jdbi.setSqlLogger(counter);
      }
    };
  }
}
