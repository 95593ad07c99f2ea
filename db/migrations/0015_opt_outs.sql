CREATE TABLE `opt_outs` (
	`account_id` integer NOT NULL,
	`phone` text NOT NULL,
	`signature_id` integer NOT NULL,
	`scope` text NOT NULL,
	`region` text NOT NULL,
	`source` text NOT NULL,
	`reply_id` integer,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`account_id`, `phone`, `signature_id`, `scope`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `opt_outs_list_idx` ON `opt_outs` (`account_id`,`region`,`source`,`created_at`);