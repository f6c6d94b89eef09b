CREATE TABLE `article_fingerprints` (
	`article_id` integer NOT NULL,
	`hash` integer NOT NULL,
	CONSTRAINT `article_fingerprints_pk` PRIMARY KEY(`article_id`, `hash`),
	CONSTRAINT `fk_article_fingerprints_article_id_articles_id_fk` FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `reprints` (
	`article_id` integer PRIMARY KEY,
	`original_id` integer NOT NULL,
	CONSTRAINT `fk_reprints_article_id_articles_id_fk` FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_reprints_original_id_articles_id_fk` FOREIGN KEY (`original_id`) REFERENCES `articles`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE INDEX `article_fingerprints_hash_idx` ON `article_fingerprints` (`hash`,`article_id`);--> statement-breakpoint
CREATE INDEX `reprints_original_idx` ON `reprints` (`original_id`,`article_id`);