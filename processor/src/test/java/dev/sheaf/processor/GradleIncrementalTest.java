package dev.sheaf.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sheaf.processor.Sources.dto;

import com.google.testing.compile.Compilation;
import dev.sheaf.processor.write.RepositoryIndex;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * Gradle compiles incrementally around a processor only when the processor's jar declares its
 * category. Sheaf is <em>aggregating</em>: besides one repository per {@code @Projection} type
 * it writes one index of them all ({@code META-INF/sheaf/repositories}), which an isolating
 * processor may not. Each repository still names its DTO as its one originating element, so
 * Gradle knows which outputs a deleted DTO leaves stale.
 */
class GradleIncrementalTest {
  private static final String CATEGORIES = "META-INF/gradle/incremental.annotation.processors";
  private static final String SERVICES = "META-INF/services/javax.annotation.processing.Processor";

  @Test
  void theProcessorIsRegisteredAsAggregating() throws IOException {
    assertThat(lines(CATEGORIES)).containsExactly(SheafProcessor.class.getName() + ",aggregating");
  }

  /** A processor javac runs but Gradle has no category for would make every build a full one. */
  @Test
  void everyProcessorJavacFindsHasACategory() throws IOException {
    List<String> categorised =
        lines(CATEGORIES).stream().map(line -> line.substring(0, line.indexOf(','))).toList();

    assertThat(lines(SERVICES)).containsExactlyElementsIn(categorised);
  }

  @Test
  void eachRepositoryHasItsDtoAsItsOnlyOriginatingElementAndTheIndexHasThemAll() {
    OriginRecordingProcessor processor = new OriginRecordingProcessor();

    Compilation compilation = Javac.withoutSheaf().withProcessor(processor).compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(
                long id,
                @Aggregate(foreignKey = "author_id") List<Book> books,
                @Reference(foreignKey = "agent_id") Agent agent) {}
            """),
        dto("Book", """
            @Projection(table = "book")
            public record Book(long id, String title) {}
            """),
        dto("Agent", """
            @Projection(table = "agent")
            public record Agent(long id, String name) {}
            """),
        dto("Catalog", """
            public final class Catalog {
              private Catalog() {}

              @Projection(table = "entry")
              public record Entry(long id, String title) {}
            }
            """));

    // Also shows Sheaf works in a wrapped environment, where javac's Trees API is out of reach.
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(names(processor.origins())).containsExactly(
        "/" + RepositoryIndex.RESOURCE,
        List.of("shapes.Agent", "shapes.Author", "shapes.Book", "shapes.Catalog.Entry"),
        "shapes.AgentRepository", List.of("shapes.Agent"),
        "shapes.AuthorRepository", List.of("shapes.Author"),
        "shapes.BookRepository", List.of("shapes.Book"),
        "shapes.Catalog_EntryRepository", List.of("shapes.Catalog.Entry"));
  }

  /** The lines of the processor's own copy of {@code resource}, without blanks and comments. */
  private static List<String> lines(String resource) throws IOException {
    try {
      Path classes = Path.of(SheafProcessor.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      return Files.readAllLines(classes.resolve(resource)).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, List<String>> names(Map<String, List<Element>> origins) {
    return origins.entrySet().stream().collect(Collectors.toMap(
        Map.Entry::getKey,
        entry -> entry.getValue().stream()
            .map(element -> ((TypeElement) element).getQualifiedName().toString())
            .toList(),
        (a, b) -> a,
        TreeMap::new));
  }
}
