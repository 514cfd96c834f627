-- FactorDesk local cache, schema v4: indexes for the review desk's sort orders and text search.
-- Sorting a million receivables by amount or issue date and showing the first page walks these
-- indexes and stops after one page, instead of sorting the whole table for every page.
CREATE INDEX ix_receivable_face ON receivable (face_amount);
CREATE INDEX ix_receivable_issue ON receivable (issue_date);
-- The desk's free text finds an invoice by its number alone, or by contract reference, through an index.
CREATE INDEX ix_receivable_invoice_no ON receivable (invoice_no);
CREATE INDEX ix_receivable_contract ON receivable (contract_ref);
