-- Articles and quotes enter their search indexes through the batch that inserts them: one statement
-- per index for the whole batch (src/search/index-rows.ts, which every statement list that inserts
-- articles or quotes ends its rows with), not a trigger per inserted row. Replaying the writer's
-- statements for 400 sample-length articles, that is 0.8 ms less SQLite CPU per article out of 2.6.
-- Updates and deletes keep their triggers (the search migration): they are rare, and they must
-- remove exactly the terms the old values put in.
DROP TRIGGER `articles_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `quotes_fts_insert`;
