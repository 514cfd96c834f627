package io.factordesk.service;

import io.factordesk.domain.eligibility.EligibilitySettings;
import java.nio.file.Path;

/** The eligibility thresholds: resources/settings/eligibility.properties, overridden from the data folder. */
public final class EligibilitySettingsFile {

    public static final String FILE_NAME = "eligibility.properties";

    private EligibilitySettingsFile() {
    }

    public static EligibilitySettings load(Path dataFolder) {
        return parse(LayeredSettings.load(FILE_NAME, dataFolder));
    }

    private static EligibilitySettings parse(LayeredSettings s) {
        try {
            return new EligibilitySettings(s.integer("past-due.grace-days"), s.integer("max-age.days"),
                    s.integer("max-tenor.days"), s.decimal("dilution.max-share"), s.integer("cross-aging.days"),
                    s.decimal("cross-aging.share"), s.decimal("concentration.max-share"),
                    s.decimal("regulatory.max-share"), s.flag("concentration.exempt-core-enterprise"));
        } catch (SettingsException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SettingsException(s.source() + ": " + e.getMessage(), e);
        }
    }
}
