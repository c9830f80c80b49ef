package dev.sheaf.examples.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's project, set up as README.md says (src/test/resources/incremental-project), built
 * twice with {@code mvn compile} and no {@code clean} in between: maven-compiler-plugin's default
 * incremental build must regenerate every repository an edited DTO reaches, drop the repository
 * of a deleted DTO, and never trip over the files the first build generated.
 *
 * <p>Runs the {@code mvn} on PATH against this reactor's runtime and processor (see
 * {@link LocalRepositoryOverlay}), told where they are by the examples' pom. Without {@code mvn}
 * on PATH the test is skipped, with the reason; with {@code CI=true} it fails instead.
 */
class MavenIncrementalBuildTest {
  private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

  @Test
  void editingADtoRegeneratesTheRepositoriesItReachesWithoutClean(@TempDir Path work)
      throws IOException, InterruptedException, URISyntaxException {
    Path mvn = Maven.onPath().orElseGet(() -> skip("no mvn on PATH"));
    String version = property("sheaf.version");
    try (LocalRepositoryOverlay repository = LocalRepositoryOverlay.create(
        work.resolve("repository"), Path.of(property("sheaf.localRepository")),
        Path.of(property("sheaf.root")).normalize(), version)) {
      Maven maven = Maven.of(mvn, repository.root(), work);
      Path project = copyOfTheProject(work.resolve("project"));
      String[] compile = {"-Dsheaf.version=" + version,
          "-Dcompiler-plugin.version=" + property("sheaf.compilerPluginVersion"), "compile"};

      assertClean(maven.run(project, compile));
      assertTrue(flat(generated(project, "AuthorRepository"))
          .contains("new Book( row.id(), row.title())"), "Author's books have two columns");
      assertTrue(Files.exists(generatedSource(project, "TagRepository")));

      edit(project.resolve("src/main/java/demo/Book.java"),
          project.resolve("target/classes/demo/Book.class"),
          "String title)", "String title, int pages)");
      Files.delete(project.resolve("src/main/java/demo/Tag.java"));
      String second = maven.run(project, compile);

      assertClean(second);
      assertTrue(second.contains("Recompiling the module"), second);
      String author = flat(generated(project, "AuthorRepository"));
      assertTrue(author.contains("new Book( row.id(), row.title(), row.pages())"),
          "AuthorRepository reaches Book, so it is rewritten:\n" + author);
      assertTrue(author.contains("book.pages"), author);
      assertTrue(flat(generated(project, "BookRepository"))
          .contains("new Book( row.id(), row.title(), row.pages())"));
      assertFalse(Files.exists(generatedSource(project, "TagRepository")),
          "stale TagRepository.java");
      assertFalse(Files.exists(project.resolve("target/classes/demo/TagRepository.class")),
          "stale TagRepository.class");
    }
  }

  /** No error and no warning: a stale or recreated generated file shows up as one of them. */
  private static void assertClean(String output) {
    assertFalse(output.contains("Attempt to recreate"), output);
    assertFalse(output.contains("[ERROR]"), output);
    assertFalse(output.contains("[WARNING]"), output);
  }

  /**
   * Replaces {@code before} with {@code after} in {@code source}, as an editor would. The file's
   * time is then after {@code compiled}'s, even where the filesystem keeps whole seconds: that is
   * how maven-compiler-plugin tells an edited source.
   */
  private static void edit(Path source, Path compiled, String before, String after)
      throws IOException {
    String text = Files.readString(source);
    assertTrue(text.contains(before), source + " holds " + before);
    Files.writeString(source, text.replace(before, after));
    FileTime builtAt = Files.getLastModifiedTime(compiled);
    if (Files.getLastModifiedTime(source).compareTo(builtAt) <= 0) {
      Files.setLastModifiedTime(source, FileTime.from(builtAt.toInstant().plusSeconds(1)));
    }
  }

  private static Path copyOfTheProject(Path to) throws IOException, URISyntaxException {
    Path from = Path.of(Objects.requireNonNull(
        MavenIncrementalBuildTest.class.getResource("/incremental-project")).toURI());
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, to.resolve(from.relativize(file).toString()),
            StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return to;
  }

  private static Path generatedSource(Path project, String simpleName) {
    return project.resolve("target/generated-sources/annotations/demo/" + simpleName + ".java");
  }

  private static String generated(Path project, String simpleName) throws IOException {
    return Files.readString(generatedSource(project, simpleName));
  }

  /** {@code text} with each run of white space as one space, so line breaks do not matter. */
  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /** A system property the examples' pom passes to the tests. */
  private static String property(String name) {
    String value = System.getProperty(name);
    return value != null ? value : skip("system property " + name + " is not set (run the"
        + " test through Maven: the examples' pom sets it)");
  }

  /** Aborts the test with {@code reason}, or fails it on CI, where it must run. */
  private static <T> T skip(String reason) {
    if (CI) {
      fail(reason + " (CI=true, so this test fails rather than skipping)");
    }
    // In the build log too: reports list skips without their reason.
    System.err.println("MavenIncrementalBuildTest skipped: " + reason);
    Assumptions.abort(reason);
    throw new AssertionError("unreachable");
  }
}
