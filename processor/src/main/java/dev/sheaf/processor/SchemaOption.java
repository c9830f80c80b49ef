package dev.sheaf.processor;

import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter;
import dev.sheaf.processor.schema.Schema;
import dev.sheaf.processor.schema.SchemaException;
import dev.sheaf.processor.schema.SchemaFiles;
import dev.sheaf.processor.schema.SchemaReader;
import dev.sheaf.processor.schema.SkippedStatement;
import java.nio.file.Path;
import java.util.List;

/**
 * The schema that {@code -Asheaf.schema=<files or folders>} names, read once per build. A file
 * that cannot be found or read is one error, and then the build goes on as if no schema were
 * given, so the user sees that error and not one per projection. A statement that cannot be
 * parsed is only a warning: the rest of the schema is still checked.
 */
record SchemaOption(Schema schema) {
  static SchemaOption read(String option, Reporter reporter) {
    if (option == null || option.isBlank()) {
      return new SchemaOption(null);
    }
    try {
      List<Path> files = SchemaFiles.resolve(option, Path.of("").toAbsolutePath());
      Schema schema = SchemaReader.read(files, SchemaFiles.describe(files));
      for (SkippedStatement skipped : schema.skipped()) {
        reporter.report(Message.SCHEMA_STATEMENT_SKIPPED, skipped.file(), skipped.line(),
            skipped.statement(), skipped.reason());
      }
      return new SchemaOption(schema);
    } catch (SchemaException e) {
      reporter.report(Message.SCHEMA_UNREADABLE, e.getMessage());
      return new SchemaOption(null);
    } catch (RuntimeException | LinkageError e) {
      reporter.report(Message.SCHEMA_UNREADABLE, "reading it failed unexpectedly (" + e + ")");
      return new SchemaOption(null);
    }
  }
}
