package dev.sheaf.processor.validate;

import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.read.Component;
import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter.Origin;
import dev.sheaf.processor.report.Reporter;
import dev.sheaf.processor.report.ValidationReport;
import dev.sheaf.processor.schema.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * Judges a {@code @Projection} type, and every projection it reaches, into a {@link
 * ProjectionModel}, each type once: {@link ProjectionValidation} judges one type, collecting its
 * diagnostics in a {@link ValidationReport} that is printed when the type is done, or added to
 * its user's when the type comes from the classpath. A type with errors has no model.
 */
public final class ProjectionValidator {
  private final Types types;
  private final Reporter reporter;
  /** Types already read (a failure reads as empty), so each is judged, and reported, once. */
  private final Map<String, Optional<ProjectionModel>> validated = new HashMap<>();
  /** Types being read, outermost first: a type met again here is a cycle. */
  private final LinkedHashMap<String, TypeElement> reading = new LinkedHashMap<>();
  /** Whether a type is compiled from source here (else it comes from the classpath). */
  private final Predicate<TypeElement> sources;
  /** The schema to check names and types against; null: none given. */
  private final Schema schema;

  public ProjectionValidator(Types types, Reporter reporter, Predicate<TypeElement> sources) {
    this(types, reporter, sources, null);
  }

  /** A reader that also checks names and types against {@code schema} (null: none given). */
  public ProjectionValidator(
      Types types, Reporter reporter, Predicate<TypeElement> sources, Schema schema) {
    this.types = types;
    this.reporter = reporter;
    this.sources = sources;
    this.schema = schema;
  }

  /** The model of {@code dto}, printing what is wrong with it; empty when it has errors. */
  public Optional<ProjectionModel> validate(TypeElement dto) {
    ValidationReport report = new ValidationReport();
    try {
      return validate(dto, report);
    } finally {
      reporter.print(report);
    }
  }

  private Optional<ProjectionModel> validate(TypeElement dto, ValidationReport report) {
    String name = dto.getQualifiedName().toString();
    Optional<ProjectionModel> known = validated.get(name);
    if (known != null) {
      return known;
    }
    reading.put(name, dto);
    Optional<ProjectionModel> model;
    try {
      model = new ProjectionValidation(report, types, sources, schema,
          (owner, component, target) -> nested(owner, component, target, report)).validate(dto);
    } finally {
      reading.remove(name);
    }
    if (report.hasErrors()) {
      model = Optional.empty();
    }
    // A broken type from the classpath is read again for each field using it, so each gets the
    // errors (they are printed on the field, there being no source to print them on).
    if (model.isPresent() || sources.test(dto)) {
      validated.put(name, model);
    }
    return model;
  }

  /** Reads a projection a field reaches; null (reported) for a cycle or a broken projection. */
  private ProjectionModel nested(TypeElement owner, Component component, TypeElement target,
      ValidationReport report) {
    String name = target.getQualifiedName().toString();
    if (reading.containsKey(name)) {
      List<String> path = new ArrayList<>();
      boolean inCycle = false;
      for (TypeElement type : reading.values()) {
        inCycle |= type.getQualifiedName().contentEquals(name);
        if (inCycle) {
          path.add(type.getSimpleName().toString());
        }
      }
      path.add(target.getSimpleName().toString());
      report.report(Origin.of(component.element()), Message.CYCLE, component.label(owner),
          target.getSimpleName(), String.join(" -> ", path), target.getSimpleName());
      return null;
    }
    if (sources.test(target)) {
      return validate(target).orElse(null);
    }
    // A projection from a jar has no source to point at: its errors go on the field using it.
    ValidationReport fromClasspath = new ValidationReport();
    try {
      return validate(target, fromClasspath).orElse(null);
    } finally {
      report.addFromClasspath(
          fromClasspath, component.element(), target.getQualifiedName().toString());
    }
  }
}
