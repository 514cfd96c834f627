package io.factordesk.ui.deals;

import io.factordesk.domain.deal.DealRuleException;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;

/**
 * Shows what the deal rules refused. The services word their refusals in English only for now, so the
 * title is translated and the reason is shown as it came ("{0}" in the bundles); anything else is an
 * unexpected failure with a translated explanation and the cause in the log.
 */
final class DealErrors {

    private DealErrors() {
    }

    static void show(DialogService dialogs, Messages messages, String titleKey, Throwable failure) {
        if (failure instanceof DealRuleException || failure instanceof IllegalArgumentException) {
            dialogs.showError(messages.get(titleKey), messages.get("deals.ruleRefused", failure.getMessage()), null);
        } else {
            dialogs.showError(messages.get(titleKey), messages.get("deals.unexpected"), failure);
        }
    }
}
