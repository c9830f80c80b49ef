package dev.sheaf.processor.report;

import static com.google.common.truth.Truth.assertThat;

import dev.sheaf.processor.report.Reporter.Origin;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** What a type's report prints, and where, once it is done. */
class ValidationReportTest {
  private final List<String> printed = new ArrayList<>();
  private final Reporter reporter = new Reporter(new Messager() {
    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence text) {
      printed.add(kind + " " + text);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence text, Element element) {
      printed.add(kind + " on " + element + ": " + text);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence text, Element element,
        AnnotationMirror annotation) {
      printMessage(kind, text, element);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence text, Element element,
        AnnotationMirror annotation, AnnotationValue value) {
      printMessage(kind, text, element);
    }
  });

  @Test
  void nothingIsPrintedUntilTheTypeIsDone() {
    ValidationReport report = new ValidationReport();
    report.report(Origin.of(element("Author")), Message.PROJECTION_KIND, "Author");

    assertThat(printed).isEmpty();
    reporter.print(report);
    assertThat(printed).containsExactly("ERROR on Author: [sheaf:PROJECTION_KIND] @Projection"
        + " Author must be a record or a class; write it as a record.");
  }

  @Test
  void onlyAnErrorFailsTheType() {
    ValidationReport report = new ValidationReport();
    report.report(Origin.of(element("Author.name")), Message.IGNORED_ATTRIBUTE, "depth",
        "Author.name", "it is no tree");
    assertThat(report.hasErrors()).isFalse();

    report.report(Origin.of(element("Author")), Message.PROJECTION_KIND, "Author");
    assertThat(report.hasErrors()).isTrue();
  }

  /** A jar type reached through another jar type: the field in source, naming the outer one. */
  @Test
  void aClasspathTypesDiagnosticsLandOnTheFieldInSource() {
    ValidationReport inner = new ValidationReport();
    inner.report(Origin.of(element("Cover")), Message.PROJECTION_KIND, "Cover");
    ValidationReport outer = new ValidationReport();
    outer.addFromClasspath(inner, element("Book.cover"), "lib.Cover");
    ValidationReport root = new ValidationReport();
    root.addFromClasspath(outer, element("Shelf.books"), "lib.Book");

    reporter.print(root);
    assertThat(root.hasErrors()).isTrue();
    assertThat(printed).containsExactly("ERROR on Shelf.books: [sheaf:PROJECTION_KIND] In lib.Book"
        + " (from the classpath): @Projection Cover must be a record or a class; write it as a"
        + " record.");
  }

  /** An element that shows as {@code name}: all a printed diagnostic needs of it. */
  private static Element element(String name) {
    return (Element) Proxy.newProxyInstance(Element.class.getClassLoader(),
        new Class<?>[] {Element.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "toString" -> name;
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
