package io.factordesk.ui.receivables;

import io.factordesk.ui.common.Messages;
import java.math.BigDecimal;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The amount range as the officer types it (thousands separators and a ¥ sign are fine); either end may
 * stay empty. Reading it names the first end that is not a non-negative number, or ends that are reversed.
 */
final class AmountRangeField {

    /** The range read; a {@code null} end is open. */
    record Bounds(BigDecimal from, BigDecimal to) { }

    private final Messages messages;
    private final StringProperty from;
    private final StringProperty to;

    AmountRangeField(Object bean, Messages messages) {
        this.messages = messages;
        this.from = new SimpleStringProperty(bean, "amountFrom", "");
        this.to = new SimpleStringProperty(bean, "amountTo", "");
    }

    /** @throws InvalidFilterInput naming the field that makes no amount range */
    Bounds read() {
        BigDecimal low = amount(from.get(), "filter.amountFrom");
        BigDecimal high = amount(to.get(), "filter.amountTo");
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw new InvalidFilterInput(messages.get("filter.problem.amountReversed", messages.amount(low),
                    messages.amount(high)));
        }
        return new Bounds(low, high);
    }

    private BigDecimal amount(String typed, String fieldKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(typed.strip().replace(",", "").replace("¥", "").replace("￥", ""));
        } catch (NumberFormatException e) {
            throw new InvalidFilterInput(messages.get("filter.problem.notANumber", messages.get(fieldKey),
                    typed.strip()));
        }
        if (value.signum() < 0) {
            throw new InvalidFilterInput(messages.get("filter.problem.negative", messages.get(fieldKey)));
        }
        return value;
    }

    void clear() {
        from.set("");
        to.set("");
    }

    StringProperty fromProperty() {
        return from;
    }

    StringProperty toProperty() {
        return to;
    }
}
