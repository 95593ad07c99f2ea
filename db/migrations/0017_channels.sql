CREATE TABLE `carrier_refs` (
	`channel_id` integer NOT NULL,
	`carrier_id` text NOT NULL,
	`message_id` integer NOT NULL,
	`part` integer NOT NULL,
	`parts` integer NOT NULL,
	`delivered` integer,
	`submitted_at` integer NOT NULL,
	PRIMARY KEY(`channel_id`, `carrier_id`)
);
--> statement-breakpoint
CREATE INDEX `carrier_refs_message_idx` ON `carrier_refs` (`message_id`);--> statement-breakpoint
CREATE TABLE `channel_state` (
	`channel_id` integer PRIMARY KEY NOT NULL,
	`bound` integer NOT NULL,
	`down_since` integer,
	`last_error` text,
	`in_flight` integer DEFAULT 0 NOT NULL,
	`sent_last_minute` integer DEFAULT 0 NOT NULL,
	`receipt_lag_ms` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `channels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`config` text NOT NULL,
	`sealed_secret` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `channels_name_unique` ON `channels` (`name`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`message_id` integer PRIMARY KEY NOT NULL,
	`channel_id` integer NOT NULL,
	`fallbacks` text NOT NULL,
	`state` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_at` integer NOT NULL,
	`lease_until` integer,
	`last_error` text,
	`queued_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `outbox_channel_idx` ON `outbox` (`channel_id`,`state`,`next_at`);--> statement-breakpoint
CREATE TABLE `routes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`position` integer NOT NULL,
	`region` text,
	`country` text,
	`message_type` text,
	`account_id` integer,
	`channel_ids` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `messages` ADD `channel_id` integer;--> statement-breakpoint
-- A fresh install delivers to the built-in simulator: one channel and one route that matches everything.
INSERT INTO `channels` (`name`, `kind`, `enabled`, `config`, `created_at`, `updated_at`) VALUES ('Simulator', 'simulator', 1, '{}', CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));--> statement-breakpoint
INSERT INTO `routes` (`position`, `channel_ids`, `enabled`, `created_at`) SELECT 1, json_array(`id`), 1, `created_at` FROM `channels` WHERE `name` = 'Simulator';
