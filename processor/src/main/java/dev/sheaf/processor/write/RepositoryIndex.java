package dev.sheaf.processor.write;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * The list of the repositories a compilation wrote, one binary class name a line, in
 * {@value #RESOURCE} on the class output: what sheaf-spring reads to make each one a bean,
 * with no classpath scanning. Repositories are added in every round; the file is written once,
 * in the last (the Filer refuses a second file of one name), sorted so the output is
 * reproducible. A compilation that wrote no repository writes no index.
 */
public final class RepositoryIndex {
  /** Where the index is, in the class output and so in the jar; one per jar on the classpath. */
  public static final String RESOURCE = "META-INF/sheaf/repositories";

  /** Class name to the DTO it was written from: an index lists what every DTO made. */
  private final TreeMap<String, Element> repositories = new TreeMap<>();

  /** Remembers the repository {@code className} written from {@code dto}. */
  public void add(String className, Element dto) {
    repositories.put(className, dto);
  }

  /**
   * Writes the index; call once, in the last round. Its originating elements are every DTO, as
   * Gradle asks of an aggregating processor's output.
   */
  public void writeTo(Filer filer) throws IOException {
    if (repositories.isEmpty()) {
      return;
    }
    List<Element> dtos = new ArrayList<>(repositories.values());
    try (Writer out = new OutputStreamWriter(filer.createResource(
        StandardLocation.CLASS_OUTPUT, "", RESOURCE, dtos.toArray(Element[]::new))
        .openOutputStream(), StandardCharsets.UTF_8)) {
      for (String className : repositories.keySet()) {
        out.write(className);
        out.write('\n');
      }
    }
  }
}
