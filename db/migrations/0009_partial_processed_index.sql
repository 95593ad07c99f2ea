DROP INDEX `messages_account_processed_idx`;--> statement-breakpoint
CREATE INDEX `messages_account_processed_idx` ON `messages` (`account_id`,`processed_at`) WHERE processed_at is not null;