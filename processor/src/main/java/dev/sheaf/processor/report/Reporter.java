package dev.sheaf.processor.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Prints diagnostics on the element (and, where known, the annotation attribute) they are about. */
public final class Reporter {
  private final Messager messager;
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  public void report(Origin origin, Message message, Object... args) {
    if (message.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    String text = message.format(args);
    if (origin.annotation() != null && origin.value() != null) {
      messager.printMessage(message.kind(), text, origin.element(), origin.annotation(), origin.value());
    } else if (origin.annotation() != null) {
      messager.printMessage(message.kind(), text, origin.element(), origin.annotation());
    } else {
      messager.printMessage(message.kind(), text, origin.element());
    }
  }

  /** An unexpected failure, turned into an error on the element being processed. */
  public void internalError(Element element, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    report(Origin.of(element), Message.INTERNAL_ERROR, element, trace);
  }

  /** How many errors have been reported so far; a step compares before and after. */
  public int errorCount() {
    return errors;
  }

  /** Where a diagnostic points: an element, optionally one of its annotations and an attribute. */
  public record Origin(Element element, AnnotationMirror annotation, AnnotationValue value) {
    public static Origin of(Element element) {
      return new Origin(element, null, null);
    }

    /** The element, and the attribute of {@code annotation} when it was written out. */
    public static Origin of(Element element, AnnotationMirror annotation, String attribute) {
      if (annotation == null) {
        return of(element);
      }
      AnnotationValue value = null;
      if (attribute != null) {
        for (var entry : annotation.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals(attribute)) {
            value = entry.getValue();
          }
        }
      }
      return new Origin(element, annotation, value);
    }
  }
}
