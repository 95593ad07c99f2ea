CREATE TABLE `app_countries` (
	`application_id` integer NOT NULL,
	`iso_country` text NOT NULL,
	`daily_alarm` integer,
	`daily_limit` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`application_id`, `iso_country`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Custom policies written with the former permission names get the seed's names (issue 14 item 9).
UPDATE `policies` SET `document` = replace(`document`, '"name/sms:DescribeAppConfig"', '"name/sms:DescribeWarningThreshold","name/sms:DescribeFreqRule","name/sms:DescribeFrequencyWhitelist","name/sms:DescribeCallbackInfo"') WHERE `document` LIKE '%name/sms:DescribeAppConfig"%';
--> statement-breakpoint
UPDATE `policies` SET `document` = replace(`document`, '"name/sms:ModifyAppThreshold"', '"name/sms:ModifyWarningThreshold"') WHERE `document` LIKE '%name/sms:ModifyAppThreshold"%';
--> statement-breakpoint
UPDATE `policies` SET `document` = replace(`document`, '"name/sms:ModifyFreqAllowlist"', '"name/sms:AddFrequencyWhiteList","name/sms:DeleteFrequencyWhiteList"') WHERE `document` LIKE '%name/sms:ModifyFreqAllowlist"%';
--> statement-breakpoint
UPDATE `policies` SET `document` = replace(`document`, '"name/sms:ModifyCallbackConfig"', '"name/sms:ModifyCallbackInfo"') WHERE `document` LIKE '%name/sms:ModifyCallbackConfig"%';
