package dev.sheaf.processor.validate;

import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter.Origin;
import dev.sheaf.processor.report.ValidationReport;
import dev.sheaf.runtime.internal.SqlParameters;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Annotations that compile but cannot do what their author meant: SQL with a parameter nothing
 * can bind (an error: it fails at run time), and attributes that have no effect (warnings).
 */
final class LikelyMistakes {
  private final ValidationReport report;

  LikelyMistakes(ValidationReport report) {
    this.report = report;
  }

  /**
   * Whether {@code sql} (an {@code orderBy}) is free of {@code :name} and {@code ?} parameters;
   * reports the first on the attribute. Quoted text and PostgreSQL's {@code ::} casts are not
   * parameters.
   */
  boolean noParameters(Element element, AnnotationMirror mirror, String attribute, String label,
      String sql) {
    List<String> parameters = SqlParameters.in(sql);
    if (parameters.isEmpty()) {
      return true;
    }
    report.report(Origin.of(element, mirror, attribute), Message.PARAMETER_IN_SQL, attribute,
        label, shown(parameters.get(0)));
    return false;
  }

  /**
   * Whether the parameters of {@code sql} (a {@code where}) can be bound when a load runs:
   * named ({@code :since}; a positional {@code ?} has no name to bind it by), and not a name
   * Sheaf binds itself. Reports the first that cannot on the attribute.
   */
  boolean namedParametersOnly(Element element, AnnotationMirror mirror, String attribute,
      String label, String sql) {
    for (String parameter : SqlParameters.in(sql)) {
      if (parameter.equals("?")) {
        report.report(Origin.of(element, mirror, attribute), Message.PARAMETER_IN_SQL,
            attribute, label, parameter);
        return false;
      }
      if (reserved(parameter)) {
        report.report(Origin.of(element, mirror, attribute), Message.RESERVED_PARAMETER,
            attribute, label, parameter);
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code limitParameter} can give a collection's limit: a parameter name, not one
   * Sheaf binds itself, and not beside a fixed {@code limit}. Reports what cannot on the
   * attribute.
   */
  boolean limitParameter(Element element, AnnotationMirror mirror, String label, int limit,
      String name) {
    Origin origin = Origin.of(element, mirror, "limitParameter");
    if (limit != 0) {
      report.report(origin, Message.LIMIT_TWICE, label, limit, name);
      return false;
    }
    if (!SqlParameters.in(":" + name).equals(List.of(name))) {
      report.report(origin, Message.BAD_PARAMETER_NAME, name, label);
      return false;
    }
    if (reserved(name)) {
      report.report(origin, Message.RESERVED_PARAMETER, "limitParameter", label, name);
      return false;
    }
    return true;
  }

  private static boolean reserved(String parameter) {
    return parameter.equals("keys") || parameter.toLowerCase(Locale.ROOT).startsWith("sheaf_");
  }

  /**
   * {@code @Column} (its mirror {@code column}, null when absent) on a field that is not a
   * column of the owner's table.
   */
  void columnOnRelation(Element element, AnnotationMirror column, String label, String annotation) {
    if (column != null) {
      report.report(Origin.of(element, column, null), Message.IGNORED_ATTRIBUTE, "@Column", label,
          "an " + annotation + " field is read from related rows, not from a column of its own");
    }
  }

  /** An {@code @Aggregate} attribute that the field's function never reads. */
  void unusedAttribute(Element element, AnnotationMirror mirror, String attribute, String label,
      String why) {
    report.report(Origin.of(element, mirror, attribute), Message.IGNORED_ATTRIBUTE, attribute,
        label, why);
  }

  private static String shown(String parameter) {
    return parameter.equals("?") ? parameter : ":" + parameter;
  }
}
