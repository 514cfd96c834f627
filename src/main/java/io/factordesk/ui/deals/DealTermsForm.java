package io.factordesk.ui.deals;

import io.factordesk.domain.deal.DealPolicy;
import io.factordesk.domain.deal.DealTerms;
import io.factordesk.domain.deal.FeeKind;
import io.factordesk.domain.deal.HandlingFee;
import io.factordesk.ui.common.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The terms an officer types into the deal builder (funding date, advance rate, annual rate, handling fee,
 * recourse, disclosure) and their reading into {@link DealTerms} within the deal policy's limits. Rates are
 * typed as percentages; a term that cannot be used is reported as {@link InvalidTerms}, already translated.
 */
final class DealTermsForm {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DealPolicy policy;
    private final Messages messages;

    private final ObjectProperty<LocalDate> fundingDate = new SimpleObjectProperty<>(this, "fundingDate");
    private final StringProperty advanceRate = new SimpleStringProperty(this, "advanceRate");
    private final StringProperty annualRate = new SimpleStringProperty(this, "annualRate");
    private final ObjectProperty<FeeKind> feeKind = new SimpleObjectProperty<>(this, "feeKind", FeeKind.NONE);
    private final StringProperty feeValue = new SimpleStringProperty(this, "feeValue", "");
    private final BooleanProperty recourse = new SimpleBooleanProperty(this, "recourse", true);
    private final BooleanProperty disclosed = new SimpleBooleanProperty(this, "disclosed", true);

    DealTermsForm(DealPolicy policy, Messages messages, LocalDate today) {
        this.policy = policy;
        this.messages = messages;
        fundingDate.set(today);
        advanceRate.set(percent(policy.defaultAdvanceRate()));
        annualRate.set(percent(policy.defaultAnnualRate()));
    }

    /** The terms that change the price of a deal (the funding date also changes what is eligible). */
    List<Observable> pricedTerms() {
        return List.of(advanceRate, annualRate, feeKind, feeValue, recourse, disclosed);
    }

    DealTerms terms() {
        LocalDate date = fundingDate.get();
        if (date == null) {
            throw new InvalidTerms(messages.get("builder.fundingDateMissing"));
        }
        BigDecimal advance = rate(advanceRate.get(), "builder.advanceRate");
        if (advance.signum() <= 0 || advance.compareTo(policy.maxAdvanceRate()) > 0) {
            throw new InvalidTerms(messages.get("builder.advanceRateRange", percent(policy.maxAdvanceRate())));
        }
        BigDecimal annual = rate(annualRate.get(), "builder.annualRate");
        if (annual.compareTo(policy.minAnnualRate()) < 0 || annual.compareTo(policy.maxAnnualRate()) > 0) {
            throw new InvalidTerms(messages.get("builder.annualRateRange", percent(policy.minAnnualRate()),
                    percent(policy.maxAnnualRate())));
        }
        return new DealTerms(date, advance, annual, fee(), recourse.get(), disclosed.get());
    }

    private HandlingFee fee() {
        return switch (feeKind.get() == null ? FeeKind.NONE : feeKind.get()) {
            case NONE -> HandlingFee.NONE;
            case FIXED -> HandlingFee.fixed(number(feeValue.get(), "builder.fee"));
            case PERCENT -> HandlingFee.percent(rate(feeValue.get(), "builder.fee"));
        };
    }

    private BigDecimal rate(String percentText, String labelKey) {
        return number(percentText, labelKey).movePointLeft(2).stripTrailingZeros();
    }

    private BigDecimal number(String text, String labelKey) {
        try {
            return new BigDecimal(text == null ? "" : text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidTerms(messages.get("builder.notANumber", messages.get(labelKey)));
        }
    }

    /** A rate as the officer types it: 0.85 reads 85. */
    static String percent(BigDecimal rate) {
        return rate.multiply(HUNDRED).stripTrailingZeros().toPlainString();
    }

    ObjectProperty<LocalDate> fundingDateProperty() {
        return fundingDate;
    }

    StringProperty advanceRateProperty() {
        return advanceRate;
    }

    StringProperty annualRateProperty() {
        return annualRate;
    }

    ObjectProperty<FeeKind> feeKindProperty() {
        return feeKind;
    }

    StringProperty feeValueProperty() {
        return feeValue;
    }

    BooleanProperty recourseProperty() {
        return recourse;
    }

    BooleanProperty disclosedProperty() {
        return disclosed;
    }

    /** A term the officer typed that cannot be used; the message is already translated. */
    static final class InvalidTerms extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidTerms(String message) {
            super(message, null, false, false);
        }
    }
}
