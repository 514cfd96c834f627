package io.factordesk.scoring;

/** Scores at or above approveMinScore approve; at or above referMinScore refer; below, decline. */
public record CutOffs(int approveMinScore, int referMinScore) {

    public CutOffs {
        if (referMinScore > approveMinScore) {
            throw new ModelValidationException("cutoffs: referMinScore " + referMinScore
                + " must not exceed approveMinScore " + approveMinScore);
        }
    }

    public Decision decisionFor(int score) {
        if (score >= approveMinScore) {
            return Decision.APPROVE;
        }
        return score >= referMinScore ? Decision.REFER : Decision.DECLINE;
    }
}
