package dev.sheaf.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README shows generated code; each excerpt must be what the processor writes (the golden
 * file {@link GeneratedSourceTest} pins), so the README cannot drift from the output.
 */
class ReadmeExcerptTest {
  private static final Pattern EXCERPT =
      Pattern.compile("<!-- excerpt: (\\S+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyExcerptIsInTheFileItQuotes() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    String readme = Files.readString(root.resolve("README.md"));
    Matcher excerpts = EXCERPT.matcher(readme);
    int found = 0;
    while (excerpts.find()) {
      found++;
      String quoted = Files.readString(root.resolve(excerpts.group(1)));
      for (String piece : pieces(excerpts.group(2))) {
        assertThat(quoted).contains(piece);
      }
    }
    assertThat(found).isAtLeast(1);
  }

  /** An excerpt's runs of lines between {@code ...} lines, each quoted as a whole. */
  private static List<String> pieces(String excerpt) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (String line : excerpt.split("\n", -1)) {
      if (line.strip().equals("...")) {
        pieces.add(piece.toString());
        piece.setLength(0);
      } else {
        piece.append(line).append('\n');
      }
    }
    pieces.add(piece.toString().stripTrailing());
    pieces.removeIf(String::isBlank);
    return pieces;
  }
}
