package io.factordesk.domain.review;

/** The columns the review desk sorts by, in the cache; ties are broken by receivable id. */
public enum ReviewSort { ID, INVOICE_NO, ISSUE_DATE, DUE_DATE, FACE_AMOUNT, SUPPLIER, DEBTOR, STATUS }
