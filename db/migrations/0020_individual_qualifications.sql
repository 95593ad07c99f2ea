PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_qualifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`holder` text DEFAULT 'enterprise' NOT NULL,
	`purpose` text NOT NULL,
	`enterprise_name` text NOT NULL,
	`credit_code` text,
	`license_upload_id` integer,
	`legal_rep_name` text NOT NULL,
	`legal_rep_id_number` text NOT NULL,
	`legal_rep_id_front_upload_id` integer NOT NULL,
	`legal_rep_id_back_upload_id` integer NOT NULL,
	`admin_name` text,
	`admin_id_number` text,
	`admin_phone` text,
	`admin_id_front_upload_id` integer,
	`admin_id_back_upload_id` integer,
	`auth_letter_upload_id` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`reject_reason` text,
	`reject_suggestion` text,
	`submitted_at` integer NOT NULL,
	`decided_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`license_upload_id`) REFERENCES `uploads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`legal_rep_id_front_upload_id`) REFERENCES `uploads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`legal_rep_id_back_upload_id`) REFERENCES `uploads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`admin_id_front_upload_id`) REFERENCES `uploads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`admin_id_back_upload_id`) REFERENCES `uploads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`auth_letter_upload_id`) REFERENCES `uploads`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_qualifications`("id", "account_id", "holder", "purpose", "enterprise_name", "credit_code", "license_upload_id", "legal_rep_name", "legal_rep_id_number", "legal_rep_id_front_upload_id", "legal_rep_id_back_upload_id", "admin_name", "admin_id_number", "admin_phone", "admin_id_front_upload_id", "admin_id_back_upload_id", "auth_letter_upload_id", "status", "revision", "reject_reason", "reject_suggestion", "submitted_at", "decided_at", "created_at", "updated_at", "deleted_at") SELECT "id", "account_id", 'enterprise', "purpose", "enterprise_name", "credit_code", "license_upload_id", "legal_rep_name", "legal_rep_id_number", "legal_rep_id_front_upload_id", "legal_rep_id_back_upload_id", "admin_name", "admin_id_number", "admin_phone", "admin_id_front_upload_id", "admin_id_back_upload_id", "auth_letter_upload_id", "status", "revision", "reject_reason", "reject_suggestion", "submitted_at", "decided_at", "created_at", "updated_at", "deleted_at" FROM `qualifications`;--> statement-breakpoint
DROP TABLE `qualifications`;--> statement-breakpoint
ALTER TABLE `__new_qualifications` RENAME TO `qualifications`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `qualifications_account_idx` ON `qualifications` (`account_id`,`status`);