package dev.sheaf.runtime;

import org.jdbi.v3.core.JdbiException;

/**
 * A load failed: every failure of a repository's load is one, whether a statement failed or
 * read rows no DTO can hold (a tree with a loop), or the load could not begin (a parameter not
 * bound, the dialect or the transaction could not be set up) or end (the connection could not
 * be set back). The message and the accessors name the
 * repository, the method and, when a statement failed, which: {@code "AuthorCardRepository.findAll:
 * statement 2 of 4 (AuthorCard.books) failed: ..."}; the cause, when there is one, is Jdbi's
 * exception (which carries the SQL) or the driver's.
 */
public final class LoadException extends JdbiException {
  private static final long serialVersionUID = 1L;
  /** Jdbi cuts SQL and arguments in its messages; so do we, so 100,000 keys are never printed. */
  private static final int MAX_CAUSE_MESSAGE = 2_000;

  private final String load;
  private final int statement;
  private final int statements;
  private final String label;

  public LoadException(String load, int statement, int statements, String label,
      Throwable cause) {
    super(load + ": statement " + statement + " of " + statements + " (" + label + ") failed: "
        + shorten(String.valueOf(cause.getMessage())), cause);
    this.load = load;
    this.statement = statement;
    this.statements = statements;
    this.label = label;
  }

  /** A load whose statement read rows it cannot build: {@code problem} says why, naming one. */
  public LoadException(String load, int statement, int statements, String label,
      String problem) {
    super(load + ": statement " + statement + " of " + statements + " (" + label + ") "
        + problem);
    this.load = load;
    this.statement = statement;
    this.statements = statements;
    this.label = label;
  }

  /** A load that failed outside its statements, for {@code problem}. */
  public LoadException(String load, String problem) {
    super(load + ": " + problem);
    this.load = load;
    this.statement = 0;
    this.statements = 0;
    this.label = null;
  }

  /** A load that failed outside its statements, for {@code problem}, because of {@code cause}. */
  public LoadException(String load, String problem, Throwable cause) {
    super(load + ": " + problem + ": " + shorten(String.valueOf(cause.getMessage())), cause);
    this.load = load;
    this.statement = 0;
    this.statements = 0;
    this.label = null;
  }

  /** The repository whose load failed, such as {@code "AuthorCardRepository"}. */
  public String repository() {
    int dot = load.indexOf('.');
    return dot < 0 ? load : load.substring(0, dot);
  }

  /** The repository's method, such as {@code "findAll"}; empty when the load has no name for it. */
  public String method() {
    int dot = load.indexOf('.');
    return dot < 0 ? "" : load.substring(dot + 1);
  }

  /** The number of the statement that failed, from 1; 0 when the load failed outside them. */
  public int statement() {
    return statement;
  }

  /** How many statements the load runs at most; 0 when the load failed outside them. */
  public int statements() {
    return statements;
  }

  /** What the failed statement loads, such as {@code "AuthorCard.books"}; null outside them. */
  public String label() {
    return label;
  }

  private static String shorten(String message) {
    return message.length() <= MAX_CAUSE_MESSAGE
        ? message
        : message.substring(0, MAX_CAUSE_MESSAGE) + "...";
  }
}
