-- FactorDesk local cache, schema v2: column mappings of receivables files, remembered per supplier.
-- header is normalised (trimmed, half-width, case-folded, no spaces or punctuation);
-- field is a stable field id such as invoiceNo or dueDate.

CREATE TABLE import_mapping (
    supplier_id  BIGINT        NOT NULL,
    header       VARCHAR(200)  NOT NULL,
    field        VARCHAR(32)   NOT NULL,
    version      INTEGER       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_import_mapping PRIMARY KEY (supplier_id, header),
    CONSTRAINT fk_mapping_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (party_id)
);
