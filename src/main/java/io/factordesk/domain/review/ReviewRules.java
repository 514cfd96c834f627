package io.factordesk.domain.review;

import io.factordesk.domain.ReceivableStatus;
import java.util.EnumSet;
import java.util.Set;

/** Which review action a receivable in a given state allows; refusals name the receivable and the reason. */
public final class ReviewRules {

    private static final Set<ReceivableStatus> VERIFIABLE =
            EnumSet.of(ReceivableStatus.OPEN, ReceivableStatus.HELD, ReceivableStatus.VERIFIED);
    private static final Set<ReceivableStatus> HOLDABLE = EnumSet.of(ReceivableStatus.OPEN, ReceivableStatus.VERIFIED);
    private static final Set<ReceivableStatus> REJECTABLE =
            EnumSet.of(ReceivableStatus.OPEN, ReceivableStatus.VERIFIED, ReceivableStatus.HELD);
    // A debtor may dispute an invoice already financed: that is exactly when the factor must know.
    private static final Set<ReceivableStatus> DISPUTABLE = EnumSet.of(ReceivableStatus.OPEN,
            ReceivableStatus.VERIFIED, ReceivableStatus.HELD, ReceivableStatus.FINANCED);

    private ReviewRules() {
    }

    public static void check(ReviewAction action, ReviewStanding standing) {
        switch (action) {
            case VERIFIED -> {
                allowed(action, standing, VERIFIABLE);
                if (standing.disputed()) {
                    throw new ReviewRefusedException(standing.receivableId(), ReviewRefusal.DISPUTED_CANNOT_BE_VERIFIED,
                            "a disputed receivable cannot be verified until the dispute is resolved");
                }
            }
            case HELD -> allowed(action, standing, HOLDABLE);
            case REJECTED -> allowed(action, standing, REJECTABLE);
            case DISPUTED -> {
                allowed(action, standing, DISPUTABLE);
                if (standing.disputed()) {
                    throw new ReviewRefusedException(standing.receivableId(), ReviewRefusal.ALREADY_DISPUTED,
                            "already marked disputed");
                }
            }
            case NOTED -> {
                // a note may be added to a receivable in any state
            }
        }
    }

    private static void allowed(ReviewAction action, ReviewStanding standing, Set<ReceivableStatus> from) {
        if (!from.contains(standing.status())) {
            throw new ReviewRefusedException(standing.receivableId(), ReviewRefusal.NOT_ALLOWED_IN_STATUS,
                    "a " + standing.status() + " receivable cannot be " + action.name().toLowerCase()
                            + " (allowed from " + from + ")");
        }
    }
}
