-- The rollups replace usage_daily as the one source of per-day usage; fill them from the messages.
INSERT INTO stats_daily (account_id, day, region, application_id, signature_id, template_id, iso_country, requests, submitted, billed, failed, delivered, undelivered, cost_li)
  SELECT account_id, date((processed_at + 28800000) / 1000, 'unixepoch'), region, application_id, coalesce(signature_id, 0), template_id, iso_country,
    count(*), sum(status != 'failed'), sum(CASE WHEN status != 'failed' THEN billable ELSE 0 END), sum(status = 'failed'),
    sum(status = 'delivered'), sum(status = 'undelivered'), sum(price_li)
  FROM messages WHERE processed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7;
--> statement-breakpoint
INSERT INTO stats_hourly (account_id, hour, region, application_id, signature_id, template_id, iso_country, requests, submitted, billed, failed, delivered, undelivered, cost_li)
  SELECT account_id, processed_at / 3600000, region, application_id, coalesce(signature_id, 0), template_id, iso_country,
    count(*), sum(status != 'failed'), sum(CASE WHEN status != 'failed' THEN billable ELSE 0 END), sum(status = 'failed'),
    sum(status = 'delivered'), sum(status = 'undelivered'), sum(price_li)
  FROM messages WHERE processed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7;
--> statement-breakpoint
INSERT INTO stats_codes (account_id, day, region, application_id, signature_id, template_id, iso_country, kind, code, count)
  SELECT account_id, date((processed_at + 28800000) / 1000, 'unixepoch'), region, application_id, coalesce(signature_id, 0), template_id, iso_country,
    CASE WHEN status = 'failed' THEN 'failed' ELSE 'receipt' END, fail_code, count(*)
  FROM messages WHERE processed_at IS NOT NULL AND status IN ('failed', 'undelivered') AND fail_code IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
--> statement-breakpoint
DROP TABLE `usage_daily`;
