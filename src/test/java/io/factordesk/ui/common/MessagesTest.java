package io.factordesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void englishIsNotReplacedByTheDefaultLocalesBundle() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(new Messages(Messages.ENGLISH).get("nav.suppliers")).isEqualTo("Suppliers");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void switchingLanguageSwapsTheBundleAndNotifies() {
        Messages messages = new Messages(Messages.ENGLISH);
        Locale[] seen = new Locale[1];
        messages.localeProperty().addListener((obs, old, now) -> seen[0] = now);

        messages.setLocale(Messages.CHINESE);

        assertThat(seen[0]).isEqualTo(Messages.CHINESE);
        assertThat(messages.get("nav.receivables")).isEqualTo("应收账款");
        assertThat(messages.get("status.counts", "1", "2", "3")).isEqualTo("供应商 1 家 · 债务人 2 家 · 应收账款 3 笔");
    }

    @Test
    void amountsKeepTheFenAndGroupThousands() {
        Messages messages = new Messages(Messages.CHINESE);

        assertThat(messages.amount(new BigDecimal("1234567.8"))).isEqualTo("1,234,567.80");
        assertThat(messages.amount(new BigDecimal("0.005"))).isEqualTo("0.01");
        assertThat(messages.count(20_000)).isEqualTo("20,000");
    }

    @Test
    void unknownLanguageTagsFallBackToChinese() {
        assertThat(Messages.supportedLocale("en-GB")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.supportedLocale("fr")).isEqualTo(Messages.CHINESE);
        assertThat(Messages.supportedLocale(null)).isEqualTo(Messages.CHINESE);
    }
}
