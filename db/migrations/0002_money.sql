CREATE TABLE `cash_ledger` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`kind` text NOT NULL,
	`amount_li` integer NOT NULL,
	`balance_after_li` integer NOT NULL,
	`ref_type` text,
	`ref_id` text,
	`reason` text DEFAULT '' NOT NULL,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cash_ledger_account_idx` ON `cash_ledger` (`account_id`,`id`);--> statement-breakpoint
CREATE TABLE `country_prices` (
	`iso_country` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`dial_code` text NOT NULL,
	`price_li` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `duty_runs` (
	`key` text PRIMARY KEY NOT NULL,
	`ran_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `intl_charges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`day` text NOT NULL,
	`billed` integer NOT NULL,
	`amount_li` integer NOT NULL,
	`state` text NOT NULL,
	`created_at` integer NOT NULL,
	`paid_at` integer,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intl_charges_account_day` ON `intl_charges` (`account_id`,`day`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`kind` text NOT NULL,
	`count` integer NOT NULL,
	`quantity` integer NOT NULL,
	`price_li` integer NOT NULL,
	`actor_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `orders_account_idx` ON `orders` (`account_id`);--> statement-breakpoint
CREATE TABLE `package_ledger` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`package_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`kind` text NOT NULL,
	`delta` integer NOT NULL,
	`ref_type` text,
	`ref_id` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`package_id`) REFERENCES `packages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `package_ledger_package_idx` ON `package_ledger` (`package_id`,`at`);--> statement-breakpoint
CREATE TABLE `package_settings` (
	`account_id` integer PRIMARY KEY NOT NULL,
	`auto_renew_enabled` integer DEFAULT false NOT NULL,
	`auto_renew_threshold` integer DEFAULT 1000 NOT NULL,
	`auto_renew_count` integer DEFAULT 10000 NOT NULL,
	`auto_renew_fired` integer DEFAULT false NOT NULL,
	`alarm_enabled` integer DEFAULT false NOT NULL,
	`alarm_threshold` integer DEFAULT 1000 NOT NULL,
	`alarm_fired` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `packages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`order_id` integer,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`total` integer NOT NULL,
	`remaining` integer NOT NULL,
	`paid_li` integer DEFAULT 0 NOT NULL,
	`purchased_at` integer NOT NULL,
	`usable_from` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`state` text DEFAULT 'active' NOT NULL,
	`invoiced` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `packages_account_idx` ON `packages` (`account_id`,`state`);--> statement-breakpoint
CREATE TABLE `refunds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`lines` text NOT NULL,
	`total_li` integer NOT NULL,
	`gift_recharged` integer DEFAULT 0 NOT NULL,
	`requester_id` integer,
	`requested_at` integer NOT NULL,
	`decider_id` integer,
	`decided_at` integer,
	`refuse_reason` text,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requester_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decider_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `refunds_state_idx` ON `refunds` (`state`,`requested_at`);--> statement-breakpoint
CREATE TABLE `usage_daily` (
	`account_id` integer NOT NULL,
	`day` text NOT NULL,
	`region` text NOT NULL,
	`iso_country` text NOT NULL,
	`sent` integer DEFAULT 0 NOT NULL,
	`billed` integer DEFAULT 0 NOT NULL,
	`amount_li` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`account_id`, `day`, `region`, `iso_country`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `accounts` ADD `intl_daily_quota` integer DEFAULT 100 NOT NULL;--> statement-breakpoint
ALTER TABLE `accounts` ADD `arrears_since` integer;