package dev.sheaf.processor.read;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikelyMistakesTest {
  /** PostgreSQL casts and quoted colons are not parameters; a question mark is. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pages > 300 AND title::text <> ''   | ",
      "title LIKE 'a:b?'                    | ",
      "\"odd:name\" = 1                     | ",
      "pages > ?                            | ?",
      "pages > :min AND title = :t          | :min"})
  void parametersAreFoundOutsideQuotesAndCasts(String sql, String parameter) {
    assertThat(LikelyMistakes.firstParameter(sql)).isEqualTo(parameter);
  }
}
