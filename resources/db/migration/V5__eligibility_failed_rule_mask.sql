-- FactorDesk local cache, schema v5: the failed rules of the latest scan as a bitmask beside their names.
-- "Failed rule X" was matched as text (',' || rules || ',' LIKE '%,X,%'), reading every scan row whole;
-- failed_rules has bit 2^k for the rule of ordinal k of EligibilityRule (the list below; the scan writes
-- both columns). ix_receivable_eligibility_failed lets a rare rule be found by the few masks that
-- contain it (a scan has a few dozen distinct masks) instead of testing a million rows.
ALTER TABLE receivable_eligibility ADD COLUMN failed_rules INTEGER DEFAULT 0 NOT NULL;

UPDATE receivable_eligibility SET failed_rules =
    CASE WHEN ',' || rules || ',' LIKE '%,PAST_DUE,%' THEN 1 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,TOO_OLD,%' THEN 2 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,TENOR_TOO_LONG,%' THEN 4 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,DISPUTED,%' THEN 8 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,DILUTED,%' THEN 16 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,DEBTOR_NOT_APPROVED,%' THEN 32 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,DEBTOR_OVER_LIMIT,%' THEN 64 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,CROSS_AGING,%' THEN 128 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,CONCENTRATION,%' THEN 256 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,REGULATORY_CONCENTRATION,%' THEN 512 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,DUPLICATE_INVOICE,%' THEN 1024 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,DOUBLE_FINANCING,%' THEN 2048 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,FUTURE_DATED,%' THEN 4096 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,DUE_BEFORE_ISSUE,%' THEN 8192 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,RELATED_PARTY,%' THEN 16384 ELSE 0 END
    + CASE WHEN ',' || rules || ',' LIKE '%,NOT_OPEN,%' THEN 32768 ELSE 0 END
WHERE rules IS NOT NULL AND rules <> '';

CREATE INDEX ix_receivable_eligibility_failed ON receivable_eligibility (failed_rules);
