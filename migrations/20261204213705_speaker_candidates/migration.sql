CREATE TABLE `speaker_candidates` (
	`quote_id` integer NOT NULL,
	`rank` integer NOT NULL,
	`person_id` integer,
	`organisation_id` integer,
	`speaker_text` text,
	`confidence` real NOT NULL,
	`rule` text NOT NULL,
	CONSTRAINT `speaker_candidates_pk` PRIMARY KEY(`quote_id`, `rank`),
	CONSTRAINT `fk_speaker_candidates_quote_id_quotes_id_fk` FOREIGN KEY (`quote_id`) REFERENCES `quotes`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_speaker_candidates_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_speaker_candidates_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
ALTER TABLE `quotes` ADD `speaker_withheld` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `quotes_speaker_withheld_idx` ON `quotes` (`speaker_withheld`,`id`);--> statement-breakpoint
CREATE INDEX `speaker_candidates_person_idx` ON `speaker_candidates` (`person_id`);--> statement-breakpoint
CREATE INDEX `speaker_candidates_organisation_idx` ON `speaker_candidates` (`organisation_id`);