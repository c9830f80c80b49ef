package dev.sheaf.spring;

/**
 * A Sheaf repository was to be made a bean, but there is no Jdbi for it: the application defines
 * no Jdbi bean, and no single {@code DataSource} to make one from. {@link NoDataSourceFailureAnalyzer}
 * turns it into Spring Boot's start-up report.
 */
public final class NoDataSourceException extends IllegalStateException {
  private final String repository;
  private final int dataSources;

  NoDataSourceException(String repository, int dataSources) {
    super(repository + " needs a Jdbi, which sheaf-spring makes from the application's DataSource,"
        + (dataSources == 0
            ? " but there is no DataSource bean"
            : " but there are " + dataSources + " DataSource beans and none is @Primary")
        + "; define a DataSource (spring.datasource.url with spring-boot-starter-jdbc) or a Jdbi"
        + " bean");
    this.repository = repository;
    this.dataSources = dataSources;
  }

  /** The repository's class name. */
  public String repository() {
    return repository;
  }

  /** How many DataSource beans there were: none, or several with none primary. */
  public int dataSources() {
    return dataSources;
  }
}
