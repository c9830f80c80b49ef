-- The AuthorCard benchmark's tables (dev.sheaf.benchmarks.card), the same DDL on H2,
-- PostgreSQL and MariaDB. They share the demo's table names, not its columns, so the build
-- checks the card's projections against this file in a compilation of their own (pom.xml).
CREATE TABLE author (
  id BIGINT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  country_code CHAR(2) NOT NULL
);

CREATE TABLE publisher (
  id BIGINT PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);

CREATE TABLE book (
  id BIGINT PRIMARY KEY,
  author_id BIGINT NOT NULL REFERENCES author (id),
  title VARCHAR(200) NOT NULL,
  pages INT NOT NULL,
  published DATE NOT NULL,
  publisher_id BIGINT REFERENCES publisher (id)
);

CREATE INDEX book_author ON book (author_id);
-- An author's newest books: what a top-N per author reads in order.
CREATE INDEX book_author_published ON book (author_id, published);
CREATE INDEX book_publisher ON book (publisher_id);

CREATE TABLE review (
  id BIGINT PRIMARY KEY,
  book_id BIGINT NOT NULL REFERENCES book (id),
  rating INT NOT NULL,
  body VARCHAR(500) NOT NULL
);

CREATE INDEX review_book ON review (book_id);

CREATE TABLE tag (
  id INT PRIMARY KEY,
  name VARCHAR(50) NOT NULL
);

-- The primary key's first column serves the lookup by book; the second index the lookup by tag.
CREATE TABLE book_tag (
  book_id BIGINT NOT NULL REFERENCES book (id),
  tag_id INT NOT NULL REFERENCES tag (id),
  PRIMARY KEY (book_id, tag_id)
);

CREATE INDEX book_tag_tag ON book_tag (tag_id);
