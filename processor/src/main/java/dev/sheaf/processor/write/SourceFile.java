package dev.sheaf.processor.write;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Writes a repository's source to the filer as {@link JavaFile#writeTo(Filer)} does, with no
 * line ending in a blank: JavaPoet keeps the space of {@code " = "} before an initializer that
 * starts on the next line.
 */
public final class SourceFile {
  private SourceFile() {}

  public static void write(JavaFile file, Filer filer) throws IOException {
    String packageName = file.packageName();
    String name = file.typeSpec().name();
    JavaFileObject source = filer.createSourceFile(
        packageName.isEmpty() ? name : packageName + "." + name,
        file.typeSpec().originatingElements().toArray(Element[]::new));
    try (Writer writer = source.openWriter()) {
      writer.write(text(file));
    } catch (IOException | RuntimeException e) {
      source.delete();
      throw e;
    }
  }

  /** The file's text, each line without trailing blanks. */
  public static String text(JavaFile file) {
    return file.toString().replaceAll("[ \\t]+\\n", "\n");
  }
}
