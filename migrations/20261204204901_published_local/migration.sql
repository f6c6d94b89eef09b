ALTER TABLE `articles` ADD `published_local` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `published_offset` text;