package io.factordesk.ui.credit;

import io.factordesk.service.RequestedTerms;
import io.factordesk.ui.common.Messages;
import java.math.BigDecimal;

/**
 * The what-if terms as the officer typed them: tenor in whole days, advance rate in percent, amount in
 * yuan (thousands separators allowed). An empty field takes the credit file's default; a value that
 * cannot be used is refused with the reason in the officer's language.
 */
final class TypedTerms {

    static final int MAX_TENOR_DAYS = 3650;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A value the officer typed that cannot be used; the message is already translated. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private final Messages messages;

    TypedTerms(Messages messages) {
        this.messages = messages;
    }

    /** @throws Invalid naming the field and what it takes */
    RequestedTerms parse(String amount, String tenorDays, String advanceRatePercent) {
        return new RequestedTerms(amount(amount), tenor(tenorDays), advanceRate(advanceRatePercent));
    }

    /** A fraction as the advance-rate field shows it: 0.8 is "80". */
    static String percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString();
    }

    private Integer tenor(String text) {
        BigDecimal days = number(text, "credit.whatIf.tenorInvalid");
        if (days == null) {
            return null;
        }
        if (days.stripTrailingZeros().scale() > 0 || days.signum() <= 0
                || days.compareTo(BigDecimal.valueOf(MAX_TENOR_DAYS)) > 0) {
            throw new Invalid(messages.get("credit.whatIf.tenorInvalid", MAX_TENOR_DAYS));
        }
        return days.intValue();
    }

    private BigDecimal advanceRate(String text) {
        BigDecimal percent = number(text, "credit.whatIf.advanceInvalid");
        if (percent == null) {
            return null;
        }
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new Invalid(messages.get("credit.whatIf.advanceInvalid"));
        }
        return percent.movePointLeft(2);
    }

    private BigDecimal amount(String text) {
        BigDecimal value = number(text, "credit.whatIf.amountInvalid");
        if (value != null && value.signum() < 0) {
            throw new Invalid(messages.get("credit.whatIf.amountInvalid"));
        }
        return value;
    }

    private BigDecimal number(String text, String problemKey) {
        String cleaned = text == null ? "" : text.strip().replace(",", "").replace("%", "");
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new Invalid(messages.get(problemKey, MAX_TENOR_DAYS));
        }
    }
}
