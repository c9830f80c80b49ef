package dev.sheaf.processor.write;

import com.palantir.javapoet.CodeBlock;

/**
 * Java text blocks for SQL, so the statement in the generated source reads as the statement that
 * runs. JavaPoet writes multi-line strings as concatenations; this writes {@code """}.
 */
final class TextBlocks {
  private static final String INDENT = "    ";

  private TextBlocks() {}

  /** {@code text} as a text block whose value is exactly {@code text}. */
  static CodeBlock of(String text) {
    StringBuilder block = new StringBuilder("\"\"\"\n");
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      block.append(INDENT).append(escape(lines[i]));
      block.append(i < lines.length - 1 ? "\n" : "\"\"\"");
    }
    return CodeBlock.of("$L", block);
  }

  /**
   * Escapes what a text block would not keep as written: backslashes, a closing delimiter, and
   * trailing spaces (which the compiler strips).
   */
  static String escape(String line) {
    String escaped = line.replace("\\", "\\\\").replace("\"\"\"", "\\\"\"\"");
    int end = escaped.length();
    while (end > 0 && (escaped.charAt(end - 1) == ' ' || escaped.charAt(end - 1) == '\t')) {
      end--;
    }
    if (end == escaped.length()) {
      return escaped;
    }
    // \s keeps the trailing space, and the whitespace before it survives stripping.
    return escaped.substring(0, escaped.length() - 1) + "\\s";
  }
}
