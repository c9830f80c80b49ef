package dev.sheaf.examples.build;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A Maven local repository for a build nested in this one: the outer build's repository, linked
 * entry by entry, except {@code dev/sheaf}, which holds the runtime and processor this reactor has
 * just compiled. The nested build runs offline on what the outer one downloaded, never picks up a
 * Sheaf that an earlier {@code mvn install} left in the shared repository, and never writes there.
 * Closing it removes the links, so no clean-up of the folder can reach through them.
 */
final class LocalRepositoryOverlay implements AutoCloseable {
  private static final List<String> SHEAF_GROUP = List.of("dev", "sheaf");

  private final Path root;
  private final List<Path> links = new ArrayList<>();

  private LocalRepositoryOverlay(Path root) {
    this.root = root;
  }

  /** The folder to pass as {@code -Dmaven.repo.local}. */
  Path root() {
    return root;
  }

  /**
   * Creates the overlay at {@code at}.
   *
   * @param shared the outer build's local repository
   * @param sheafRoot the root of this reactor, whose modules' {@code target/classes} are packed
   *     into jars: they are fresh from {@code mvn test} on, the packaged jars only from
   *     {@code package} on
   */
  static LocalRepositoryOverlay create(Path at, Path shared, Path sheafRoot, String version)
      throws IOException {
    LocalRepositoryOverlay overlay = new LocalRepositoryOverlay(at);
    overlay.linkAllBut(shared, at, SHEAF_GROUP);
    Path group = at.resolve(String.join("/", SHEAF_GROUP));
    install(group, "sheaf-parent", version, sheafRoot.resolve("pom.xml"), null);
    install(group, "sheaf-runtime", version, sheafRoot.resolve("runtime/pom.xml"),
        sheafRoot.resolve("runtime/target/classes"));
    install(group, "sheaf-processor", version, sheafRoot.resolve("processor/pom.xml"),
        sheafRoot.resolve("processor/target/classes"));
    return overlay;
  }

  @Override
  public void close() throws IOException {
    for (Path link : links) {
      Files.deleteIfExists(link);
    }
  }

  /**
   * Links each entry of {@code from} into {@code to}, except along {@code path}: its folders are
   * made and filled the same way, and its last one is left out.
   */
  private void linkAllBut(Path from, Path to, List<String> path) throws IOException {
    Files.createDirectories(to);
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> entries = Files.list(from)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        String name = entry.getFileName().toString();
        if (!name.equals(path.get(0))) {
          links.add(Files.createSymbolicLink(to.resolve(name), entry));
        } else if (path.size() > 1) {
          linkAllBut(entry, to.resolve(name), path.subList(1, path.size()));
        }
      }
    }
  }

  /** Lays out an artifact as {@code mvn install} would; {@code classes} null for a POM. */
  private static void install(Path group, String artifact, String version, Path pom, Path classes)
      throws IOException {
    Path folder = Files.createDirectories(group.resolve(artifact).resolve(version));
    String base = artifact + "-" + version;
    Files.copy(pom, folder.resolve(base + ".pom"));
    if (classes != null) {
      jar(classes, folder.resolve(base + ".jar"));
    }
  }

  private static void jar(Path classes, Path jar) throws IOException {
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException(classes + " is missing: build from the root (mvn verify),"
          + " which compiles the runtime and the processor before the examples");
    }
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(classes)) {
      for (Path entry : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        String name = classes.relativize(entry).toString().replace(File.separatorChar, '/');
        out.putNextEntry(new JarEntry(name));
        Files.copy(entry, out);
        out.closeEntry();
      }
    }
  }
}
