package dev.sheaf.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The demo's command line: the report on embedded H2 unless told otherwise. */
class DemoOptionsTest {
  @Test
  void noOptionsIsTheReportOnEmbeddedH2() {
    assertEquals(new DemoOptions(false, 8080, DemoOptions.EMBEDDED_H2, 1_000, false),
        DemoOptions.parse());
  }

  @Test
  void valuesFollowTheirOptionOrAnEqualsSign() {
    String url = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=demo";
    assertEquals(new DemoOptions(true, 9000, url, 50, false),
        DemoOptions.parse("--serve", "--port", "9000", "--authors=50", "--database-url", url));
    assertEquals(new DemoOptions(false, 8080, url, 1_000, false),
        DemoOptions.parse("--database-url=" + url));
  }

  @Test
  void mistakesSayWhatIsWrong() {
    assertEquals("unknown option: --sreve",
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--sreve"))
            .getMessage());
    assertEquals("--port needs a value",
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--port"))
            .getMessage());
    assertEquals("--port wants a whole number from 0 to 65535: 80a",
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--port", "80a"))
            .getMessage());
    assertEquals("--database-url wants a JDBC URL, jdbc:...: postgres://localhost/test",
        assertThrows(IllegalArgumentException.class,
            () -> DemoOptions.parse("--database-url", "postgres://localhost/test")).getMessage());
  }
}
