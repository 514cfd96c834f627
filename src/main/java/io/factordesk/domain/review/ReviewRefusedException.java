package io.factordesk.domain.review;

/** An officer action the review desk will not carry out; nothing of the (bulk) action was written. */
public final class ReviewRefusedException extends RuntimeException {

    private final Long receivableId;
    private final ReviewRefusal refusal;

    public ReviewRefusedException(Long receivableId, ReviewRefusal refusal, String message) {
        super(receivableId == null ? message : "Receivable " + receivableId + ": " + message);
        this.receivableId = receivableId;
        this.refusal = refusal;
    }

    /** The receivable refused, or null when the whole action was refused (unknown officer, no reason). */
    public Long receivableId() {
        return receivableId;
    }

    public ReviewRefusal refusal() {
        return refusal;
    }
}
