package io.factordesk.domain.deal;

import java.util.EnumSet;
import java.util.Set;

/** A deal's life: draft -> submitted -> approved (or returned to the maker) -> contracted. */
public enum DealStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED, CONTRACTED;

    public Set<DealStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(APPROVED, RETURNED);
            case APPROVED -> EnumSet.of(CONTRACTED);
            case CONTRACTED -> EnumSet.noneOf(DealStatus.class);
        };
    }

    /** Terms and lines may change only while the maker holds the deal. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public void requireCanMoveTo(DealStatus target) {
        if (!next().contains(target)) {
            throw new DealRuleException("status", "deal.rule.status", "a " + this + " deal cannot become " + target,
                    name(), target.name());
        }
    }
}
