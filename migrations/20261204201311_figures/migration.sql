CREATE TABLE `article_fingerprints` (
	`article_id` integer NOT NULL,
	`hash` integer NOT NULL,
	CONSTRAINT `article_fingerprints_pk` PRIMARY KEY(`article_id`, `hash`),
	CONSTRAINT `fk_article_fingerprints_article_id_articles_id_fk` FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `claim_sources` (
	`claim_id` integer NOT NULL,
	`rank` integer NOT NULL,
	`person_id` integer,
	`organisation_id` integer,
	CONSTRAINT `claim_sources_pk` PRIMARY KEY(`claim_id`, `rank`),
	CONSTRAINT `fk_claim_sources_claim_id_claims_id_fk` FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_claim_sources_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_claim_sources_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`article_id` integer NOT NULL,
	`position` integer NOT NULL,
	`figure_id` integer,
	`quote_id` integer,
	`text` text NOT NULL,
	`sentence` text NOT NULL,
	`value` real NOT NULL,
	`low` real,
	`qualifier` text NOT NULL,
	`unit` text NOT NULL,
	`subject` text NOT NULL,
	`paragraph` integer NOT NULL,
	`start_offset` integer NOT NULL,
	`end_offset` integer NOT NULL,
	CONSTRAINT `fk_claims_article_id_articles_id_fk` FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_claims_figure_id_figures_id_fk` FOREIGN KEY (`figure_id`) REFERENCES `figures`(`id`) ON DELETE SET NULL,
	CONSTRAINT `fk_claims_quote_id_quotes_id_fk` FOREIGN KEY (`quote_id`) REFERENCES `quotes`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text NOT NULL UNIQUE,
	`subject` text NOT NULL,
	`unit` text NOT NULL,
	`claim_count` integer DEFAULT 0 NOT NULL,
	`article_count` integer DEFAULT 0 NOT NULL,
	`value_count` integer DEFAULT 0 NOT NULL
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
CREATE INDEX `claim_sources_person_idx` ON `claim_sources` (`person_id`,`claim_id`);--> statement-breakpoint
CREATE INDEX `claim_sources_organisation_idx` ON `claim_sources` (`organisation_id`,`claim_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `claims_article_position_idx` ON `claims` (`article_id`,`position`);--> statement-breakpoint
CREATE INDEX `claims_figure_idx` ON `claims` (`figure_id`,`id`);--> statement-breakpoint
CREATE INDEX `claims_unit_idx` ON `claims` (`unit`,`id`);--> statement-breakpoint
CREATE INDEX `figures_value_count_idx` ON `figures` (`value_count`,`id`);--> statement-breakpoint
CREATE INDEX `reprints_original_idx` ON `reprints` (`original_id`,`article_id`);