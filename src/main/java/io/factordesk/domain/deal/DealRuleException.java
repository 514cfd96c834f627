package io.factordesk.domain.deal;

/** A deal term or transition that the rules refuse; names the field and the reason. */
public class DealRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String field;

    public DealRuleException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
