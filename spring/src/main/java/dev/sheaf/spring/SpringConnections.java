package dev.sheaf.spring;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Jdbi's connections, taken the way Spring's own JDBC code takes them: inside a Spring-managed
 * transaction, that transaction's connection (closing a handle then leaves it to the
 * transaction); outside, a connection of the pool, given back when the handle closes.
 *
 * <p>Jdbi's jdbi3-spring module does the same; it is not used because this build's registry does
 * not serve it, and these two calls are all of it that Sheaf needs.
 */
final class SpringConnections implements ConnectionFactory {
  private final DataSource dataSource;

  SpringConnections(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Connection openConnection() throws SQLException {
    return DataSourceUtils.getConnection(dataSource);
  }

  @Override
  public void closeConnection(Connection connection) {
    DataSourceUtils.releaseConnection(connection, dataSource);
  }
}
