-- The seed article's tables. The demo creates them from this file, and the build checks the
-- examples' projections against it (-Asheaf.schema in pom.xml): one DDL for both.
CREATE TABLE author (
  id BIGINT PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);

CREATE TABLE book (
  id BIGINT PRIMARY KEY,
  author_id BIGINT NOT NULL REFERENCES author (id),
  title VARCHAR(200) NOT NULL
);

CREATE INDEX book_author ON book (author_id);
