package dev.sheaf.spring;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A Spring Boot application as a user's: Boot's DataSource (HikariCP), its transaction manager. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ShelfService.class)
class ShelfApplication {
  @Bean
  ConnectionStates connectionStates() {
    return new ConnectionStates();
  }
}
