package io.factordesk.ui.deals;

import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The review desk's selection handed to the deal builder: the receivables to tick once the supplier's
 * eligible receivables are listed. Chosen receivables that are not offered (not eligible on the funding
 * date, or already in a deal) are named to the officer.
 */
final class DeskSelectionHandOff {

    private final DialogService dialogs;
    private final Messages messages;
    private Set<Long> requested;

    DeskSelectionHandOff(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    void request(List<Long> receivableIds) {
        requested = new LinkedHashSet<>(receivableIds);
    }

    void forget() {
        requested = null;
    }

    /** Ticks exactly the requested receivables among those offered; does nothing when none were handed over. */
    void tickAmong(List<CandidateReceivable> candidates) {
        Set<Long> wanted = requested;
        requested = null;
        if (wanted == null) {
            return;
        }
        Set<Long> offered = new HashSet<>();
        for (CandidateReceivable candidate : candidates) {
            long id = candidate.receivable().receivableId();
            offered.add(id);
            candidate.setSelected(wanted.contains(id));
        }
        List<Long> missing = wanted.stream().filter(id -> !offered.contains(id)).toList();
        if (!missing.isEmpty()) {
            dialogs.notify(messages.get("builder.fromDeskTitle"), messages.get("builder.fromDeskMissing",
                    messages.count(missing.size()), messages.count(wanted.size())));
        }
    }
}
