package dev.sheaf.processor.read;

import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.report.Reporter;
import dev.sheaf.processor.validate.ProjectionValidator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads every {@code @Projection} type with {@link ProjectionValidator}, as Sheaf does, and keeps
 * the models instead of writing repositories: what a reader test asserts.
 */
final class ModelCapture extends AbstractProcessor {
  private final Map<String, ProjectionModel> models = new HashMap<>();

  /** The model of the type {@code qualifiedName}; fails if it was not read into one. */
  ProjectionModel model(String qualifiedName) {
    ProjectionModel model = models.get(qualifiedName);
    if (model == null) {
      throw new AssertionError("no model of " + qualifiedName + " among " + models.keySet());
    }
    return model;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.sheaf.Projection");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    ProjectionValidator validator = new ProjectionValidator(processingEnv.getTypeUtils(),
        new Reporter(processingEnv.getMessager()), type -> true);
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        TypeElement dto = (TypeElement) element;
        validator.validate(dto).ifPresent(
            model -> models.put(dto.getQualifiedName().toString(), model));
      }
    }
    return false;
  }
}
