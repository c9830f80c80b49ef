package dev.sheaf.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.sheaf.processor.CompiledClassLoader;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * {@link TextBlocks}: the text block it writes must hold exactly the given text once javac has
 * stripped its indentation and translated its escapes. Checked on the written source, and by
 * compiling blocks the way the repository writer emits them (a JavaPoet field initializer) and
 * reading the constants back.
 */
class TextBlocksTest {

  // ---------------------------------------------------------------- the written source

  @Test
  void oneLine() {
    assertThat(TextBlocks.of("SELECT 1").toString())
        .isEqualTo("\"\"\"\n    SELECT 1\\\n    \"\"\"");
  }

  @Test
  void everyLineIsIndentedAndTheDelimiterClosesOnALineOfItsOwn() {
    assertThat(TextBlocks.of("SELECT a,\n       b\nFROM t\n").toString()).isEqualTo("""
        \"""
            SELECT a,
                   b
            FROM t
            \"""\
        """);
  }

  @Test
  void backslashesAreDoubled() {
    assertThat(TextBlocks.escape("LIKE 'a\\_%' ESCAPE '\\'"))
        .isEqualTo("LIKE 'a\\\\_%' ESCAPE '\\\\'");
  }

  @Test
  void tripleQuotesAreEscaped() {
    assertThat(TextBlocks.escape("x = '\"\"\"'")).isEqualTo("x = '\"\"\\\"'");
  }

  @Test
  void aQuotedNameAtTheEndOfALineReadsAsWritten() {
    assertThat(TextBlocks.escape("FROM \"order\"")).isEqualTo("FROM \"order\"");
  }

  @Test
  void trailingSpacesAreKeptWithAnEscapedLastSpace() {
    assertThat(TextBlocks.escape("a  ")).isEqualTo("a \\s");
    assertThat(TextBlocks.escape(" ")).isEqualTo("\\s");
    assertThat(TextBlocks.escape("a b")).isEqualTo("a b");
  }

  // ---------------------------------------------------------------- compiled by javac

  @Test
  void compiledBlocksHoldExactlyTheirText() {
    List<String> texts = List.of(
        "SELECT 1",
        "SELECT author.id,\n       author.name\nFROM author",
        "",
        "ends with a line break\n",
        "\n",
        "a blank line\n\nin the middle",
        "a line of spaces\n   \nin the middle",
        "trailing spaces  \nand more ",
        "tab\tinside",
        "LIKE '%\\_%' ESCAPE '\\'",
        "a backslash at the end \\",
        "x = '\"\"\"' OR y = '\"'",
        "six quotes: \"\"\"\"\"\" in a row",
        "looks like escapes: \\n \\t \\s \\\" \\0 \\u0041",
        "non-ASCII: é ü 日本",
        "dollars $L $S $$",
        "SELECT \"order\".\"year\"\nFROM \"order\"\n",
        "a line ending in a quote \"\n\"\" and one starting with two",
        "\"\n\"\n\"");

    assertThat(compiled(texts)).containsExactlyElementsIn(texts).inOrder();
  }

  // ---------------------------------------------------------------- edges once broken

  /** SQL such as {@code ORDER BY name COLLATE "C"} ends with a quote. */
  @Test
  void textEndingInAQuote() {
    assertRoundTrip("ORDER BY name COLLATE \"C\"");
  }

  @Test
  void fourQuotesInARow() {
    assertRoundTrip("SELECT \"\"\"\" FROM t");
  }

  @Test
  void indentationSharedByEveryLine() {
    assertRoundTrip("  a\n  b");
  }

  @Test
  void trailingTab() {
    assertRoundTrip("a\t");
  }

  @Test
  void carriageReturn() {
    assertRoundTrip("a\r\nb");
  }

  /** JavaPoet breaks lines at each of these, as at a line feed; javac would not. */
  @Test
  void charactersJavaPoetTakesForLineBreaks() {
    assertRoundTrip("a\u000Bb\fc\u0085d\u2028e\u2029f");
  }

  /** javac strips them at a line's end, as it strips spaces. */
  @Test
  void controlCharactersAtALinesEnd() {
    assertRoundTrip("a\f\nb\u000B\nc\u001C\nd\u001F\ne\u0000");
  }

  // ---------------------------------------------------------------- helpers

  private static void assertRoundTrip(String text) {
    assertThat(compiled(List.of(text))).containsExactly(text);
  }

  /**
   * Compiles one constant per text, written as the repository writer writes statements, and
   * returns their values.
   */
  private static List<String> compiled(List<String> texts) {
    TypeSpec.Builder type = TypeSpec.classBuilder("Blocks").addModifiers(Modifier.FINAL);
    for (int i = 0; i < texts.size(); i++) {
      type.addField(FieldSpec.builder(String.class, "TEXT_" + i, Modifier.STATIC, Modifier.FINAL)
          .initializer(TextBlocks.of(texts.get(i)))
          .build());
    }
    JavaFile file = JavaFile.builder("blocks", type.build()).indent("  ").build();
    Compilation compilation = javac().compile(file.toJavaFileObject());
    assertThat(compilation).succeededWithoutWarnings();

    try {
      Class<?> blocks = new CompiledClassLoader(compilation).loadClass("blocks.Blocks");
      List<String> values = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        var field = blocks.getDeclaredField("TEXT_" + i);
        field.setAccessible(true);
        values.add((String) field.get(null));
      }
      return values;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
