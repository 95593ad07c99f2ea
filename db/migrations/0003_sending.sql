CREATE TABLE `import_rejects` (
	`import_id` integer NOT NULL,
	`row_number` integer NOT NULL,
	`raw` text NOT NULL,
	`reason` text NOT NULL,
	PRIMARY KEY(`import_id`, `row_number`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `import_rows` (
	`import_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`phone` text NOT NULL,
	`iso_country` text NOT NULL,
	`vars` text,
	`billable` integer NOT NULL,
	PRIMARY KEY(`import_id`, `seq`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`region` text NOT NULL,
	`template_id` integer NOT NULL,
	`source` text NOT NULL,
	`file_name` text NOT NULL,
	`state` text DEFAULT 'ready' NOT NULL,
	`total_rows` integer NOT NULL,
	`valid_rows` integer NOT NULL,
	`duplicate_rows` integer NOT NULL,
	`rejected_rows` integer NOT NULL,
	`billable_total` integer NOT NULL,
	`billable_by_country` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `imports_account_idx` ON `imports` (`account_id`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer,
	`account_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`region` text NOT NULL,
	`signature_id` integer,
	`template_id` integer NOT NULL,
	`phone` text NOT NULL,
	`iso_country` text NOT NULL,
	`vars` text,
	`content` text,
	`length` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`fail_code` text,
	`fail_reason` text,
	`billable` integer DEFAULT 0 NOT NULL,
	`package_id` integer,
	`price_li` integer DEFAULT 0 NOT NULL,
	`serial_no` text,
	`session_context` text,
	`created_at` integer NOT NULL,
	`submitted_at` integer,
	`receipt_due_at` integer,
	`receipt_ok` integer,
	`receipt_code` text,
	`receipt_at` integer,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`package_id`) REFERENCES `packages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `messages_task_status_idx` ON `messages` (`task_id`,`status`);--> statement-breakpoint
CREATE INDEX `messages_pending_idx` ON `messages` (`id`) WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX `messages_receipt_idx` ON `messages` (`receipt_due_at`) WHERE status = 'submitted' and receipt_due_at is not null;--> statement-breakpoint
CREATE INDEX `messages_phone_idx` ON `messages` (`phone`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `messages_account_idx` ON `messages` (`account_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`region` text NOT NULL,
	`signature_id` integer,
	`template_id` integer NOT NULL,
	`name` text NOT NULL,
	`scenario` text,
	`sender_id` text,
	`status` text NOT NULL,
	`scheduled_at` integer,
	`time_zone` text DEFAULT 'Asia/Shanghai' NOT NULL,
	`recipient_source` text NOT NULL,
	`total` integer NOT NULL,
	`submitted` integer DEFAULT 0 NOT NULL,
	`failed` integer DEFAULT 0 NOT NULL,
	`delivered` integer DEFAULT 0 NOT NULL,
	`undelivered` integer DEFAULT 0 NOT NULL,
	`billed` integer DEFAULT 0 NOT NULL,
	`cost_li` integer DEFAULT 0 NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signature_id`) REFERENCES `signatures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tasks_account_idx` ON `tasks` (`account_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `tasks_status_idx` ON `tasks` (`status`);