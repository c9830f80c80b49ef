package dev.sheaf.processor.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Prints diagnostics on the element (and, where known, the annotation attribute) they are about. */
public final class Reporter {
  private final Messager messager;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  public void report(Origin origin, Message message, Object... args) {
    print(message.kind(), message.format(args), origin);
  }

  /** Prints the diagnostics one type collected; see {@link ValidationReport}. */
  public void print(ValidationReport report) {
    report.printTo(this);
  }

  /** A diagnostic about the build as a whole (an option), with no element to point at. */
  public void report(Message message, Object... args) {
    messager.printMessage(message.kind(), message.format(args));
  }

  /** An unexpected failure, turned into an error on the element being processed. */
  public void internalError(Element element, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    report(Origin.of(element), Message.INTERNAL_ERROR, element, trace);
  }

  void print(Diagnostic.Kind kind, String text, Origin origin) {
    if (origin.annotation() != null && origin.value() != null) {
      messager.printMessage(kind, text, origin.element(), origin.annotation(), origin.value());
    } else if (origin.annotation() != null) {
      messager.printMessage(kind, text, origin.element(), origin.annotation());
    } else {
      messager.printMessage(kind, text, origin.element());
    }
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
