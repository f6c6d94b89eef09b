-- An article without a publication date sorts on '' (UNKNOWN_SORT_DATE in src/db/schema.ts), below
-- every date: after the dated articles newest first, and in no publication-date range. Rows stored earlier
-- sorted on their ingestion time, as if published then; this gives them the unknown date.
UPDATE `articles` SET `sort_date` = '' WHERE `published_at` IS NULL;
