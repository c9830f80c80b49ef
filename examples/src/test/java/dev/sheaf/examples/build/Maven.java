package dev.sheaf.examples.build;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code mvn} on PATH, run offline in batch mode against a given local repository and an
 * empty user settings file (so a developer's settings cannot change the outcome). It inherits
 * this JVM's environment, JAVA_HOME included: on the JDK 25 leg of CI it builds with JDK 25.
 */
final class Maven {
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final Path executable;
  private final Path localRepository;
  private final Path settings;

  private Maven(Path executable, Path localRepository, Path settings) {
    this.executable = executable;
    this.localRepository = localRepository;
    this.settings = settings;
  }

  /** The first {@code mvn} (or {@code mvn.cmd}) on PATH, if any. */
  static Optional<Path> onPath() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String folder : path.split(File.pathSeparator)) {
      for (String name : List.of("mvn", "mvn.cmd")) {
        Path candidate = Path.of(folder).resolve(name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** {@code executable} on {@code localRepository}, its settings file written to {@code work}. */
  static Maven of(Path executable, Path localRepository, Path work) throws IOException {
    Path settings = Files.writeString(work.resolve("settings.xml"), "<settings/>\n");
    return new Maven(executable, localRepository, settings);
  }

  /** The console output of {@code mvn <arguments>} in {@code project}, which exited with 0. */
  String run(Path project, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "-B", "-o",
        "-s", settings.toString(), "-Dmaven.repo.local=" + localRepository));
    command.addAll(Arrays.asList(arguments));
    Path log = Files.createTempFile(project.getParent(), "mvn", ".log");
    Process process = new ProcessBuilder(command)
        .directory(project.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("mvn did not finish in " + TIMEOUT + ": " + command + "\n"
          + Files.readString(log));
    }
    String output = Files.readString(log);
    if (process.exitValue() != 0) {
      throw new AssertionError("mvn exited with " + process.exitValue() + ": " + command + "\n"
          + output);
    }
    return output;
  }
}
