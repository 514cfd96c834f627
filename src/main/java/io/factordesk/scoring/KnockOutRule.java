package io.factordesk.scoring;

/** Policy rules applied before the score; any hit declines. */
public enum KnockOutRule {
    WATCHLIST_HIT,
    COMPANY_TOO_YOUNG,
    INSUFFICIENT_TRADING_HISTORY,
    DEBTOR_IN_DEFAULT,
    RELATED_PARTY_CONCENTRATION
}
