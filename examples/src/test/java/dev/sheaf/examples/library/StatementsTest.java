package dev.sheaf.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The costs {@link Statements} counts by hand are the ones the generated Javadoc states. */
class StatementsTest {
  @Test
  void generatedJavadocStatesTheStatementsOfTheDtoTree() {
    assertEquals(Statements.AUTHOR_PROFILE, Statements.javadoc(AuthorProfileRepository.class));
    assertEquals(Statements.BOOK_CARD, Statements.javadoc(BookCardRepository.class));
    assertEquals(Statements.REVIEW_LINE, Statements.javadoc(ReviewLineRepository.class));
    assertEquals(Statements.TAG_CARD, Statements.javadoc(TagCardRepository.class));
    assertEquals(Statements.COUNTRY_CARD, Statements.javadoc(CountryCardRepository.class));
    assertEquals(Statements.READER_CARD, Statements.javadoc(ReaderCardRepository.class));
    assertEquals(Statements.PUBLISHER_CARD, Statements.javadoc(PublisherCardRepository.class));
  }
}
