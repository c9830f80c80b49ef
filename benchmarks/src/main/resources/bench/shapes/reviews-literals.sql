-- The kept books' reviews, the same list of literal keys at every run.
SELECT review.book_id, review.id, review.rating FROM review WHERE review.book_id IN ($KEYS)
