-- The same keys in another order at every run: a new text each time.
SELECT review.book_id, review.id, review.rating FROM review WHERE review.book_id IN ($SHUFFLED_KEYS)
