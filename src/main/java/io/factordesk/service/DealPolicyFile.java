package io.factordesk.service;

import io.factordesk.domain.deal.DealPolicy;
import java.nio.file.Path;

/** Default deal terms and their bounds: resources/settings/deal-policy.properties, overridable per data folder. */
public final class DealPolicyFile {

    public static final String FILE_NAME = "deal-policy.properties";

    private DealPolicyFile() {
    }

    public static DealPolicy load(Path dataFolder) {
        LayeredSettings s = LayeredSettings.load(FILE_NAME, dataFolder);
        try {
            return new DealPolicy(s.decimal("advance-rate.default"), s.decimal("annual-rate.default"),
                    s.decimal("advance-rate.max"), s.decimal("annual-rate.min"), s.decimal("annual-rate.max"));
        } catch (SettingsException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SettingsException(s.source() + ": " + e.getMessage(), e);
        }
    }
}
