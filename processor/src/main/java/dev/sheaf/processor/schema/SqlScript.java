package dev.sheaf.processor.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a DDL script into statements at the delimiters that end them, so that one statement
 * JSqlParser does not know (a CREATE TYPE, a vendor command) costs only itself. Delimiters in
 * quotes, comments and PostgreSQL dollar-quoted bodies do not end a statement. Dumps add two
 * client-side forms: pg_dump's {@code COPY ... FROM stdin;} is followed by rows up to a line
 * {@code \.}, which are data, not SQL; mysqldump's {@code DELIMITER ;;} changes the delimiter
 * so that a trigger body can hold semicolons.
 */
final class SqlScript {
  /** A statement's text, and the line of the file it starts on (1-based), past its comments. */
  record Piece(String text, int line) {}

  private static final Pattern COPY_FROM_STDIN =
      Pattern.compile("COPY\\s.*\\bFROM\\s+STDIN\\b.*", Pattern.DOTALL);
  private static final Pattern DELIMITER = Pattern.compile("(?i)DELIMITER[ \\t]+(\\S+)[^\\n]*");
  private static final Pattern END_OF_COPY = Pattern.compile("(?m)^\\\\\\.\\r?$");

  private SqlScript() {}

  static List<Piece> split(String script) {
    List<Piece> pieces = new ArrayList<>();
    Lines lines = new Lines(script);
    String delimiter = ";";
    boolean atStart = true; // only blanks and comments since the last delimiter
    int start = 0;
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (script.startsWith(delimiter, i)) {
        Piece piece = add(pieces, lines, script, start, i);
        start = i += delimiter.length();
        atStart = true;
        if (piece != null && isCopyFromStdin(piece.text())) {
          start = i = skipCopyData(script, i);
        }
      } else if (c == '-' && script.startsWith("--", i)) {
        i = skipTo(script, i, "\n");
      } else if (c == '/' && script.startsWith("/*", i)) {
        i = skipTo(script, i + 2, "*/");
      } else if (atStart && (c == 'D' || c == 'd') && delimiterCommand(script, i) != null) {
        Matcher command = delimiterCommand(script, i);
        delimiter = command.group(1);
        start = i = command.end();
      } else {
        atStart &= Character.isWhitespace(c);
        if (c == '\'' || c == '"' || c == '`') {
          i = skipQuoted(script, i, c);
        } else if (c == '$') {
          i = skipDollarQuoted(script, i);
        } else {
          i++;
        }
      }
    }
    add(pieces, lines, script, start, script.length());
    return pieces;
  }

  /**
   * Adds the piece from its first character that is not blank or comment, so its line is where
   * the statement visibly starts (pg_dump writes a comment block before each); returns it, or
   * null for a piece holding nothing.
   */
  private static Piece add(List<Piece> pieces, Lines lines, String script, int start, int end) {
    start = skipBlank(script, start, end);
    if (start >= end) {
      return null;
    }
    Piece piece = new Piece(script.substring(start, end), lines.at(start));
    pieces.add(piece);
    return piece;
  }

  /** Line numbers of positions asked for in order, counted once: a dump has megabytes of them. */
  private static final class Lines {
    private final String script;
    private int position;
    private int line = 1;

    Lines(String script) {
      this.script = script;
    }

    int at(int index) {
      for (; position < index; position++) {
        if (script.charAt(position) == '\n') {
          line++;
        }
      }
      return line;
    }
  }

  /** The first index from {@code from} that is neither whitespace nor inside a comment. */
  private static int skipBlank(String script, int from, int end) {
    int i = from;
    while (i < end) {
      if (Character.isWhitespace(script.charAt(i))) {
        i++;
      } else if (script.startsWith("--", i)) {
        i = skipTo(script, i, "\n");
      } else if (script.startsWith("/*", i)) {
        i = skipTo(script, i + 2, "*/");
      } else {
        break;
      }
    }
    return Math.min(i, end);
  }

  /** mysqldump's {@code DELIMITER ;;} line at {@code at}, or null. */
  private static Matcher delimiterCommand(String script, int at) {
    Matcher command = DELIMITER.matcher(script).region(at, script.length());
    return command.lookingAt() ? command : null;
  }

  private static boolean isCopyFromStdin(String text) {
    return COPY_FROM_STDIN.matcher(text.toUpperCase(Locale.ROOT)).matches();
  }

  /** Past the rows pg_dump writes after {@code COPY ... FROM stdin;}, up to the line {@code \.}. */
  private static int skipCopyData(String script, int from) {
    Matcher end = END_OF_COPY.matcher(script);
    return end.find(from) ? end.end() : script.length();
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
