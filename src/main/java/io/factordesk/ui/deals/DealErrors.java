package io.factordesk.ui.deals;

import io.factordesk.domain.deal.DealRuleException;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;

/**
 * Shows what the deal rules refused, in the officer's language when the refusal carries a message key
 * (the English reason as it came otherwise); anything else is an unexpected failure with a translated
 * explanation and the cause in the log.
 */
final class DealErrors {

    private DealErrors() {
    }

    static void show(DialogService dialogs, Messages messages, String titleKey, Throwable failure) {
        if (failure instanceof DealRuleException || failure instanceof IllegalArgumentException) {
            dialogs.showError(messages.get(titleKey), reason(messages, failure), null);
        } else {
            dialogs.showError(messages.get(titleKey), messages.get("deals.unexpected"), failure);
        }
    }

    /** The refusal in the officer's language where the rule names its message. */
    static String reason(Messages messages, Throwable failure) {
        if (failure instanceof DealRuleException rule && rule.messageKey().isPresent()) {
            return messages.get(rule.messageKey().get(), rule.args());
        }
        return messages.get("deals.ruleRefused", failure.getMessage());
    }
}
