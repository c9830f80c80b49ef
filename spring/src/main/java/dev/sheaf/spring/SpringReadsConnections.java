package dev.sheaf.spring;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reads route's connections: inside a Spring-managed transaction, that transaction's
 * connection on the primary, so a load sees the transaction's own writes (Sheaf joins it);
 * outside, a connection of the replica's pool.
 */
final class SpringReadsConnections implements ConnectionFactory {
  private final DataSource primary;
  private final DataSource reads;

  SpringReadsConnections(DataSource primary, DataSource reads) {
    this.primary = primary;
    this.reads = reads;
  }

  @Override
  public Connection openConnection() throws SQLException {
    return TransactionSynchronizationManager.isActualTransactionActive()
        ? DataSourceUtils.getConnection(primary)
        : reads.getConnection();
  }

  @Override
  public void closeConnection(Connection connection) {
    // Leaves the transaction's connection to it, and closes (gives back) any other.
    DataSourceUtils.releaseConnection(connection, primary);
  }
}
