package dev.sheaf.processor.schema;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The DDL files that the option {@code sheaf.schema} names, in the order they run. The option
 * lists files and folders, separated by commas or the platform's path separator. A folder is
 * read as Flyway reads a migrations folder: versioned {@code V<version>__<name>.sql} files by
 * version, then repeatable {@code R__<name>.sql} files by name; any other {@code .sql} file in
 * it (a plain {@code schema.sql}) comes first, by name. Undo migrations ({@code U...}) are skipped.
 */
public final class SchemaFiles {
  private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql", Pattern.CASE_INSENSITIVE);
  private static final Pattern REPEATABLE = Pattern.compile("R__.*\\.sql", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNDO = Pattern.compile("U[0-9][0-9._]*__.*\\.sql", Pattern.CASE_INSENSITIVE);

  private SchemaFiles() {}

  /** The files of {@code option}, relative paths resolved against {@code workingDirectory}. */
  public static List<Path> resolve(String option, Path workingDirectory) throws SchemaException {
    List<Path> files = new ArrayList<>();
    for (String entry : option.split("[,;" + java.io.File.pathSeparator + "]")) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = workingDirectory.resolve(entry.trim()).normalize();
      if (Files.isDirectory(path)) {
        files.addAll(folder(path));
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new SchemaException(path + " does not exist (relative paths are read from "
            + workingDirectory + "; in Maven, write -Asheaf.schema=${project.basedir}/...)");
      }
    }
    if (files.isEmpty()) {
      throw new SchemaException("\"" + option + "\" names no .sql file");
    }
    return files;
  }

  private static List<Path> folder(Path folder) throws SchemaException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".sql"))
          .filter(p -> !UNDO.matcher(p.getFileName().toString()).matches())
          .sorted(MIGRATION_ORDER)
          .toList();
    } catch (IOException e) {
      throw new SchemaException("cannot list " + folder + ": " + e.getMessage());
    }
  }

  /** Plain files by name, then versioned by version, then repeatable by name. */
  static final Comparator<Path> MIGRATION_ORDER = Comparator
      .comparingInt(SchemaFiles::phase)
      .thenComparing(SchemaFiles::version, SchemaFiles::compareVersions)
      .thenComparing(p -> p.getFileName().toString());

  private static int phase(Path file) {
    String name = file.getFileName().toString();
    if (VERSIONED.matcher(name).matches()) {
      return 1;
    }
    return REPEATABLE.matcher(name).matches() ? 2 : 0;
  }

  private static List<BigInteger> version(Path file) {
    Matcher matcher = VERSIONED.matcher(file.getFileName().toString());
    if (!matcher.matches()) {
      return List.of();
    }
    List<BigInteger> parts = new ArrayList<>();
    for (String part : matcher.group(1).split("[._]")) {
      if (!part.isEmpty()) {
        parts.add(new BigInteger(part));
      }
    }
    return parts;
  }

  /** 1.2 before 1.10 before 2; a missing part counts as 0, so 1 and 1.0 are equal. */
  private static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      BigInteger left = i < a.size() ? a.get(i) : BigInteger.ZERO;
      BigInteger right = i < b.size() ? b.get(i) : BigInteger.ZERO;
      int order = left.compareTo(right);
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  /** "V1__init.sql and 2 more in src/main/resources/db/migration", for messages. */
  public static String describe(List<Path> files) {
    Path first = files.get(0);
    return files.size() == 1 ? first.toString()
        : files.size() + " files (" + first.getFileName() + ", ...) in " + first.getParent();
  }
}
