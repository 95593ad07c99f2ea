-- Rollups are WITHOUT ROWID: clustered on their dimensions, one b-tree each.
CREATE TABLE `replies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`region` text NOT NULL,
	`message_id` integer,
	`signature_id` integer,
	`phone` text NOT NULL,
	`content` text NOT NULL,
	`received_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `replies_account_idx` ON `replies` (`account_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `replies_phone_idx` ON `replies` (`phone`);--> statement-breakpoint
CREATE TABLE `stats_codes` (
	`account_id` integer NOT NULL,
	`day` text NOT NULL,
	`region` text NOT NULL,
	`application_id` integer NOT NULL,
	`signature_id` integer NOT NULL,
	`template_id` integer NOT NULL,
	`iso_country` text NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`account_id`, `region`, `day`, `kind`, `code`, `application_id`, `signature_id`, `template_id`, `iso_country`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `stats_daily` (
	`account_id` integer NOT NULL,
	`day` text NOT NULL,
	`region` text NOT NULL,
	`application_id` integer NOT NULL,
	`signature_id` integer NOT NULL,
	`template_id` integer NOT NULL,
	`iso_country` text NOT NULL,
	`requests` integer DEFAULT 0 NOT NULL,
	`submitted` integer DEFAULT 0 NOT NULL,
	`billed` integer DEFAULT 0 NOT NULL,
	`failed` integer DEFAULT 0 NOT NULL,
	`delivered` integer DEFAULT 0 NOT NULL,
	`undelivered` integer DEFAULT 0 NOT NULL,
	`cost_li` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`account_id`, `region`, `day`, `application_id`, `signature_id`, `template_id`, `iso_country`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `stats_daily_day_idx` ON `stats_daily` (`day`);--> statement-breakpoint
CREATE TABLE `stats_hourly` (
	`account_id` integer NOT NULL,
	`hour` integer NOT NULL,
	`region` text NOT NULL,
	`application_id` integer NOT NULL,
	`signature_id` integer NOT NULL,
	`template_id` integer NOT NULL,
	`iso_country` text NOT NULL,
	`requests` integer DEFAULT 0 NOT NULL,
	`submitted` integer DEFAULT 0 NOT NULL,
	`billed` integer DEFAULT 0 NOT NULL,
	`failed` integer DEFAULT 0 NOT NULL,
	`delivered` integer DEFAULT 0 NOT NULL,
	`undelivered` integer DEFAULT 0 NOT NULL,
	`cost_li` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`account_id`, `region`, `hour`, `application_id`, `signature_id`, `template_id`, `iso_country`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
DROP INDEX `messages_account_idx`;--> statement-breakpoint
ALTER TABLE `messages` ADD `processed_at` integer;--> statement-breakpoint
CREATE INDEX `messages_account_processed_idx` ON `messages` (`account_id`,`processed_at`);--> statement-breakpoint
UPDATE `messages` SET `processed_at` = coalesce(`submitted_at`, `created_at`) WHERE `status` != 'pending';