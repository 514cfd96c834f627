package io.factordesk.app;

import io.factordesk.contracts.ContractRenderer;
import java.util.function.Supplier;

/** Builds the contract renderer on first use (loading the compiled templates), then keeps it. */
final class LazyContractRenderer implements Supplier<ContractRenderer> {

    private volatile ContractRenderer renderer;

    @Override
    public ContractRenderer get() {
        ContractRenderer local = renderer;
        if (local == null) {
            synchronized (this) {
                local = renderer;
                if (local == null) {
                    local = new ContractRenderer();
                    renderer = local;
                }
            }
        }
        return local;
    }
}
