package io.factordesk.service;

import io.factordesk.cache.CreditCheckRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.Officer;
import io.factordesk.domain.credit.OverrideRefusedException;
import io.factordesk.domain.credit.StoredCreditCheck;
import io.factordesk.scoring.Decision;

/**
 * An officer's decision against the model on a stored check. The rules live here, not in a screen:
 * approve or decline only, different from the model, a written justification, a signed-in active
 * officer, once per check, and only on the row as the officer read it. The override and its audit
 * entry (officer and time) commit together.
 */
public final class CreditOverrideService {

    /** Shortest justification accepted, in characters: a sentence, not "ok". */
    public static final int MIN_JUSTIFICATION = 10;
    /** What credit_check.override_reason holds. */
    public static final int MAX_JUSTIFICATION = 2000;

    private final Transactions transactions;

    public CreditOverrideService(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * @param version the check's row version as the officer read it
     * @return the check as stored now, with the override
     * @throws OverrideRefusedException when a rule refuses the override; nothing is stored then
     */
    public StoredCreditCheck override(long checkId, int version, Decision decision, String justification,
                                      String officerLogin) {
        if (decision != Decision.APPROVE && decision != Decision.DECLINE) {
            throw new OverrideRefusedException("credit.override.decisionRequired",
                    "an override approves or declines, got " + decision);
        }
        String text = justification == null ? "" : justification.strip();
        if (text.isEmpty()) {
            throw new OverrideRefusedException("credit.override.justificationMissing",
                    "an override needs a written justification");
        }
        int length = text.codePointCount(0, text.length());
        if (length < MIN_JUSTIFICATION) {
            throw new OverrideRefusedException("credit.override.justificationShort", "the justification has "
                    + length + " characters; at least " + MIN_JUSTIFICATION + " are needed", MIN_JUSTIFICATION);
        }
        if (text.length() > MAX_JUSTIFICATION) {
            throw new OverrideRefusedException("credit.override.justificationLong", "the justification is longer"
                    + " than " + MAX_JUSTIFICATION + " characters", MAX_JUSTIFICATION);
        }
        return transactions.inTransaction(tx -> {
            Officer officer = tx.officers().findByLogin(officerLogin == null ? "" : officerLogin)
                    .filter(Officer::active)
                    .orElseThrow(() -> new OverrideRefusedException("credit.override.noOfficer",
                            "no active officer with login " + officerLogin, officerLogin));
            StoredCreditCheck check = tx.creditChecks().find(checkId).orElseThrow(() ->
                    new OverrideRefusedException("credit.override.noCheck", "no credit check with id " + checkId));
            if (check.override() != null) {
                throw new OverrideRefusedException("credit.override.already", "check " + checkId
                        + " was already overridden by " + check.override().officerLogin(),
                        check.override().officerLogin());
            }
            if (check.decision().equals(decision.name())) {
                throw new OverrideRefusedException("credit.override.sameAsModel", "the model's decision is already "
                        + decision);
            }
            if (!tx.creditChecks().override(checkId, version, decision.name(), text)) {
                throw new OverrideRefusedException("credit.override.changedMeanwhile", "check " + checkId
                        + " changed since it was read; reload it and decide again");
            }
            tx.auditLog().append(officer.login(), CreditCheckRepository.OVERRIDE_ACTION, CreditCheckRepository.ENTITY,
                    checkId, String.format("supplier check %d: model %s (score %d, grade %s) overridden to %s: %s",
                            checkId, check.decision(), check.score(), check.grade(), decision, text));
            return tx.creditChecks().find(checkId).orElseThrow();
        });
    }
}
