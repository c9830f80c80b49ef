package dev.sheaf.processor.write;

/** Text shown verbatim in Javadoc, such as a statement's SQL inside {@code <pre>}. */
final class JavadocText {
  private JavadocText() {}

  /**
   * {@code text} as Javadoc HTML that shows it as written: markup characters as entities, and
   * what would end the comment ({@code *}{@code /}), start a tag ({@code @}) or become a Unicode
   * escape for javac (a backslash) broken up.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\r' -> { }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
