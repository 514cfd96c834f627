package io.factordesk.ui.receivables;

import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.review.EligibilityFilter;
import io.factordesk.domain.review.ReviewRefusal;
import io.factordesk.domain.review.ScanMark;
import io.factordesk.domain.review.TrailEntry;
import io.factordesk.domain.review.VerificationDocument;
import io.factordesk.ui.common.Messages;
import java.util.stream.Collectors;

/**
 * The review desk's codes in the officer's language: rule names, documents, trail actions and refusals.
 * Every key is spelled out so the bundle test can see it is used.
 */
public final class ReviewLabels {

    private final Messages messages;

    public ReviewLabels(Messages messages) {
        this.messages = messages;
    }

    public String rule(EligibilityRule rule) {
        if (rule == null) {
            return messages.get("desk.rule.any");
        }
        return messages.get(switch (rule) {
            case PAST_DUE -> "desk.rule.pastDue";
            case TOO_OLD -> "desk.rule.tooOld";
            case TENOR_TOO_LONG -> "desk.rule.tenorTooLong";
            case DISPUTED -> "desk.rule.disputed";
            case DILUTED -> "desk.rule.diluted";
            case DEBTOR_NOT_APPROVED -> "desk.rule.debtorNotApproved";
            case DEBTOR_OVER_LIMIT -> "desk.rule.debtorOverLimit";
            case CROSS_AGING -> "desk.rule.crossAging";
            case CONCENTRATION -> "desk.rule.concentration";
            case REGULATORY_CONCENTRATION -> "desk.rule.regulatoryConcentration";
            case DUPLICATE_INVOICE -> "desk.rule.duplicateInvoice";
            case DOUBLE_FINANCING -> "desk.rule.doubleFinancing";
            case FUTURE_DATED -> "desk.rule.futureDated";
            case DUE_BEFORE_ISSUE -> "desk.rule.dueBeforeIssue";
            case RELATED_PARTY -> "desk.rule.relatedParty";
            case NOT_OPEN -> "desk.rule.notOpen";
        });
    }

    /** The table's eligibility cell: eligible, not scanned, or the failed rules by name. */
    public String verdict(ScanMark mark) {
        if (mark == null) {
            return messages.get("desk.verdict.notScanned");
        }
        if (mark.eligible()) {
            return messages.get("desk.verdict.eligible");
        }
        return mark.failedRules().stream().map(this::rule).collect(Collectors.joining(messages.get("desk.separator")));
    }

    public String eligibility(EligibilityFilter filter) {
        return messages.get(switch (filter == null ? EligibilityFilter.ALL : filter) {
            case ALL -> "desk.eligibility.all";
            case ELIGIBLE -> "desk.eligibility.eligible";
            case INELIGIBLE -> "desk.eligibility.ineligible";
            case NOT_SCANNED -> "desk.eligibility.notScanned";
        });
    }

    public String document(VerificationDocument document) {
        return messages.get(switch (document) {
            case INVOICE_ORIGINAL -> "desk.document.invoiceOriginal";
            case DELIVERY_NOTE -> "desk.document.deliveryNote";
            case DEBTOR_CONFIRMATION -> "desk.document.debtorConfirmation";
            case TAX_PORTAL_CHECK -> "desk.document.taxPortalCheck";
        });
    }

    /** The audit action of a trail entry; actions from elsewhere (deals, imports) are shown as stored. */
    public String action(TrailEntry entry) {
        String key = switch (entry.action() == null ? "" : entry.action()) {
            case "RECEIVABLE_VERIFIED" -> "desk.action.verified";
            case "RECEIVABLE_HELD" -> "desk.action.held";
            case "RECEIVABLE_REJECTED" -> "desk.action.rejected";
            case "RECEIVABLE_DISPUTED" -> "desk.action.disputed";
            case "RECEIVABLE_NOTED" -> "desk.action.noted";
            default -> null;
        };
        return key == null ? entry.action() : messages.get(key);
    }

    /** The detail of a trail entry without the storage prefixes: document name, or the reason itself. */
    public String trailDetail(TrailEntry entry) {
        String detail = entry.detail() == null ? "" : entry.detail();
        if (detail.startsWith("document=")) {
            String name = detail.substring("document=".length());
            for (VerificationDocument document : VerificationDocument.values()) {
                if (document.name().equals(name)) {
                    return document(document);
                }
            }
            return name;
        }
        return detail.startsWith("reason=") ? detail.substring("reason=".length()) : detail;
    }

    /** A refusal in the officer's words; {0} names the receivable when the service said which. */
    public String refusal(ReviewRefusal refusal, String receivable) {
        String reason = messages.get(switch (refusal) {
            case UNKNOWN_OFFICER -> "desk.refusal.unknownOfficer";
            case UNKNOWN_RECEIVABLE -> "desk.refusal.unknownReceivable";
            case REASON_REQUIRED -> "desk.refusal.reasonRequired";
            case NOTE_REQUIRED -> "desk.refusal.noteRequired";
            case NOT_ALLOWED_IN_STATUS -> "desk.refusal.notAllowedInStatus";
            case ALREADY_DISPUTED -> "desk.refusal.alreadyDisputed";
            case DISPUTED_CANNOT_BE_VERIFIED -> "desk.refusal.disputedCannotBeVerified";
            case CHANGED_BY_SOMEONE_ELSE -> "desk.refusal.changedBySomeoneElse";
        });
        return receivable == null ? reason : messages.get("desk.refusal.forReceivable", receivable, reason);
    }
}
