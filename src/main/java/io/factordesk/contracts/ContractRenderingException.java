package io.factordesk.contracts;

/** A contract set could not be rendered or archived; the cause says why. */
public class ContractRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContractRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
