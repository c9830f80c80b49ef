package dev.sheaf.processor.schema;

import java.util.Locale;

/** Names as SQL compares them here: quotes dropped, case folded, schema kept apart. */
final class SqlNames {
  private SqlNames() {}

  /**
   * {@code "Book"}, {@code `book`}, {@code [book]} and {@code BOOK} all to {@code book}. Case is
   * folded for quoted names too: a schema where two names differ only by case is not one Sheaf's
   * annotations could tell apart anyway.
   */
  static String normalize(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (String part : name.split("\\.", -1)) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(lowerCase(unquote(part.trim())));
    }
    return out.toString();
  }

  /** {@code `Track`} to {@code Track}: quotes dropped, case kept, for messages and case checks. */
  static String asWritten(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (String part : name.split("\\.", -1)) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(unquote(part.trim()));
    }
    return out.toString();
  }

  /** The last part of a possibly schema-qualified, normalized name. */
  static String simple(String normalized) {
    return normalized.substring(normalized.lastIndexOf('.') + 1);
  }

  /** Whether a name part was written in quotes: {@code "Album"}, {@code `Track`}, {@code [x]}. */
  static boolean quoted(String part) {
    return !unquote(part).equals(part);
  }

  /** Each part of {@code name} as {@code rule} says a statement must write it. */
  static String sqlName(String name, NameCase rule) {
    StringBuilder out = new StringBuilder(name.length());
    for (String part : name.split("\\.", -1)) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(rule.sqlName(part));
    }
    return out.toString();
  }

  static String lowerCase(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  static String unquote(String part) {
    if (part.length() >= 2) {
      char first = part.charAt(0);
      char last = part.charAt(part.length() - 1);
      if ((first == '"' && last == '"') || (first == '`' && last == '`')
          || (first == '[' && last == ']')) {
        return part.substring(1, part.length() - 1);
      }
    }
    return part;
  }
}
