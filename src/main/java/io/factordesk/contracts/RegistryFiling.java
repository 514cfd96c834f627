package io.factordesk.contracts;

import java.time.LocalDate;
import java.util.Objects;

/** The assignment's registration at the movable-property financing registry (中登网): number and date. */
public record RegistryFiling(String number, LocalDate date) {

    public RegistryFiling {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
    }
}
