package dev.sheaf.test;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The counting logger each {@link Jdbi} has while checks run on it. Checks that overlap on one
 * Jdbi (tests run in parallel, or one check inside another) share one logger, each recording its
 * own thread's statements; the last to finish puts the Jdbi's own logger back.
 */
final class JdbiLoggers {
  private static final Map<Jdbi, Installed> INSTALLED = new IdentityHashMap<>();

  private JdbiLoggers() {}

  /** Starts {@code recording} on {@code jdbi}, installing the counting logger if it is not yet. */
  static synchronized void start(Jdbi jdbi, Recording recording) {
    Installed installed = INSTALLED.get(jdbi);
    if (installed == null) {
      SqlStatements statements = jdbi.getConfig(SqlStatements.class);
      installed = new Installed(new CountingSqlLogger(statements.getSqlLogger()));
      statements.setSqlLogger(installed.logger);
      INSTALLED.put(jdbi, installed);
    }
    installed.checks++;
    installed.logger.start(recording);
  }

  /** Stops {@code recording}; the last check on {@code jdbi} restores the logger it replaced. */
  static synchronized void stop(Jdbi jdbi, Recording recording) {
    Installed installed = INSTALLED.get(jdbi);
    installed.logger.stop(recording);
    if (--installed.checks > 0) {
      return;
    }
    INSTALLED.remove(jdbi);
    SqlStatements statements = jdbi.getConfig(SqlStatements.class);
    // A logger set during the check is the application's choice now: leave it.
    if (statements.getSqlLogger() == installed.logger) {
      statements.setSqlLogger(installed.logger.replaced());
    }
  }

  private static final class Installed {
    final CountingSqlLogger logger;
    int checks;

    Installed(CountingSqlLogger logger) {
      this.logger = logger;
    }
  }
}
