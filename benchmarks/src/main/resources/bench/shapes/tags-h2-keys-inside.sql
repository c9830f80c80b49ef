-- H2: the key table joined inside the junction's derived table, as Sheaf writes it.
SELECT sheaf_link.sheaf_parent, tag.name
FROM (SELECT book_tag.book_id AS sheaf_parent, book_tag.tag_id AS sheaf_target
      FROM UNNEST(?) sheaf_keys(sheaf_key) JOIN book_tag ON book_tag.book_id = sheaf_keys.sheaf_key) sheaf_link
JOIN tag ON tag.id = sheaf_link.sheaf_target
ORDER BY name
