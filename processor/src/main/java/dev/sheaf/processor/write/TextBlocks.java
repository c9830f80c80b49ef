package dev.sheaf.processor.write;

import com.palantir.javapoet.CodeBlock;

/**
 * Java text blocks for SQL, so the statement in the generated source reads as the statement that
 * runs. JavaPoet writes multi-line strings as concatenations; this writes {@code """}.
 */
final class TextBlocks {
  private static final String INDENT = "    ";

  private TextBlocks() {}

  /**
   * {@code text} as a text block whose value is exactly {@code text}. The closing delimiter has a
   * line of its own, at the content's indentation, so indentation the text has is kept; a text
   * that does not end with a line break ends its last line with {@code \}.
   */
  static CodeBlock of(String text) {
    boolean endsWithBreak = text.endsWith("\n");
    String[] lines = (endsWithBreak ? text.substring(0, text.length() - 1) : text).split("\n", -1);
    StringBuilder block = new StringBuilder("\"\"\"\n");
    for (int i = 0; i < lines.length; i++) {
      block.append(INDENT).append(escape(lines[i]));
      if (i == lines.length - 1 && !endsWithBreak) {
        block.append('\\');
      }
      block.append('\n');
    }
    block.append(INDENT).append("\"\"\"");
    return CodeBlock.of("$L", block);
  }

  /**
   * One line as a text block keeps it: backslashes and carriage returns escaped, every third
   * quote in a row escaped (so no {@code """} closes the block), and the last trailing blank
   * escaped (the compiler strips them). A quote at the end of a line needs nothing: the closing
   * delimiter has a line of its own, so SQL's quoted names read as written. Other control
   * characters, and U+0085, U+2028 and U+2029, are escaped too: JavaPoet breaks lines at some of
   * them, and javac strips others at a line's end.
   */
  static String escape(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    int quotes = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      quotes = c == '"' ? quotes + 1 : 0;
      boolean last = i == line.length() - 1;
      if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '"' && quotes == 3) {
        out.append("\\\"");
        quotes = 0;
      } else if (last && c == ' ') {
        out.append("\\s");
      } else if (last && c == '\t') {
        out.append("\\t");
      } else if (c != '\t' && Character.isISOControl(c)) {
        out.append(String.format("\\%03o", (int) c)); // three digits: a digit may follow
      } else if (c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c)); // javac reads it back before the block
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
