package dev.sheaf.test;

import java.util.ArrayList;
import java.util.List;

/** The statements one thread ran during one check, in order. */
final class Recording {
  private final Thread thread = Thread.currentThread();
  // Written by the recording thread alone, and read by it after the check.
  private final List<RanStatement> statements = new ArrayList<>();

  boolean isOf(Thread other) {
    return thread == other;
  }

  void add(RanStatement statement) {
    statements.add(statement);
  }

  List<RanStatement> statements() {
    return List.copyOf(statements);
  }
}
