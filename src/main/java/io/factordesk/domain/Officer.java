package io.factordesk.domain;

import java.math.BigDecimal;

/** A user of FactorDesk with an authority limit in CNY. */
public record Officer(long id, String login, String displayName, OfficerRole role, BigDecimal authorityLimit,
                      boolean active) {
}
