package io.factordesk.service;

import io.factordesk.domain.Uscc;

/** The officer named a supplier the cache does not hold. */
public final class NoSuchSupplierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public NoSuchSupplierException(Uscc uscc) {
        super("no supplier with USCC " + uscc + " in the cache");
    }
}
