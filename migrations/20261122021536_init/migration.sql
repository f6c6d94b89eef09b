CREATE TABLE `affiliations` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`person_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	CONSTRAINT `fk_affiliations_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_affiliations_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `article_organisations` (
	`article_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`mentions` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `article_organisations_pk` PRIMARY KEY(`article_id`, `organisation_id`),
	CONSTRAINT `fk_article_organisations_article_id_articles_id_fk` FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_article_organisations_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `article_people` (
	`article_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`mentions` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `article_people_pk` PRIMARY KEY(`article_id`, `person_id`),
	CONSTRAINT `fk_article_people_article_id_articles_id_fk` FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_article_people_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`slug` text NOT NULL UNIQUE,
	`title` text NOT NULL,
	`standfirst` text,
	`url` text,
	`source_id` integer,
	`byline` text,
	`dateline` text,
	`published_at` text,
	`updated_at` text,
	`sort_date` text NOT NULL,
	`ingested_at` text NOT NULL,
	`body` text NOT NULL,
	`paragraphs` text NOT NULL,
	`word_count` integer NOT NULL,
	`quote_count` integer DEFAULT 0 NOT NULL,
	`content_hash` text NOT NULL UNIQUE,
	CONSTRAINT `fk_articles_source_id_organisations_id_fk` FOREIGN KEY (`source_id`) REFERENCES `organisations`(`id`)
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY,
	`value` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `organisation_aliases` (
	`organisation_id` integer NOT NULL,
	`alias` text NOT NULL,
	`key` text NOT NULL,
	CONSTRAINT `organisation_aliases_pk` PRIMARY KEY(`organisation_id`, `alias`, `key`),
	CONSTRAINT `fk_organisation_aliases_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`slug` text NOT NULL UNIQUE,
	`name` text NOT NULL,
	`acronym` text,
	`kind` text DEFAULT 'OTHER' NOT NULL,
	`mention_count` integer DEFAULT 0 NOT NULL,
	`quote_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`slug` text NOT NULL UNIQUE,
	`name` text NOT NULL,
	`mention_count` integer DEFAULT 0 NOT NULL,
	`quote_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `person_aliases` (
	`person_id` integer NOT NULL,
	`alias` text NOT NULL,
	`key` text NOT NULL,
	CONSTRAINT `person_aliases_pk` PRIMARY KEY(`person_id`, `alias`, `key`),
	CONSTRAINT `fk_person_aliases_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `person_descriptions` (
	`person_id` integer NOT NULL,
	`description` text NOT NULL,
	CONSTRAINT `person_descriptions_pk` PRIMARY KEY(`person_id`, `description`),
	CONSTRAINT `fk_person_descriptions_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`article_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`kind` text NOT NULL,
	`cue` text,
	`speaker_person_id` integer,
	`speaker_organisation_id` integer,
	`speaker_text` text,
	`paragraph` integer NOT NULL,
	`end_paragraph` integer NOT NULL,
	`start_offset` integer NOT NULL,
	`end_offset` integer NOT NULL,
	`text_key` text NOT NULL,
	CONSTRAINT `fk_quotes_article_id_articles_id_fk` FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_quotes_speaker_person_id_people_id_fk` FOREIGN KEY (`speaker_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL,
	CONSTRAINT `fk_quotes_speaker_organisation_id_organisations_id_fk` FOREIGN KEY (`speaker_organisation_id`) REFERENCES `organisations`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `affiliations_unique_idx` ON `affiliations` (`person_id`,`organisation_id`,`role`);--> statement-breakpoint
CREATE INDEX `affiliations_organisation_idx` ON `affiliations` (`organisation_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `article_organisations_org_idx` ON `article_organisations` (`organisation_id`,`article_id`);--> statement-breakpoint
CREATE INDEX `article_people_person_idx` ON `article_people` (`person_id`,`article_id`);--> statement-breakpoint
CREATE INDEX `articles_sort_idx` ON `articles` (`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `articles_source_idx` ON `articles` (`source_id`,`sort_date`);--> statement-breakpoint
CREATE INDEX `articles_quotes_idx` ON `articles` (`quote_count`,`id`);--> statement-breakpoint
CREATE INDEX `organisation_aliases_key_idx` ON `organisation_aliases` (`key`);--> statement-breakpoint
CREATE INDEX `organisations_name_idx` ON `organisations` (`name`);--> statement-breakpoint
CREATE INDEX `organisations_kind_idx` ON `organisations` (`kind`,`name`);--> statement-breakpoint
CREATE INDEX `organisations_mentions_idx` ON `organisations` (`mention_count`,`id`);--> statement-breakpoint
CREATE INDEX `people_name_idx` ON `people` (`name`);--> statement-breakpoint
CREATE INDEX `people_mentions_idx` ON `people` (`mention_count`,`id`);--> statement-breakpoint
CREATE INDEX `people_quotes_idx` ON `people` (`quote_count`,`id`);--> statement-breakpoint
CREATE INDEX `person_aliases_key_idx` ON `person_aliases` (`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `quotes_article_position_idx` ON `quotes` (`article_id`,`position`);--> statement-breakpoint
CREATE INDEX `quotes_person_idx` ON `quotes` (`speaker_person_id`,`id`);--> statement-breakpoint
CREATE INDEX `quotes_organisation_idx` ON `quotes` (`speaker_organisation_id`,`id`);--> statement-breakpoint
CREATE INDEX `quotes_text_key_idx` ON `quotes` (`text_key`);--> statement-breakpoint
CREATE INDEX `quotes_kind_idx` ON `quotes` (`kind`,`id`);