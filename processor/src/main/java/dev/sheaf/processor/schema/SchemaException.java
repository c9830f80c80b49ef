package dev.sheaf.processor.schema;

/** A schema file that cannot be found or read; the message names the file. */
public final class SchemaException extends Exception {
  public SchemaException(String message) {
    super(message);
  }
}
