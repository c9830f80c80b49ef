package dev.sheaf.processor.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/** The SQL of a generated repository: the value of each of its text blocks, as javac reads it. */
final class Statements {
  private static final Pattern TEXT_BLOCK = Pattern.compile("= \"\"\"\n(.*?)\"\"\";", Pattern.DOTALL);

  private Statements() {}

  /** Every statement's value, one after another. */
  static String of(JavaFileObject repository) {
    String source;
    try {
      source = repository.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder values = new StringBuilder();
    Matcher block = TEXT_BLOCK.matcher(source);
    while (block.find()) {
      // What javac does to a text block: strip the incidental indentation, then the escapes.
      values.append(block.group(1).stripIndent().translateEscapes()).append('\n');
    }
    return values.toString();
  }
}
