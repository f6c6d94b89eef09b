-- Full-text search over numeric claims (their subject and sentence) and Figures (their subject), as
-- the search migration does for articles and quotes: external-content FTS5 tables kept in step by
-- triggers inside the same batch as every write.
CREATE VIRTUAL TABLE `claims_fts` USING fts5(
	subject, sentence,
	content = 'claims', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
--> statement-breakpoint
CREATE TRIGGER `claims_fts_insert` AFTER INSERT ON `claims` BEGIN
	INSERT INTO claims_fts(rowid, subject, sentence) VALUES (new.id, new.subject, new.sentence);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_delete` AFTER DELETE ON `claims` BEGIN
	INSERT INTO claims_fts(claims_fts, rowid, subject, sentence) VALUES ('delete', old.id, old.subject, old.sentence);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_update` AFTER UPDATE OF subject, sentence ON `claims` BEGIN
	INSERT INTO claims_fts(claims_fts, rowid, subject, sentence) VALUES ('delete', old.id, old.subject, old.sentence);
	INSERT INTO claims_fts(rowid, subject, sentence) VALUES (new.id, new.subject, new.sentence);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `figures_fts` USING fts5(
	subject,
	content = 'figures', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
--> statement-breakpoint
CREATE TRIGGER `figures_fts_insert` AFTER INSERT ON `figures` BEGIN
	INSERT INTO figures_fts(rowid, subject) VALUES (new.id, new.subject);
END;
--> statement-breakpoint
CREATE TRIGGER `figures_fts_delete` AFTER DELETE ON `figures` BEGIN
	INSERT INTO figures_fts(figures_fts, rowid, subject) VALUES ('delete', old.id, old.subject);
END;
--> statement-breakpoint
CREATE TRIGGER `figures_fts_update` AFTER UPDATE OF subject ON `figures` BEGIN
	INSERT INTO figures_fts(figures_fts, rowid, subject) VALUES ('delete', old.id, old.subject);
	INSERT INTO figures_fts(rowid, subject) VALUES (new.id, new.subject);
END;
