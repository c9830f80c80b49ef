package dev.sheaf.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.ReferenceField;
import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter.Origin;
import dev.sheaf.processor.report.Reporter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks that a repository can build every projection it loads. The repository lives in its
 * root's package, so a projection of another package must be a public type with a public
 * constructor taking every field; a reader of one projection alone cannot tell, as that depends
 * on the root.
 */
public final class ForeignProjections {
  private final Elements elements;
  private final Reporter reporter;

  public ForeignProjections(Elements elements, Reporter reporter) {
    this.elements = elements;
    this.reporter = reporter;
  }

  /** Whether {@code root}'s repository can build all of {@code model}; reports each it cannot. */
  public boolean check(TypeElement root, ProjectionModel model) {
    Map<ClassName, Reached> reached = new LinkedHashMap<>();
    collect(model, reached);
    boolean ok = true;
    for (Reached target : reached.values()) {
      ClassName type = target.projection().type();
      if (!type.packageName().equals(model.type().packageName()) && !isPublic(target.projection())) {
        reporter.report(Origin.of(root), Message.NOT_PUBLIC, model.simpleName(), type.canonicalName(),
            target.through(), target.projection().simpleName());
        ok = false;
      }
    }
    return ok;
  }

  /** A projection a repository loads, and the first field that leads to it. */
  private record Reached(ProjectionModel projection, String through) {}

  private static void collect(ProjectionModel owner, Map<ClassName, Reached> reached) {
    for (Field field : owner.fields()) {
      ProjectionModel target = null;
      if (field instanceof ReferenceField reference) {
        target = reference.target();
      } else if (field instanceof CollectionField collection
          && collection.element() instanceof CollectionField.ProjectionElement element) {
        target = element.projection();
      }
      if (target != null && !reached.containsKey(target.type())) {
        reached.put(target.type(), new Reached(target, owner.simpleName() + "." + field.name()));
        collect(target, reached);
      }
    }
  }

  /** Whether the type, those it is declared in, and the constructor the repository calls are public. */
  private boolean isPublic(ProjectionModel projection) {
    TypeElement type = elements.getTypeElement(projection.type().canonicalName());
    if (type == null) {
      return true; // nothing to tell by; javac will say
    }
    for (Element scope = type; scope instanceof TypeElement; scope = scope.getEnclosingElement()) {
      if (!scope.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    List<TypeName> fields = projection.fields().stream().map(Field::type).toList();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      List<TypeName> parameters =
          constructor.getParameters().stream().map(p -> TypeName.get(p.asType())).toList();
      if (parameters.equals(fields)) {
        return constructor.getModifiers().contains(Modifier.PUBLIC);
      }
    }
    return true;
  }
}
