package dev.sheaf.examples.library;

/** A book's genre, stored by name in {@code book.genre}; read by Jdbi's enum mapper. */
public enum Genre {
  NOVEL,
  POETRY,
  ESSAY,
  DRAMA,
  SCIENCE
}
