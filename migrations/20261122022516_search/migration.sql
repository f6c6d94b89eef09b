-- Full-text search (FTS5; libSQL and D1 both ship it). Triggers on the base tables keep the indexes in
-- step with every write, inside the same transaction/batch as the write itself, whoever writes.
-- unicode61 with remove_diacritics 2 folds case and accents ("Zelenskyy" = "zelenskyy", "Séoul" = "Seoul");
-- the prefix indexes make "zelen*" cheap while typing.
--
-- Articles and quotes are external-content tables over their base tables (no second copy of the text).
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	title, body,
	content = 'articles', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
--> statement-breakpoint
CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_update` AFTER UPDATE OF title, body ON `articles` BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `quotes_fts` USING fts5(
	text,
	content = 'quotes', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
--> statement-breakpoint
CREATE TRIGGER `quotes_fts_insert` AFTER INSERT ON `quotes` BEGIN
	INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_fts_delete` AFTER DELETE ON `quotes` BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_fts_update` AFTER UPDATE OF text ON `quotes` BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
	INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
--> statement-breakpoint
-- People and organisations gather their aliases from other tables, so their rows are plain FTS5 rows
-- (rowid = the entity's id), rebuilt whenever the entity or one of its aliases changes. `folded` holds
-- the names without hyphens, apostrophes and dots, so "Park Sunwon" finds "Park Sun-won" and "UN" "U.N.".
CREATE VIRTUAL TABLE `people_fts` USING fts5(
	name, aliases, folded,
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
--> statement-breakpoint
CREATE VIEW `people_search_text` AS
SELECT id, name, aliases,
	replace(replace(replace(replace(name || ' ' || aliases, '-', ''), '''', ''), '’', ''), '.', '') AS folded
FROM (
	SELECT p.id AS id, p.name AS name,
		coalesce((SELECT group_concat(alias, ' ; ') FROM person_aliases WHERE person_id = p.id), '') AS aliases
	FROM people p
);
--> statement-breakpoint
CREATE TRIGGER `people_fts_insert` AFTER INSERT ON `people` BEGIN
	INSERT INTO people_fts(rowid, name, aliases, folded) SELECT id, name, aliases, folded FROM people_search_text WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_update` AFTER UPDATE OF name ON `people` BEGIN
	DELETE FROM people_fts WHERE rowid = old.id;
	INSERT INTO people_fts(rowid, name, aliases, folded) SELECT id, name, aliases, folded FROM people_search_text WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_delete` AFTER DELETE ON `people` BEGIN
	DELETE FROM people_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `person_aliases_fts_insert` AFTER INSERT ON `person_aliases` BEGIN
	DELETE FROM people_fts WHERE rowid = new.person_id;
	INSERT INTO people_fts(rowid, name, aliases, folded) SELECT id, name, aliases, folded FROM people_search_text WHERE id = new.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `person_aliases_fts_delete` AFTER DELETE ON `person_aliases` BEGIN
	DELETE FROM people_fts WHERE rowid = old.person_id;
	INSERT INTO people_fts(rowid, name, aliases, folded) SELECT id, name, aliases, folded FROM people_search_text WHERE id = old.person_id;
END;
--> statement-breakpoint
INSERT INTO people_fts(rowid, name, aliases, folded) SELECT id, name, aliases, folded FROM people_search_text;
--> statement-breakpoint
CREATE VIRTUAL TABLE `organisations_fts` USING fts5(
	name, acronym, aliases, folded,
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
--> statement-breakpoint
CREATE VIEW `organisations_search_text` AS
SELECT id, name, acronym, aliases,
	replace(replace(replace(replace(name || ' ' || acronym || ' ' || aliases, '-', ''), '''', ''), '’', ''), '.', '') AS folded
FROM (
	SELECT o.id AS id, o.name AS name, coalesce(o.acronym, '') AS acronym,
		coalesce((SELECT group_concat(alias, ' ; ') FROM organisation_aliases WHERE organisation_id = o.id), '') AS aliases
	FROM organisations o
);
--> statement-breakpoint
CREATE TRIGGER `organisations_fts_insert` AFTER INSERT ON `organisations` BEGIN
	INSERT INTO organisations_fts(rowid, name, acronym, aliases, folded) SELECT id, name, acronym, aliases, folded FROM organisations_search_text WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_fts_update` AFTER UPDATE OF name, acronym ON `organisations` BEGIN
	DELETE FROM organisations_fts WHERE rowid = old.id;
	INSERT INTO organisations_fts(rowid, name, acronym, aliases, folded) SELECT id, name, acronym, aliases, folded FROM organisations_search_text WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_fts_delete` AFTER DELETE ON `organisations` BEGIN
	DELETE FROM organisations_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_aliases_fts_insert` AFTER INSERT ON `organisation_aliases` BEGIN
	DELETE FROM organisations_fts WHERE rowid = new.organisation_id;
	INSERT INTO organisations_fts(rowid, name, acronym, aliases, folded) SELECT id, name, acronym, aliases, folded FROM organisations_search_text WHERE id = new.organisation_id;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_aliases_fts_delete` AFTER DELETE ON `organisation_aliases` BEGIN
	DELETE FROM organisations_fts WHERE rowid = old.organisation_id;
	INSERT INTO organisations_fts(rowid, name, acronym, aliases, folded) SELECT id, name, acronym, aliases, folded FROM organisations_search_text WHERE id = old.organisation_id;
END;
--> statement-breakpoint
INSERT INTO organisations_fts(rowid, name, acronym, aliases, folded) SELECT id, name, acronym, aliases, folded FROM organisations_search_text;
