CREATE TABLE `api_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`secret_id` text NOT NULL,
	`sealed_secret` text NOT NULL,
	`secret_hint` text NOT NULL,
	`state` text DEFAULT 'enabled' NOT NULL,
	`demo` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_secret_id_unique` ON `api_keys` (`secret_id`);--> statement-breakpoint
CREATE INDEX `api_keys_account_idx` ON `api_keys` (`account_id`);--> statement-breakpoint
CREATE TABLE `api_pull_cursors` (
	`application_id` integer PRIMARY KEY NOT NULL,
	`status_at` integer DEFAULT 0 NOT NULL,
	`status_id` integer DEFAULT 0 NOT NULL,
	`reply_id` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `api_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`action` text NOT NULL,
	`code` text NOT NULL,
	`request_id` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`key_id`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `api_requests_key_idx` ON `api_requests` (`key_id`,`at`);--> statement-breakpoint
CREATE INDEX `api_requests_account_idx` ON `api_requests` (`account_id`,`at`);--> statement-breakpoint
CREATE TABLE `callback_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`application_id` integer,
	`kind` text NOT NULL,
	`url` text NOT NULL,
	`payload` text NOT NULL,
	`items` integer NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_attempt_at` integer,
	`last_http_status` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `callback_due_idx` ON `callback_deliveries` (`next_attempt_at`) WHERE state = 'pending';--> statement-breakpoint
CREATE INDEX `callback_account_idx` ON `callback_deliveries` (`account_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `accounts` ADD `reply_callback_url` text;--> statement-breakpoint
ALTER TABLE `applications` ADD `status_callback_url` text;--> statement-breakpoint
CREATE INDEX `messages_app_receipt_idx` ON `messages` (`application_id`,`receipt_at`,`id`) WHERE receipt_at is not null;