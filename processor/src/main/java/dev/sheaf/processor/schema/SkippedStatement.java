package dev.sheaf.processor.schema;

import java.nio.file.Path;

/**
 * A table statement the reader could not use: its file, the line it starts on, its text cut to
 * one short line, and why. The rest of the schema is still read; the statement becomes a warning.
 */
public record SkippedStatement(Path file, int line, String statement, String reason) {}
