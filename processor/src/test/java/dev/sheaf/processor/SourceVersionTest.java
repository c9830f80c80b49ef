package dev.sheaf.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sheaf.processor.Sources.dto;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * Sheaf runs on every javac from 17 on (the build and CI use 17 and 25). A processor that
 * declares an older version than the source it is given makes javac warn
 * ("Supported source version 'RELEASE_17' from annotation processor ... less than -source '25'"),
 * and a build with -Werror fail.
 */
class SourceVersionTest {

  /** On JDK 25, {@code --release 25}: the newest source a user of this JDK can write. */
  @Test
  void compilingForTheRunningJdksOwnReleaseGivesNoWarning() {
    String release = Integer.toString(Runtime.version().feature());

    Compilation compilation = Javac.sheaf().withOptions("--release", release).compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(long id, String name) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shapes.AuthorRepository");
  }
}
