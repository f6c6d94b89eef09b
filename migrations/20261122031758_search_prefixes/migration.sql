-- Prefix indexes for every prefix length a typed word is likely to have (2 to 15 characters), on the
-- two large search indexes. The last word of a search is a prefix ("russia" also finds "russian");
-- without an index of its length FTS5 answers a prefix by merging the whole doclist of every term
-- that starts with it, which on 100,000 articles costs 10–60 ms before ranking reads a single row.
-- With one, the prefix is read like a single term, lazily and newest first. The indexes cost about
-- 60% more space and index writes (measured on 10,000 synthetic articles); people and organisations
-- are small enough that merging is cheap, so they keep the lengths they had.
--
-- FTS5 cannot change the option of an existing table, so both are rebuilt from their content tables.
-- The triggers of the search migration name the tables, not the table objects, and keep working.
DROP TABLE `articles_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	title, body,
	content = 'articles', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8 9 10 11 12 13 14 15'
);
--> statement-breakpoint
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
--> statement-breakpoint
-- One segment: fewer b-trees for every query to seek in (later writes add segments; FTS5 merges them).
INSERT INTO articles_fts(articles_fts) VALUES ('optimize');
--> statement-breakpoint
DROP TABLE `quotes_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `quotes_fts` USING fts5(
	text,
	content = 'quotes', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8 9 10 11 12 13 14 15'
);
--> statement-breakpoint
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize');
