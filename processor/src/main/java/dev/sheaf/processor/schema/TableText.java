package dev.sheaf.processor.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CREATE TABLE's text, rewritten into what JSqlParser reads without losing a column: PostgreSQL's
 * {@code INHERITS (parent, ...)} is split off (the parents' columns come first, added by the
 * reader), {@code PARTITION BY ...} is dropped, and table-level CHECK constraints, which the parser refuses in a table that has no
 * columns of its own (pg_dump's partitions), can be dropped: no check matters to a projection.
 */
record TableText(String statement, List<String> parents) {
  private static final Pattern INHERITS = Pattern.compile("(?is)\\)\\s*INHERITS\\s*\\(([^()]*)\\)");
  /** PostgreSQL's partitioned parent: {@code ) PARTITION BY RANGE (day)}; its columns are all there. */
  private static final Pattern PARTITION_BY =
      Pattern.compile("(?is)\\)\\s*PARTITION\\s+BY\\s+(RANGE|LIST|HASH)\\s*\\(.*\\)\\s*$");
  private static final Pattern CHECK = Pattern.compile("(?is)(CONSTRAINT\\s+\\S+\\s+)?CHECK\\s*\\(.*");

  TableText {
    parents = List.copyOf(parents);
  }

  static TableText of(String text) {
    Matcher partitioned = PARTITION_BY.matcher(text);
    String createTable = partitioned.find() ? text.substring(0, partitioned.start() + 1) : text;
    Matcher inherits = INHERITS.matcher(createTable);
    int at = -1;
    while (inherits.find()) {
      at = inherits.start(); // the last one: an earlier match would sit inside a column's default
    }
    if (at < 0) {
      return new TableText(createTable, List.of());
    }
    inherits.find(at);
    List<String> parents = new ArrayList<>();
    for (String parent : inherits.group(1).split(",")) {
      if (!parent.isBlank()) {
        parents.add(parent.trim());
      }
    }
    String rest = createTable.substring(0, at + 1) + createTable.substring(inherits.end());
    return new TableText(rest, parents);
  }

  /** The statement without its table-level CHECK constraints, or itself when it has none. */
  TableText withoutChecks() {
    int open = statement.indexOf('(');
    int close = closing(statement, open);
    if (open < 0 || close < 0) {
      return this;
    }
    List<String> kept = new ArrayList<>();
    for (String element : elements(statement.substring(open + 1, close))) {
      if (!CHECK.matcher(element.trim()).matches()) {
        kept.add(element);
      }
    }
    String body = String.join(",", kept);
    return new TableText(statement.substring(0, open + 1) + body + statement.substring(close), parents);
  }

  /** The index of the parenthesis closing the one at {@code open}, quotes respected; -1 if none. */
  private static int closing(String text, int open) {
    int depth = 0;
    for (int i = Math.max(open, 0); open >= 0 && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = text.indexOf(c, i + 1);
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The column list's elements: split at the commas outside parentheses and quotes. */
  private static List<String> elements(String body) {
    List<String> elements = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int end = body.indexOf(c, i + 1);
        i = end < 0 ? body.length() : end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        elements.add(body.substring(start, i));
        start = i + 1;
      }
    }
    elements.add(body.substring(start));
    return elements;
  }
}
