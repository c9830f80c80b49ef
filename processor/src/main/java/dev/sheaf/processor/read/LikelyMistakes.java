package dev.sheaf.processor.read;

import dev.sheaf.Column;
import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter;
import dev.sheaf.processor.report.Reporter.Origin;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Annotations that compile but cannot do what their author meant: SQL with a parameter nothing
 * binds (an error: it fails at run time), and attributes that have no effect (warnings).
 */
final class LikelyMistakes {
  private final Reporter reporter;

  LikelyMistakes(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * Whether {@code sql} (a {@code where} or {@code orderBy}) is free of {@code :name} and
   * {@code ?} parameters; reports the first on the attribute. Quoted text and PostgreSQL's
   * {@code ::} casts are not parameters.
   */
  boolean noParameters(Element element, AnnotationMirror mirror, String attribute, String label,
      String sql) {
    String parameter = firstParameter(sql);
    if (parameter == null) {
      return true;
    }
    reporter.report(Origin.of(element, mirror, attribute), Message.PARAMETER_IN_SQL, attribute,
        label, parameter);
    return false;
  }

  /** {@code @Column} on a field that is not a column of the owner's table. */
  void columnOnRelation(Element element, String label, String annotation) {
    AnnotationMirror column = Annotations.mirror(element, Column.class);
    if (column != null) {
      reporter.report(Origin.of(element, column, null), Message.IGNORED_ATTRIBUTE, "@Column", label,
          "an " + annotation + " field is read from related rows, not from a column of its own");
    }
  }

  /** An {@code @Aggregate} attribute that the field's function never reads. */
  void unusedAttribute(Element element, AnnotationMirror mirror, String attribute, String label,
      String why) {
    reporter.report(Origin.of(element, mirror, attribute), Message.IGNORED_ATTRIBUTE, attribute,
        label, why);
  }

  static String firstParameter(String sql) {
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int close = sql.indexOf(c, i + 1);
        i = close < 0 ? sql.length() : close;
      } else if (c == '?') {
        return "?";
      } else if (c == ':' && i + 1 < sql.length()) {
        if (sql.charAt(i + 1) == ':') {
          i++; // a cast, x::int
        } else if (Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
          int end = i + 1;
          while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
            end++;
          }
          return sql.substring(i, end);
        }
      }
    }
    return null;
  }
}
