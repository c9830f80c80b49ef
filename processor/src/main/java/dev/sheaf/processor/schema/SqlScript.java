package dev.sheaf.processor.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a DDL script into statements at the semicolons that end them, so that one statement
 * JSqlParser does not know (a CREATE TYPE, a vendor command) costs only itself. Semicolons in
 * quotes, comments and PostgreSQL dollar-quoted bodies do not end a statement.
 */
final class SqlScript {
  /** A statement's text, and the line of the file it starts on (1-based). */
  record Piece(String text, int line) {}

  private SqlScript() {}

  static List<Piece> split(String script) {
    List<Piece> pieces = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (c == ';') {
        add(pieces, script, start, i);
        start = ++i;
      } else if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(script, i, c);
      } else if (c == '-' && script.startsWith("--", i)) {
        i = skipTo(script, i, "\n");
      } else if (c == '/' && script.startsWith("/*", i)) {
        i = skipTo(script, i + 2, "*/");
      } else if (c == '$') {
        i = skipDollarQuoted(script, i);
      } else {
        i++;
      }
    }
    add(pieces, script, start, script.length());
    return pieces;
  }

  /** Adds the piece from its first non-blank character, so its line is where it visibly starts. */
  private static void add(List<Piece> pieces, String script, int start, int end) {
    while (start < end && Character.isWhitespace(script.charAt(start))) {
      start++;
    }
    String text = script.substring(start, end);
    if (!text.isBlank() && !onlyComments(text)) {
      int line = 1 + (int) script.substring(0, start).chars().filter(ch -> ch == '\n').count();
      pieces.add(new Piece(text, line));
    }
  }

  private static boolean onlyComments(String text) {
    String rest = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\n]*", "");
    return rest.isBlank();
  }

  /** Past a quoted run; a doubled quote inside is an escaped one. */
  private static int skipQuoted(String script, int open, char quote) {
    int i = open + 1;
    while (i < script.length()) {
      if (script.charAt(i) == quote) {
        if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      if (script.charAt(i) == '\\' && quote == '\'') {
        i++; // MySQL's backslash escape; harmless for the others, whose strings rarely end in one
      }
      i++;
    }
    return i;
  }

  private static int skipTo(String script, int from, String end) {
    int found = script.indexOf(end, from);
    return found < 0 ? script.length() : found + end.length();
  }

  /** Past {@code $tag$ ... $tag$}; a lone {@code $} (a MySQL name, a parameter) is skipped alone. */
  private static int skipDollarQuoted(String script, int open) {
    int close = script.indexOf('$', open + 1);
    if (close < 0) {
      return open + 1;
    }
    String tag = script.substring(open, close + 1);
    if (!tag.matches("\\$[A-Za-z_]*\\$")) {
      return open + 1;
    }
    return skipTo(script, close + 1, tag);
  }
}
