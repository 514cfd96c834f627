package io.factordesk.scoring;

/** Invoice-finance fraud and anti-cash-out signals; the model's policy says whether each refers or declines. */
public enum FraudSignalType {
    DUPLICATE_INVOICE,
    DOUBLE_FINANCING,
    INVOICE_DATE_ANOMALY,
    TURNOVER_JUMP,
    ROUND_TRIPPING,
    THRESHOLD_CLUSTERING,
    RISING_CREDIT_NOTES
}
