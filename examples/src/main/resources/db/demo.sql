-- Each book's reviews, and its tags through a junction table; after article.sql.
CREATE TABLE review (
  id BIGINT PRIMARY KEY,
  book_id BIGINT NOT NULL REFERENCES book (id),
  rating INT NOT NULL,
  text VARCHAR(500) NOT NULL
);

CREATE INDEX review_book ON review (book_id);

CREATE TABLE tag (
  id INT PRIMARY KEY,
  name VARCHAR(50) NOT NULL
);

-- The primary key's first column serves the lookup by book.
CREATE TABLE book_tag (
  book_id BIGINT NOT NULL REFERENCES book (id),
  tag_id INT NOT NULL REFERENCES tag (id),
  PRIMARY KEY (book_id, tag_id)
);
