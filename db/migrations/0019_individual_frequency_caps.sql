-- Applications of individual accounts start within the individual caps (R-APP-7: 1 / 5 / 10), so
-- their Basic Configuration saves as shown: the hourly limit, empty for enterprises, is 5 for them.
UPDATE `applications` SET `freq_per_hour` = 5 WHERE `freq_per_hour` IS NULL AND `account_id` IN (SELECT `id` FROM `accounts` WHERE `identity` = 'individual');
