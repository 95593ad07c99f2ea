CREATE TABLE `invoice_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`order_id` integer NOT NULL,
	`title` text NOT NULL,
	`tax_id` text DEFAULT '' NOT NULL,
	`email` text NOT NULL,
	`amount_li` integer NOT NULL,
	`status` text DEFAULT 'requested' NOT NULL,
	`invoice_number` text,
	`refuse_reason` text,
	`requested_by` integer,
	`decided_by` integer,
	`created_at` integer NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoice_requests_account_idx` ON `invoice_requests` (`account_id`);--> statement-breakpoint
CREATE INDEX `invoice_requests_status_idx` ON `invoice_requests` (`status`);