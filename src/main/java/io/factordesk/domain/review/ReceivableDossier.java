package io.factordesk.domain.review;

import io.factordesk.domain.Receivable;
import java.util.List;

/**
 * Everything the detail pane shows about one receivable: its fields, the latest scan's verdict with the
 * reasons, and its verification trail (audit entries and notes, oldest first).
 */
public record ReceivableDossier(Receivable receivable, ScanMark mark, List<ReasonLine> reasons,
                                List<TrailEntry> trail) {

    public ReceivableDossier {
        reasons = List.copyOf(reasons);
        trail = List.copyOf(trail);
    }
}
