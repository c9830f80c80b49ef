package dev.sheaf.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another project's processor, as far as Sheaf can tell: in the first round it writes the
 * sources it was given, so they exist only from the second round on.
 */
final class LaterRoundTypesProcessor extends AbstractProcessor {
  /** Source text by qualified name. */
  private final Map<String, String> sources;
  private boolean written;

  LaterRoundTypesProcessor(Map<String, String> sources) {
    this.sources = sources;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written) {
      return false;
    }
    written = true;
    for (Map.Entry<String, String> source : sources.entrySet()) {
      try (Writer out = processingEnv.getFiler().createSourceFile(source.getKey()).openWriter()) {
        out.write(source.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
