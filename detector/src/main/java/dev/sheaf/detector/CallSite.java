package dev.sheaf.detector;

import java.util.List;
import java.util.Optional;

/** Where the application ran a statement: the first frame that is not Jdbi's, the JDK's or ours. */
final class CallSite {
  private static final StackWalker WALKER = StackWalker.getInstance();
  private static final List<String> LIBRARIES =
      List.of("org.jdbi.", "java.", "javax.", "jdk.", "sun.", "com.sun.");
  /** The detector's classes that run while a statement is counted; not its package's tests. */
  private static final List<String> OURS = List.of(CallSite.class.getName(),
      HandleTally.class.getName(), NPlusOneDetector.class.getName());

  private CallSite() {}

  /** Walks the current thread's stack; called once per report, never per statement. */
  static Optional<StackTraceElement> find() {
    return WALKER.walk(frames -> frames
        .filter(frame -> !isInternal(frame.getClassName()))
        .findFirst()
        .map(StackWalker.StackFrame::toStackTraceElement));
  }

  static boolean isInternal(String className) {
    for (String prefix : LIBRARIES) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    for (String own : OURS) {
      // A nested class or a lambda of it, too.
      if (className.equals(own) || className.startsWith(own + "$")) {
        return true;
      }
    }
    return false;
  }
}
