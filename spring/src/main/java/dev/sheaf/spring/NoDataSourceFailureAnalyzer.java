package dev.sheaf.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says, when the application fails to start, which repository lacked what, and how to fix it. */
final class NoDataSourceFailureAnalyzer extends AbstractFailureAnalyzer<NoDataSourceException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, NoDataSourceException cause) {
    String description = "The Sheaf repository " + cause.repository() + " needs a Jdbi. sheaf-spring"
        + " makes one from the application's DataSource, but "
        + (cause.dataSources() == 0
            ? "there is no DataSource bean."
            : "there are " + cause.dataSources() + " DataSource beans, and none is @Primary.");
    String action = cause.dataSources() == 0
        ? "Add spring-boot-starter-jdbc and a JDBC driver, and set spring.datasource.url; or"
            + " define a DataSource bean, or a Jdbi bean of your own."
        : "Mark one DataSource bean @Primary, or define a Jdbi bean of your own.";
    return new FailureAnalysis(description, action, cause);
  }
}
