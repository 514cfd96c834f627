-- FactorDesk local cache, schema v6: no duplicate indexes on receivable.
-- The foreign keys of V1 (fk_receivable_supplier, fk_receivable_debtor) made H2 create an index of its own
-- on supplier_id and on debtor_id; V1 then created ix_receivable_supplier and ix_receivable_debtor on the
-- same columns. Every plan uses the constraints' indexes, so these two only cost the import two more
-- B-tree writes per row (9 secondary indexes before, 7 after). PostgreSQL creates no index for a foreign
-- key: a port must index supplier_id and debtor_id itself.
DROP INDEX IF EXISTS ix_receivable_supplier;
DROP INDEX IF EXISTS ix_receivable_debtor;
