-- Which provisional score of a company's month is its latest (the one on the most complete weeks): 1 on exactly
-- that row, 0 on the earlier ones. Kept by the provisional run as it writes, so that the lists of a month scored
-- to date read one row per company without finding each company's latest among all its rows.
ALTER TABLE provisional ADD COLUMN latest SMALLINT NOT NULL DEFAULT 0;
UPDATE provisional SET latest = 1
WHERE complete_weeks = (SELECT MAX(other.complete_weeks) FROM provisional other
                        WHERE other.year_month = provisional.year_month AND other.company_id = provisional.company_id);
