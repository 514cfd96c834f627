-- FactorDesk local cache, schema v4: indexes for the review desk's amount order and invoice search.
-- Sorting a million receivables by amount and showing the first page walks ix_receivable_face and stops
-- after one page instead of sorting the whole table for every page; an invoice number alone is found
-- through ix_receivable_invoice_no. Every index slows bulk imports (each is one more B-tree per row), so
-- issue-date order and contract-reference search do without one (BENCHMARKS.md, sections 6 and 8).
CREATE INDEX ix_receivable_face ON receivable (face_amount);
CREATE INDEX ix_receivable_invoice_no ON receivable (invoice_no);
