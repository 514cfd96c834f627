package io.factordesk.domain.credit;

/**
 * An officer override the rules refuse (no justification, same as the model, changed meanwhile...).
 * The reason is in English for the log and the CLI; the desktop shows the message key's text in the
 * officer's language with the arguments filled in.
 */
public class OverrideRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] args;

    public OverrideRefusedException(String messageKey, String reason, Object... args) {
        super(reason);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
