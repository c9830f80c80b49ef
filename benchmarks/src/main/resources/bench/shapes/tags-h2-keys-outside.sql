-- H2: the key table joined to the junction's derived table from outside.
SELECT sheaf_link.sheaf_parent, tag.name
FROM UNNEST(?) sheaf_keys(sheaf_key)
JOIN (SELECT book_tag.book_id AS sheaf_parent, book_tag.tag_id AS sheaf_target FROM book_tag) sheaf_link
  ON sheaf_link.sheaf_parent = sheaf_keys.sheaf_key
JOIN tag ON tag.id = sheaf_link.sheaf_target
ORDER BY name
