package dev.sheaf.processor;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Runs Sheaf the way Gradle's incremental compiler does: in a processing environment that wraps
 * javac's (so javac-only APIs such as {@code Trees} are out of reach) with a {@link Filer} that
 * notes the originating elements of every file created. compile-testing does not show them.
 */
final class OriginRecordingProcessor extends SheafInEnvironment {
  /** The originating elements of each generated source, by the file's qualified name. */
  private final Map<String, List<Element>> origins;

  OriginRecordingProcessor() {
    this(new TreeMap<>());
  }

  private OriginRecordingProcessor(Map<String, List<Element>> origins) {
    super(javac -> Environment.withFiler(javac, new RecordingFiler(javac.getFiler(), origins)));
    this.origins = origins;
  }

  Map<String, List<Element>> origins() {
    return origins;
  }

  private record RecordingFiler(Filer filer, Map<String, List<Element>> origins) implements Filer {
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
}
