package dev.sheaf.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The packaged processor carries its SQL parser under Sheaf's own package, and its published
 * pom does not name the parser: a user's classpath never gets JSqlParser from Sheaf.
 */
class ShadedJarIT {
  private static final Path JAR = Path.of(System.getProperty("sheaf.processor.jar"));
  private static final Path POM = Path.of(System.getProperty("sheaf.processor.pom"));

  @Test
  void theParserIsInsideTheJarUnderSheafsPackageOnly() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> names = jar.stream().map(ZipEntry::getName).toList();

      assertThat(names).contains("dev/sheaf/processor/shaded/jsqlparser/parser/CCJSqlParser.class");
      assertThat(names.stream().filter(n -> n.startsWith("net/sf/jsqlparser"))).isEmpty();
      assertThat(names).contains("META-INF/services/javax.annotation.processing.Processor");
    }
  }

  @Test
  void thePublishedPomDoesNotDependOnTheParser() throws IOException {
    String pom = Files.readString(POM);
    // The build section names the parser (the shade configuration); what users resolve is after.
    String dependencies = pom.substring(pom.indexOf("</build>"));

    assertThat(dependencies).doesNotContain("jsqlparser");
    assertThat(dependencies).contains("<artifactId>javapoet</artifactId>");
  }
}
