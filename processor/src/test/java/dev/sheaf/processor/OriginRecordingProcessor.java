package dev.sheaf.processor;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Runs Sheaf the way Gradle's incremental compiler does: in a processing environment that wraps
 * javac's (so javac-only APIs such as {@code Trees} are out of reach) with a {@link Filer} that
 * notes the originating elements of every file created. compile-testing does not show them.
 */
final class OriginRecordingProcessor implements Processor {
  private final Processor sheaf = new SheafProcessor();
  /** The originating elements of each generated source, by the file's qualified name. */
  private final Map<String, List<Element>> origins = new TreeMap<>();

  Map<String, List<Element>> origins() {
    return origins;
  }

  @Override
  public void init(ProcessingEnvironment javac) {
    sheaf.init(new WrappedEnvironment(javac, new RecordingFiler(javac.getFiler())));
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

  private final class RecordingFiler implements Filer {
    private final Filer filer;

    RecordingFiler(Filer filer) {
      this.filer = filer;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      origins.put(name.toString(), List.of(originatingElements));
      return filer.createSourceFile(name, originatingElements);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      origins.put(name.toString(), List.of(originatingElements));
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName, Element... originatingElements) throws IOException {
      origins.put(moduleAndPkg + "/" + relativeName, List.of(originatingElements));
      return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName) throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }
  }

  /** javac's environment, but with {@code filer}, and of a class javac-only APIs reject. */
  private record WrappedEnvironment(ProcessingEnvironment javac, Filer filer)
      implements ProcessingEnvironment {
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
      return javac.getTypeUtils();
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
