package dev.sheaf.processor;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

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

  /**
   * Nothing but Sheaf's package and META-INF: JSqlParser's jar also carries build files at its
   * root (JMH's LICENSE and THIRD-PARTY, checkstyle.xml, jmh.properties, rr/xhtml2rst.xsl...),
   * which describe nothing in this jar and would land on a user's processor path.
   */
  @Test
  void nothingStraysOutsideSheafsPackageAndMetaInf() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> strays = jar.stream().map(ZipEntry::getName)
          .filter(name -> !name.startsWith("META-INF/") && !name.startsWith("dev/sheaf/")
              && !name.equals("dev/"))
          .toList();

      assertThat(strays).isEmpty();
    }
  }

  /** JSqlParser's jar has no licence file; its Maven metadata, kept, names its licences. */
  @Test
  void theParserKeepsItsLicenceNotice() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      ZipEntry pom = jar.getEntry("META-INF/maven/com.github.jsqlparser/jsqlparser/pom.xml");
      assertThat(pom).isNotNull();
      String licences = new String(jar.getInputStream(pom).readAllBytes(), UTF_8);

      assertThat(licences).contains("The Apache Software License, Version 2.0");
      assertThat(licences).contains("Lesser General Public License (LGPL) V2.1");
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
