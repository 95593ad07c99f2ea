-- Staged recipient rows are written a million at a time in (import_id, seq) order. WITHOUT ROWID
-- clusters them on that key (one b-tree per insert instead of a table and an index), and the
-- phone is stored as its E.164 digits, the country only when it is not CN.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_import_rows` (
	`import_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`phone` integer NOT NULL,
	`iso_country` text,
	`vars` text,
	`billable` integer NOT NULL,
	PRIMARY KEY(`import_id`, `seq`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_import_rows`("import_id", "seq", "phone", "iso_country", "vars", "billable")
  SELECT "import_id", "seq", CAST(substr("phone", 2) AS INTEGER), NULLIF("iso_country", 'CN'), "vars", "billable" FROM `import_rows`;--> statement-breakpoint
DROP TABLE `import_rows`;--> statement-breakpoint
ALTER TABLE `__new_import_rows` RENAME TO `import_rows`;--> statement-breakpoint
PRAGMA foreign_keys=ON;
