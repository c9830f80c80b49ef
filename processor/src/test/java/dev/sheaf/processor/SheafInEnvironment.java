package dev.sheaf.processor;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Runs Sheaf in a processing environment of the test's making, around javac's: one that notes
 * what Sheaf writes, or fails where javac would not, to see what Sheaf does then.
 */
class SheafInEnvironment implements Processor {
  private final Processor sheaf = new SheafProcessor();
  private final UnaryOperator<ProcessingEnvironment> environment;

  SheafInEnvironment(UnaryOperator<ProcessingEnvironment> environment) {
    this.environment = environment;
  }

  @Override
  public void init(ProcessingEnvironment javac) {
    sheaf.init(environment.apply(javac));
  }

  @Override
  public Set<String> getSupportedOptions() {
    return sheaf.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return sheaf.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return sheaf.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return sheaf.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return sheaf.getCompletions(element, annotation, member, userText);
  }

  /**
   * javac's environment, but with {@code filer} and {@code types}, and of a class javac-only APIs
   * (such as {@code Trees}) reject.
   */
  record Environment(ProcessingEnvironment javac, Filer filer, Types types)
      implements ProcessingEnvironment {
    /** javac's environment with another Filer. */
    static Environment withFiler(ProcessingEnvironment javac, Filer filer) {
      return new Environment(javac, filer, javac.getTypeUtils());
    }

    @Override
    public Map<String, String> getOptions() {
      return javac.getOptions();
    }

    @Override
    public Messager getMessager() {
      return javac.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return javac.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return types;
    }

    @Override
    public SourceVersion getSourceVersion() {
      return javac.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return javac.getLocale();
    }

    @Override
    public boolean isPreviewEnabled() {
      return javac.isPreviewEnabled();
    }
  }
}
