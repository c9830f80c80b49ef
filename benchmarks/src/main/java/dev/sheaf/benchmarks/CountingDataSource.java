package dev.sheaf.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that counts the statements executed on its connections: every
 * {@code execute...} call of a {@link Statement}, {@code PreparedStatement} or
 * {@code CallableStatement}, a batch counting once. Every loader of the benchmark, whatever
 * library it runs on, gets its connections here, so all are counted the same way. What a
 * driver sends by itself ({@code BEGIN}, {@code COMMIT}, isolation changes) is not counted.
 *
 * <p>Only connections and statements are wrapped, never result sets: reading rows costs
 * nothing extra.
 */
public final class CountingDataSource implements DataSource {
  /** Statements executed through every instance in this JVM, for {@link StatementsProfiler}. */
  private static final LongAdder EXECUTED_IN_JVM = new LongAdder();

  private final DataSource target;
  private final AtomicLong executed = new AtomicLong();

  public CountingDataSource(DataSource target) {
    this.target = target;
  }

  /** Statements executed through this data source since it was made or last {@link #reset()}. */
  public long count() {
    return executed.get();
  }

  public void reset() {
    executed.set(0);
  }

  /** Statements executed through every counting data source of this JVM. */
  static long executedInJvm() {
    return EXECUTED_IN_JVM.sum();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counting(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counting(target.getConnection(username, password));
  }

  private Connection counting(Connection connection) {
    return proxy(Connection.class, new ConnectionHandler(connection));
  }

  private void executed() {
    executed.incrementAndGet();
    EXECUTED_IN_JVM.increment();
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(
        CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object forward(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Hands out counting statements; everything else goes to the pool's connection. */
  private final class ConnectionHandler implements InvocationHandler {
    private final Connection connection;

    ConnectionHandler(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
      Object result = forward(connection, method, args);
      if (result instanceof Statement statement
          && Statement.class.isAssignableFrom(method.getReturnType())) {
        return proxy(method.getReturnType(), new StatementHandler(statement, (Connection) self));
      }
      return result;
    }
  }

  /** Counts each execution, and answers {@code getConnection()} with the counting connection. */
  private final class StatementHandler implements InvocationHandler {
    private final Statement statement;
    private final Connection connection;

    StatementHandler(Statement statement, Connection connection) {
      this.statement = statement;
      this.connection = connection;
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
      if (method.getName().equals("getConnection") && method.getParameterCount() == 0) {
        return connection;
      }
      if (method.getName().startsWith("execute")) {
        executed();
      }
      return forward(statement, method, args);
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || target.isWrapperFor(type);
  }
}
