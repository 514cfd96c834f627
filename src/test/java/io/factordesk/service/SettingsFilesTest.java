package io.factordesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.domain.eligibility.EligibilitySettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFilesTest {

    @TempDir
    Path data;

    @Test
    void shippedDefaultsApplyWithoutAnOverride() {
        EligibilitySettings settings = EligibilitySettingsFile.load(data);
        assertThat(settings.maxAgeDays()).isEqualTo(180);
        assertThat(settings.crossAgingShare()).isEqualByComparingTo("0.10");
        assertThat(DealPolicyFile.load(data).maxAdvanceRate()).isEqualByComparingTo("0.90");
        assertThat(FactorIdentity.load(data).contact().uscc().value()).isEqualTo("91310115MA1H7QXK0R");
    }

    @Test
    void anOverrideInTheDataFolderReplacesOnlyItsKeys() throws IOException {
        Files.writeString(data.resolve(EligibilitySettingsFile.FILE_NAME), "max-age.days=120\n");
        EligibilitySettings settings = EligibilitySettingsFile.load(data);
        assertThat(settings.maxAgeDays()).isEqualTo(120);
        assertThat(settings.maxTenorDays()).isEqualTo(180);
    }

    @Test
    void aBadValueNamesTheFileTheKeyAndTheReason() throws IOException {
        Path file = data.resolve(EligibilitySettingsFile.FILE_NAME);
        Files.writeString(file, "max-age.days=abc\n");
        assertThatThrownBy(() -> EligibilitySettingsFile.load(data)).isInstanceOf(SettingsException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("max-age.days")
                .hasMessageContaining("whole number");
        Files.writeString(file, "cross-aging.share=1.5\n");
        assertThatThrownBy(() -> EligibilitySettingsFile.load(data)).hasMessageContaining("crossAgingShare");
        Files.writeString(data.resolve(DealPolicyFile.FILE_NAME), "advance-rate.default=0.95\n");
        assertThatThrownBy(() -> DealPolicyFile.load(data)).hasMessageContaining("default advance rate");
        Files.writeString(data.resolve(FactorIdentity.FILE_NAME), "uscc=91310115MA1H7QXK0A\n");
        assertThatThrownBy(() -> FactorIdentity.load(data)).hasMessageContaining("uscc")
                .hasMessageContaining("check character");
    }
}
