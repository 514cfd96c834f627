package io.factordesk.domain.deal;

/** How the handling fee of a deal is set. */
public enum FeeKind {
    /** No handling fee. */
    NONE,
    /** A fixed amount for the whole deal, spread over the lines in proportion to their advance. */
    FIXED,
    /** A share of each line's advance (0.005 = 0.5%). */
    PERCENT
}
