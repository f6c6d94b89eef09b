CREATE TABLE `feed_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`feed_id` integer NOT NULL,
	`key` text NOT NULL,
	`url` text,
	`title` text,
	`published_at` text,
	`content` text,
	`state` text DEFAULT 'PENDING' NOT NULL,
	`claimed_at` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`article_id` integer,
	CONSTRAINT `fk_feed_items_feed_id_feeds_id_fk` FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_feed_items_article_id_articles_id_fk` FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `feeds` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`url` text NOT NULL UNIQUE,
	`title` text,
	`source` text,
	`etag` text,
	`last_modified` text,
	`last_fetched_at` text,
	`last_error` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feed_items_feed_key_idx` ON `feed_items` (`feed_id`,`key`);--> statement-breakpoint
CREATE INDEX `feed_items_state_idx` ON `feed_items` (`feed_id`,`state`,`claimed_at`);--> statement-breakpoint
CREATE INDEX `feed_items_article_idx` ON `feed_items` (`article_id`);