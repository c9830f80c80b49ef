package dev.sheaf.processor.fuzz;

/** Java source text for values the generator writes into annotations. */
final class JavaText {
  private JavaText() {}

  /**
   * {@code value} as a Java string literal. Control characters become octal escapes, never
   * {@code \\u} escapes: javac reads those before it reads literals, so a line break would end one.
   */
  static String string(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\%03o", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** An int as Java writes it, so the extremes stay readable. */
  static String integer(int value) {
    return switch (value) {
      case Integer.MAX_VALUE -> "Integer.MAX_VALUE";
      case Integer.MIN_VALUE -> "Integer.MIN_VALUE";
      default -> Integer.toString(value);
    };
  }
}
