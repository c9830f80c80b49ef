package dev.sheaf.processor.validate;

import dev.sheaf.processor.read.Component;
import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter.Origin;
import dev.sheaf.processor.report.ValidationReport;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Checks that a {@code @Projection} type is one Sheaf can construct, and lists its fields. */
final class ShapeCheck {
  private final Types types;
  private final ValidationReport report;

  ShapeCheck(Types types, ValidationReport report) {
    this.types = types;
    this.report = report;
  }

  /** Whether Sheaf can construct {@code dto}: a concrete, non-generic, visible record or class. */
  boolean shape(TypeElement dto) {
    Origin origin = Origin.of(dto);
    if (dto.getKind() != ElementKind.RECORD && dto.getKind() != ElementKind.CLASS) {
      report.report(origin, Message.PROJECTION_KIND, dto.getSimpleName());
      return false;
    }
    boolean ok = true;
    if (dto.getModifiers().contains(Modifier.ABSTRACT)) {
      report.report(origin, Message.PROJECTION_ABSTRACT, dto.getSimpleName());
      ok = false;
    }
    if (!dto.getTypeParameters().isEmpty()) {
      report.report(origin, Message.PROJECTION_GENERIC, dto.getSimpleName());
      ok = false;
    }
    if (dto.getNestingKind() == NestingKind.MEMBER && !dto.getModifiers().contains(Modifier.STATIC)
        && dto.getKind() == ElementKind.CLASS) {
      report.report(origin, Message.PROJECTION_INNER, dto.getSimpleName());
      ok = false;
    }
    for (Element type = dto; type instanceof TypeElement; type = type.getEnclosingElement()) {
      if (type.getModifiers().contains(Modifier.PRIVATE)) {
        String name = type == dto
            ? dto.getSimpleName().toString()
            : dto.getSimpleName() + " (inside " + type.getSimpleName() + ")";
        report.report(Origin.of(type), Message.PROJECTION_PRIVATE, name);
        ok = false;
        break;
      }
    }
    return ok;
  }

  /** Whether {@code dto} has a constructor taking {@code components} in order (a record has). */
  boolean constructor(TypeElement dto, List<Component> components) {
    if (dto.getKind() == ElementKind.RECORD) {
      return true;
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(dto.getEnclosedElements())) {
      if (constructor.getModifiers().contains(Modifier.PRIVATE)
          || constructor.getParameters().size() != components.size()) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < components.size() && matches; i++) {
        matches = types.isSameType(
            constructor.getParameters().get(i).asType(), components.get(i).type());
      }
      if (matches) {
        return true;
      }
    }
    List<String> shape = components.stream().map(c -> c.type() + " " + c.name()).toList();
    report.report(Origin.of(dto), Message.NO_CONSTRUCTOR, dto.getSimpleName(),
        String.join(", ", shape));
    return false;
  }
}
