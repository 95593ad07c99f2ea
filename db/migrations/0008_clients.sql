CREATE TABLE `customer_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`region` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `customer_groups_account_idx` ON `customer_groups` (`account_id`,`name`);--> statement-breakpoint
CREATE TABLE `customer_numbers` (
	`account_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`phone` text NOT NULL,
	`iso_country` text NOT NULL,
	`source` text NOT NULL,
	`added_at` integer NOT NULL,
	PRIMARY KEY(`group_id`, `phone`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `customer_groups`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
