package io.factordesk.domain.deal;

import java.util.Optional;

/**
 * A deal term or transition that the rules refuse; names the field and the reason. The reason is in
 * English for the log and the CLI; where a message key is given, the desktop shows the same reason in
 * the officer's language from the bundles, with the arguments filled in.
 */
public class DealRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public DealRuleException(String field, String reason) {
        this(field, null, reason);
    }

    public DealRuleException(String field, String messageKey, String reason, Object... args) {
        super(field + ": " + reason);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String field() {
        return field;
    }

    public Optional<String> messageKey() {
        return Optional.ofNullable(messageKey);
    }

    public Object[] args() {
        return args.clone();
    }
}
