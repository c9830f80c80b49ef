package dev.sheaf.runtime.internal;

import dev.sheaf.runtime.LoadException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * A part of a load that {@link Load#fork} may have started on another connection: {@link #join}
 * gives its value. In a sequential load (the default) the part has already run when the fork is
 * made, and {@code join} only returns it.
 */
public final class Fork<T> {
  private final T value;
  private final CompletableFuture<Branches.Outcome<T>> running;
  private final Branches.Claim claim;
  private final Load owner;
  private final Function<Load, T> body;

  private Fork(T value, CompletableFuture<Branches.Outcome<T>> running, Branches.Claim claim,
      Load owner, Function<Load, T> body) {
    this.value = value;
    this.running = running;
    this.claim = claim;
    this.owner = owner;
    this.body = body;
  }

  /** A part that has already run on the load's own connection, and gave {@code value}. */
  public static <T> Fork<T> done(T value) {
    return new Fork<>(value, null, null, null, null);
  }

  /**
   * A part started on another thread; when that has no connection that imported the snapshot
   * by the time the part is joined, {@link #join} runs {@code body} on {@code owner}, the load
   * that forked it.
   */
  static <T> Fork<T> running(CompletableFuture<Branches.Outcome<T>> running,
      Branches.Claim claim, Load owner, Function<Load, T> body) {
    return new Fork<>(null, running, claim, owner, body);
  }

  /**
   * The part's value, once it has run.
   *
   * @throws LoadException when its statement failed, naming the repository and the statement
   */
  public T join() {
    return joinOn(owner);
  }

  /**
   * {@link #join}, run on {@code here}'s connection if it found no other: the load that takes
   * a prefetched table may be a part on another thread than the one that started it.
   */
  T joinOn(Load here) {
    if (running == null) {
      return value;
    }
    if (claim.takeBack()) {
      // No connection yet: the statement runs here now rather than wait for the pool.
      return body.apply(here);
    }
    Branches.Outcome<T> outcome;
    try {
      outcome = running.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LoadException(here.name(), "interrupted while waiting for a statement", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new LoadException(here.name(), "a statement on another connection failed", cause);
    }
    // No connection that imported the snapshot: the part runs here, after all.
    return outcome.ran() ? outcome.value() : body.apply(here);
  }
}
