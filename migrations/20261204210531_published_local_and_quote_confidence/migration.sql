ALTER TABLE `articles` ADD `published_local` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `published_offset` text;--> statement-breakpoint
ALTER TABLE `quotes` ADD `speaker_confidence` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `quotes` ADD `cue_start` integer;--> statement-breakpoint
ALTER TABLE `quotes` ADD `cue_end` integer;--> statement-breakpoint
ALTER TABLE `quotes` ADD `evidence_start` integer;--> statement-breakpoint
ALTER TABLE `quotes` ADD `evidence_end` integer;--> statement-breakpoint
CREATE INDEX `quotes_speaker_confidence_idx` ON `quotes` (`speaker_confidence`,`id`);