package io.factordesk.ui.credit;

import io.factordesk.ui.common.ReloadableViewModel;
import io.factordesk.ui.deals.SessionViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Credit screen as a whole: who is signed in (the same session as the deals screen), one
 * supplier's check with its what-if, its history and override, and the portfolio batch. A batch
 * result opened from the portfolio shows in the check tab.
 */
public final class CreditViewModel implements ReloadableViewModel {

    public enum Tab { CHECK, HISTORY, PORTFOLIO }

    private final SessionViewModel session;
    private final CreditCheckViewModel check;
    private final CreditBatchViewModel batch;
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(this, "tab", Tab.CHECK);

    public CreditViewModel(SessionViewModel session, CreditCheckViewModel check, CreditBatchViewModel batch) {
        this.session = session;
        this.check = check;
        this.batch = batch;
        batch.setOnOpen(opened -> {
            check.open(opened);
            tab.set(Tab.CHECK);
        });
    }

    /** After the demo was rebuilt: suppliers and checks changed underneath. */
    @Override
    public void reload() {
        check.clear();
        batch.reload();
        if (tab.get() == Tab.PORTFOLIO) {
            batch.show();
        }
    }

    public SessionViewModel session() {
        return session;
    }

    public CreditCheckViewModel check() {
        return check;
    }

    public CreditBatchViewModel batch() {
        return batch;
    }

    public ObjectProperty<Tab> tabProperty() {
        return tab;
    }
}
