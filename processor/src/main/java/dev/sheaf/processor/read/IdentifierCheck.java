package dev.sheaf.processor.read;

import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter;
import dev.sheaf.processor.report.Reporter.Origin;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** Reports an annotation attribute that should name a table or column and does not. */
final class IdentifierCheck {
  private final Reporter reporter;

  IdentifierCheck(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Whether {@code name} is an SQL identifier; if not, reports it on the attribute. */
  boolean check(Element element, AnnotationMirror mirror, String attribute, String name) {
    if (Names.isIdentifier(name)) {
      return true;
    }
    reporter.report(Origin.of(element, mirror, attribute), Message.BAD_IDENTIFIER, attribute, name,
        element.getSimpleName());
    return false;
  }
}
