CREATE TABLE `app_allowlist` (
	`application_id` integer NOT NULL,
	`phone` text NOT NULL,
	`added_at` integer NOT NULL,
	PRIMARY KEY(`application_id`, `phone`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `applications` ADD `freq_per_30s` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `applications` ADD `freq_per_hour` integer;--> statement-breakpoint
ALTER TABLE `applications` ADD `freq_per_day` integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE `applications` ADD `mainland_daily_alarm` integer;--> statement-breakpoint
ALTER TABLE `applications` ADD `mainland_daily_limit` integer;--> statement-breakpoint
ALTER TABLE `applications` ADD `intl_daily_alarm` integer;--> statement-breakpoint
ALTER TABLE `applications` ADD `intl_daily_limit` integer;