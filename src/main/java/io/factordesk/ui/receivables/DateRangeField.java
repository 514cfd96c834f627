package io.factordesk.ui.receivables;

import io.factordesk.ui.common.Messages;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A from–to pair of dates on the review desk's filters (issued, due); either end may stay open. */
final class DateRangeField {

    private final Messages messages;
    private final String fieldKey;
    private final ObjectProperty<LocalDate> from;
    private final ObjectProperty<LocalDate> to;

    DateRangeField(Object bean, String name, Messages messages, String fieldKey) {
        this.messages = messages;
        this.fieldKey = fieldKey;
        this.from = new SimpleObjectProperty<>(bean, name + "From");
        this.to = new SimpleObjectProperty<>(bean, name + "To");
    }

    /** @throws InvalidFilterInput when the range ends before it starts */
    void checkOrdered() {
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            throw new InvalidFilterInput(messages.get("filter.problem.datesReversed", messages.get(fieldKey),
                    messages.date(from.get()), messages.date(to.get())));
        }
    }

    void clear() {
        from.set(null);
        to.set(null);
    }

    ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    ObjectProperty<LocalDate> toProperty() {
        return to;
    }
}
