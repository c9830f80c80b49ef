package dev.sheaf.spring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The repositories Sheaf's processor wrote, as its index files list them: one
 * {@value #RESOURCE} per jar or class folder, one class name a line.
 */
final class RepositoryIndex {
  /** Where the processor writes the index (its {@code RepositoryIndex.RESOURCE}). */
  static final String RESOURCE = "META-INF/sheaf/repositories";

  private RepositoryIndex() {}

  /** Each class name listed on {@code classLoader}'s path, once, with the index that lists it. */
  static Map<String, URL> read(ClassLoader classLoader) {
    Map<String, URL> names = new LinkedHashMap<>();
    try {
      Enumeration<URL> indexes = classLoader.getResources(RESOURCE);
      while (indexes.hasMoreElements()) {
        URL index = indexes.nextElement();
        try (BufferedReader lines = new BufferedReader(
            new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
          lines.lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty() && !line.startsWith("#"))
              .forEach(name -> names.putIfAbsent(name, index));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    return names;
  }
}
