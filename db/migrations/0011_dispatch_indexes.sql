DROP INDEX `messages_task_status_idx`;--> statement-breakpoint
DROP INDEX `messages_pending_idx`;--> statement-breakpoint
DROP INDEX `messages_phone_idx`;--> statement-breakpoint
CREATE INDEX `messages_task_idx` ON `messages` (`task_id`);--> statement-breakpoint
CREATE INDEX `messages_pending_idx` ON `messages` (`task_id`,`id`) WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX `messages_phone_idx` ON `messages` (`phone`);