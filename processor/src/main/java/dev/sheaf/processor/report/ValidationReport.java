package dev.sheaf.processor.report;

import dev.sheaf.processor.report.Reporter.Origin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The diagnostics about one {@code @Projection} type, collected while it is read and judged, and
 * printed once, when it is done (as Dagger's {@code ValidationReport}). A type from the
 * classpath has no source to point at: its report is added to the report of the type that
 * uses it, each diagnostic moved onto the field that uses it.
 */
public final class ValidationReport {
  /** One diagnostic; {@code from} names the classpath type it was moved from, else null. */
  private record Item(Message message, Origin origin, List<Object> args, String from) {
    String text() {
      Object[] values = args.toArray();
      return from == null ? message.format(values)
          : message.formatIn(from + " (from the classpath)", values);
    }
  }

  private final List<Item> items = new ArrayList<>();

  public void report(Origin origin, Message message, Object... args) {
    items.add(new Item(message, origin, Arrays.asList(args.clone()), null));
  }

  /** Whether an error was reported: the type then gets no model. */
  public boolean hasErrors() {
    return items.stream().anyMatch(item -> item.message().kind() == Diagnostic.Kind.ERROR);
  }

  /**
   * Adds the diagnostics of {@code type}, a projection from the classpath, on {@code field},
   * which uses it, naming the type. Moving them again, from a type that is itself on the
   * classpath, names the outer type: the diagnostic lands on the field in source.
   */
  public void addFromClasspath(ValidationReport type, Element field, String typeName) {
    for (Item item : type.items) {
      items.add(new Item(item.message(), Origin.of(field), item.args(), typeName));
    }
  }

  /** Prints every diagnostic, in the order reported. */
  void printTo(Reporter reporter) {
    for (Item item : items) {
      reporter.print(item.message().kind(), item.text(), item.origin());
    }
  }
}
