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
  /** While reading a type from the classpath: the field that uses it, and the type's name. */
  private Element redirectTo;
  private String redirectedFrom;
  private int redirectDepth;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  public void report(Origin origin, Message message, Object... args) {
    if (message.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    String text = message.format(args);
    if (redirectTo != null) {
      text = message.formatIn(redirectedFrom + " (from the classpath)", args);
      origin = Origin.of(redirectTo);
    }
    if (origin.annotation() != null && origin.value() != null) {
      messager.printMessage(message.kind(), text, origin.element(), origin.annotation(), origin.value());
    } else if (origin.annotation() != null) {
      messager.printMessage(message.kind(), text, origin.element(), origin.annotation());
    } else {
      messager.printMessage(message.kind(), text, origin.element());
    }
  }

  /** A diagnostic about the build as a whole (an option), with no element to point at. */
  public void report(Message message, Object... args) {
    if (message.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(message.kind(), message.format(args));
  }

  /** An unexpected failure, turned into an error on the element being processed. */
  public void internalError(Element element, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    report(Origin.of(element), Message.INTERNAL_ERROR, element, trace);
  }

  /**
   * Until {@link #endRedirect()}, prints every diagnostic on {@code field}, naming {@code type}:
   * the type comes from the classpath and has no source to point at. The outermost redirect
   * wins, so a chain of jar types still lands on the field in source.
   */
  public void redirectTo(Element field, String type) {
    if (redirectTo == null) {
      redirectTo = field;
      redirectedFrom = type;
      redirectDepth = 0;
    }
    redirectDepth++;
  }

  public void endRedirect() {
    if (--redirectDepth == 0) {
      redirectTo = null;
      redirectedFrom = null;
    }
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
