package io.factordesk.ui.deals;

import io.factordesk.domain.deal.FinancedReceivable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** An eligible receivable offered for the new deal, with the officer's tick (on by default). */
public final class CandidateReceivable {

    private final FinancedReceivable receivable;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", true);

    public CandidateReceivable(FinancedReceivable receivable) {
        this.receivable = receivable;
    }

    public FinancedReceivable receivable() {
        return receivable;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }
}
