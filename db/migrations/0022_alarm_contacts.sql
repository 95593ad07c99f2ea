CREATE TABLE `alarm_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`name` text NOT NULL,
	`phone` text NOT NULL,
	`email` text NOT NULL,
	`events` text DEFAULT '[]' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `alarm_contacts_app_idx` ON `alarm_contacts` (`application_id`);--> statement-breakpoint
CREATE INDEX `alarm_contacts_account_idx` ON `alarm_contacts` (`account_id`);--> statement-breakpoint
CREATE TABLE `alarm_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`contact_id` integer,
	`event` text NOT NULL,
	`channel` text NOT NULL,
	`target` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`state` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_at` integer NOT NULL,
	`last_error` text,
	`message_id` integer,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `alarm_deliveries_due_idx` ON `alarm_deliveries` (`state`,`next_at`);--> statement-breakpoint
CREATE INDEX `alarm_deliveries_account_idx` ON `alarm_deliveries` (`account_id`);--> statement-breakpoint
CREATE TABLE `anti_abuse_rules` (
	`application_id` integer PRIMARY KEY NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`min_requests` integer DEFAULT 50 NOT NULL,
	`min_success_pct` integer DEFAULT 80 NOT NULL,
	`max_growth_pct` integer DEFAULT 90 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `accounts` ADD `kind` text DEFAULT 'customer' NOT NULL;--> statement-breakpoint
CREATE INDEX `stats_hourly_hour_idx` ON `stats_hourly` (`hour`);