package dev.sheaf.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The costs {@link Statements} counts by hand are the ones the generated repositories state. */
class StatementsTest {
  @Test
  void generatedRepositoriesStateTheStatementsOfTheDtoTree() {
    assertEquals(Statements.AUTHOR_PROFILE, AuthorProfileRepository.STATEMENTS);
    assertEquals(Statements.BOOK_CARD, BookCardRepository.STATEMENTS);
    assertEquals(Statements.REVIEW_LINE, ReviewLineRepository.STATEMENTS);
    assertEquals(Statements.TAG_CARD, TagCardRepository.STATEMENTS);
    assertEquals(Statements.COUNTRY_CARD, CountryCardRepository.STATEMENTS);
    assertEquals(Statements.READER_CARD, ReaderCardRepository.STATEMENTS);
    assertEquals(Statements.PUBLISHER_CARD, PublisherCardRepository.STATEMENTS);
  }
}
