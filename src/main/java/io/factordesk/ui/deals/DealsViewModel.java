package io.factordesk.ui.deals;

import io.factordesk.ui.common.ReloadableViewModel;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Deals & Contracts screen as a whole: who is signed in, the builder, the deal list and the preview,
 * and which of the three is in front. A created deal opens in the list; a generated contract in the preview.
 */
public final class DealsViewModel implements ReloadableViewModel {

    public enum Tab { BUILDER, LIST, PREVIEW }

    private final SessionViewModel session;
    private final DealBuilderViewModel builder;
    private final DealListViewModel list;
    private final ContractPreviewViewModel preview;
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(this, "tab", Tab.BUILDER);

    public DealsViewModel(SessionViewModel session, DealBuilderViewModel builder, DealListViewModel list,
                          ContractPreviewViewModel preview) {
        this.session = session;
        this.builder = builder;
        this.list = list;
        this.preview = preview;
        builder.setOnCreated(deal -> {
            list.showDeal(deal);
            tab.set(Tab.LIST);
        });
        list.setOnGenerated(contract -> {
            preview.open(contract);
            tab.set(Tab.PREVIEW);
        });
    }

    /** The review desk's selection of one supplier's receivables becomes a new deal in the builder. */
    public void buildFrom(long supplierId, List<Long> receivableIds) {
        tab.set(Tab.BUILDER);
        builder.startFrom(supplierId, receivableIds);
    }

    /** After the demo was rebuilt: the deals and receivables changed underneath. */
    @Override
    public void reload() {
        list.reload();
        builder.loadCandidates();
    }

    public SessionViewModel session() {
        return session;
    }

    public DealBuilderViewModel builder() {
        return builder;
    }

    public DealListViewModel list() {
        return list;
    }

    public ContractPreviewViewModel preview() {
        return preview;
    }

    public ObjectProperty<Tab> tabProperty() {
        return tab;
    }
}
