-- FactorDesk local cache, schema v8: the review desk sorts by issue date and by status from an index.
-- Without them, the first page of a million receivables in either order sorted the whole table (4-5 s by
-- issue date, 2-3 s by status). The status index also answers a filter on a rare status (HELD, REJECTED)
-- without reading every row; it holds the id so a page in (status, id) order is read straight off it.
-- The issue-date index also holds the due date: "issued last month, by due date" is then read off the index
-- alone (64,049 entries at a million, 35-40 ms) instead of reading every receivable of the month (300 ms);
-- the walk of the sort order cannot help there, as the month's receivables are all due late.
-- The issue-date index is a lookup index (cache.ReceivableLookupIndexes): a bulk import builds it after its
-- transaction (3-6 s per million rows). The status index is kept during imports: new receivables are OPEN
-- with rising ids, so each lands at the same end of the OPEN entries.
CREATE INDEX ix_receivable_issue ON receivable (issue_date, due_date);
CREATE INDEX ix_receivable_status ON receivable (status, id);
