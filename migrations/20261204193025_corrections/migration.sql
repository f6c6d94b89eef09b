CREATE TABLE `article_texts` (
	`article_id` integer PRIMARY KEY,
	`text` text NOT NULL,
	`hints` text NOT NULL,
	CONSTRAINT `fk_article_texts_article_id_articles_id_fk` FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `correction_keys` (
	`correction_id` integer NOT NULL,
	`key` text NOT NULL,
	CONSTRAINT `correction_keys_pk` PRIMARY KEY(`correction_id`, `key`),
	CONSTRAINT `fk_correction_keys_correction_id_corrections_id_fk` FOREIGN KEY (`correction_id`) REFERENCES `corrections`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`editor` text NOT NULL,
	`created_at` text NOT NULL,
	`reverted_at` text,
	`target_type` text NOT NULL,
	`target_id` integer NOT NULL,
	`target` text NOT NULL,
	`before` text NOT NULL,
	`after` text NOT NULL,
	`orphaned` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `person_redirects` (
	`from_id` integer PRIMARY KEY,
	`from_slug` text NOT NULL,
	`person_id` integer NOT NULL,
	`correction_id` integer NOT NULL,
	CONSTRAINT `fk_person_redirects_correction_id_corrections_id_fk` FOREIGN KEY (`correction_id`) REFERENCES `corrections`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE INDEX `correction_keys_key_idx` ON `correction_keys` (`key`);--> statement-breakpoint
CREATE INDEX `corrections_target_idx` ON `corrections` (`target_type`,`target_id`,`id`);--> statement-breakpoint
CREATE INDEX `corrections_kind_idx` ON `corrections` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `corrections_editor_idx` ON `corrections` (`editor`,`id`);--> statement-breakpoint
CREATE INDEX `person_redirects_slug_idx` ON `person_redirects` (`from_slug`);--> statement-breakpoint
CREATE INDEX `person_redirects_person_idx` ON `person_redirects` (`person_id`);