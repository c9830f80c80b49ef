package dev.sheaf.runtime;

import org.jdbi.v3.core.JdbiException;

/**
 * A statement of a load failed, or read rows no DTO can hold (a tree with a loop). The message
 * names the repository, the method and the statement ("AuthorCardRepository.findAll: statement
 * 2 of 4 (AuthorCard.books) failed"); the cause is Jdbi's exception, which carries the SQL.
 */
public final class LoadException extends JdbiException {
  private static final long serialVersionUID = 1L;
  /** Jdbi cuts SQL and arguments in its messages; so do we, so 100,000 keys are never printed. */
  private static final int MAX_CAUSE_MESSAGE = 2_000;

  LoadException(String load, int statement, int statements, String label, Throwable cause) {
    super(load + ": statement " + statement + " of " + statements + " (" + label + ") failed: "
        + shorten(String.valueOf(cause.getMessage())), cause);
  }

  /** A load that read what it cannot build: {@code problem} says what, naming the row. */
  LoadException(String load, int statement, int statements, String label, String problem) {
    super(load + ": statement " + statement + " of " + statements + " (" + label + ") "
        + problem);
  }

  private static String shorten(String message) {
    return message.length() <= MAX_CAUSE_MESSAGE
        ? message
        : message.substring(0, MAX_CAUSE_MESSAGE) + "...";
  }
}
