package dev.sheaf.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlParametersTest {
  /** PostgreSQL casts and quoted colons are not parameters; a question mark is. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pages > 300 AND title::text <> ''        | ",
      "title LIKE 'a:b?'                         | ",
      "\"odd:name\" = 1 AND `b:c` = 2            | ",
      "pages > ?                                 | ?",
      "pages > :min AND title = :t               | min t",
      "at >= :since::timestamp AND at < :until   | since until",
      "x = :a OR y = :a                          | a a"})
  void parametersAreFoundOutsideQuotesAndCasts(String sql, String parameters) {
    List<String> expected = parameters == null ? List.of() : Arrays.asList(parameters.split(" "));
    assertEquals(expected, SqlParameters.in(sql));
  }
}
