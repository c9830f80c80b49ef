package dev.sheaf.processor.validate;

import dev.sheaf.processor.read.Names;
import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter.Origin;
import dev.sheaf.processor.report.ValidationReport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** Reports an annotation attribute that should name a table or column and does not. */
final class IdentifierCheck {
  /** A name part in backticks (MySQL) or brackets (SQL Server). */
  private static final Pattern OTHER_QUOTES = Pattern.compile("`([^`]*)`|\\[([^\\]]*)\\]");

  private final ValidationReport report;

  IdentifierCheck(ValidationReport report) {
    this.report = report;
  }

  /** Whether {@code name} is an SQL identifier; if not, reports it on the attribute. */
  boolean check(Element element, AnnotationMirror mirror, String attribute, String name) {
    if (Names.isIdentifier(name)) {
      return true;
    }
    report.report(Origin.of(element, mirror, attribute), Message.BAD_IDENTIFIER, attribute, name,
        element.getSimpleName(), hint(name));
    return false;
  }

  /** What fits a name in MySQL's or SQL Server's quotes, or one quoted with other characters. */
  private static String hint(String name) {
    String inDoubleQuotes = OTHER_QUOTES.matcher(name).replaceAll(part -> Matcher.quoteReplacement(
        '"' + (part.group(1) != null ? part.group(1) : part.group(2)) + '"'));
    if (!inDoubleQuotes.equals(name) && Names.isIdentifier(inDoubleQuotes)) {
      return "; here: \"" + inDoubleQuotes.replace("\"", "\\\"") + "\"";
    }
    if (name.contains("\"")) {
      return "; a name in quotes may hold letters, digits, _ and $ only";
    }
    return "";
  }
}
