package dev.sheaf.processor.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/**
 * The SQL a generated repository holds: the value of each of its string literals (the parts of
 * its {@code Select} statements), as javac reads them.
 */
final class Statements {
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  private static final Pattern CONCATENATION = Pattern.compile("\"\\s*\\+\\s*\"");

  private Statements() {}

  /** Every string literal's value, one after another. */
  static String of(JavaFileObject repository) {
    String source;
    try {
      source = repository.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // JavaPoet writes a string with line breaks as "a\n" + "b": one literal again.
    source = CONCATENATION.matcher(source).replaceAll("");
    StringBuilder values = new StringBuilder();
    Matcher literal = STRING.matcher(source);
    while (literal.find()) {
      values.append(unescape(literal.group(1))).append('\n');
    }
    return values.toString();
  }

  /** What javac makes of a literal's text: Unicode escapes, then the other escapes. */
  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == 'u') {
          j++;
        }
        out.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
        i = j + 3;
      } else if (c == '\\' && i + 1 < text.length()) {
        out.append(("\\" + text.charAt(i + 1)).translateEscapes());
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
