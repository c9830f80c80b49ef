package dev.sheaf.processor.read;

import java.util.regex.Pattern;

/** Column names from Java names, and which names SQL takes as identifiers. */
public final class Names {
  /**
   * A name, plain or in standard double quotes (a name created in quotes, as SQL writes it). A
   * quoted name holds the same characters as a plain one: quotes are for case and reserved words
   * here, and Sheaf derives aliases from names.
   */
  private static final String PART = "([A-Za-z_][A-Za-z0-9_$]*|\"[A-Za-z_][A-Za-z0-9_$]*\")";

  private static final Pattern IDENTIFIER = Pattern.compile(PART + "(\\." + PART + ")?");

  private Names() {}

  /** {@code countryCode} to {@code country_code}, {@code isbn13} to {@code isbn13}, {@code URLText} to {@code url_text}. */
  public static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char before = javaName.charAt(i - 1);
        boolean nextIsLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        if (Character.isLowerCase(before) || Character.isDigit(before)
            || (Character.isUpperCase(before) && nextIsLower)) {
          out.append('_');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /**
   * A plain or schema-qualified SQL identifier, each part plain or quoted, such as {@code book},
   * {@code library.book} or {@code "Album"}.
   */
  public static boolean isIdentifier(String name) {
    return IDENTIFIER.matcher(name).matches();
  }
}
