package dev.sheaf.processor;

import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * javac's Filer, but creating the file {@code failing} (a source's qualified name, or a
 * resource's relative name) throws {@code failure}: a full disk, a file another processor wrote
 * first, or a Filer with a bug.
 */
record FailingFiler(Filer filer, String failing, Exception failure) implements Filer {

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
      throws IOException {
    failIfAsked(name);
    return filer.createSourceFile(name, originatingElements);
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
      throws IOException {
    failIfAsked(name);
    return filer.createClassFile(name, originatingElements);
  }

  @Override
  public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
      CharSequence relativeName, Element... originatingElements) throws IOException {
    failIfAsked(relativeName);
    return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
  }

  @Override
  public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
      CharSequence relativeName) throws IOException {
    return filer.getResource(location, moduleAndPkg, relativeName);
  }

  private void failIfAsked(CharSequence name) throws IOException {
    if (!failing.contentEquals(name)) {
      return;
    }
    if (failure instanceof IOException io) {
      throw io;
    }
    throw (RuntimeException) failure;
  }
}
