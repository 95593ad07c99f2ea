CREATE TABLE `unsubscribe_removals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`signature_id` integer NOT NULL,
	`region` text NOT NULL,
	`phone` text NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`reject_reason` text,
	`reject_suggestion` text,
	`submitted_at` integer NOT NULL,
	`decided_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unsubscribe_removals_account_idx` ON `unsubscribe_removals` (`account_id`,`status`);