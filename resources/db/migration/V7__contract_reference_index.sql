-- FactorDesk local cache, schema v7: the review desk finds a contract reference by index.
-- The desk's free text is an exact contract reference as well as part of a party's name; without an index
-- H2 tested every row's contract_ref while walking the sort order (a name search took 120-160 ms at a
-- million receivables). A bulk import rebuilds this index after its transaction with the other lookup
-- indexes (cache.ReceivableLookupIndexes), so it costs large imports about a second per million rows.
CREATE INDEX ix_receivable_contract ON receivable (contract_ref);
