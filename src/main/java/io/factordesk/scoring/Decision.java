package io.factordesk.scoring;

/** The model's recommendation, ordered from best to worst. */
public enum Decision {
    APPROVE, REFER, DECLINE;

    public Decision atLeast(Decision other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
