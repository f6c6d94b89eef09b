CREATE INDEX `articles_publisher_idx` ON `articles` (`publisher_id`);--> statement-breakpoint
-- An entity an article only quotes, or an outlet it is published by, is referred to once in it
-- (src/ingest/write.ts stores at least 1), so no stored organisation or person counts 0 mentions.
UPDATE `article_organisations` SET `mentions` = 1 WHERE `mentions` < 1;
--> statement-breakpoint
UPDATE `article_people` SET `mentions` = 1 WHERE `mentions` < 1;
--> statement-breakpoint
UPDATE `organisations` SET `mention_count` = (SELECT coalesce(sum(mentions), 0) FROM article_organisations WHERE organisation_id = organisations.id);
--> statement-breakpoint
UPDATE `people` SET `mention_count` = (SELECT coalesce(sum(mentions), 0) FROM article_people WHERE person_id = people.id);
