-- The same keys as one array parameter (PostgreSQL).
SELECT review.book_id, review.id, review.rating FROM review WHERE review.book_id = ANY(?)
