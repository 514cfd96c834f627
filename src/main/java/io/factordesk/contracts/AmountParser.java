package io.factordesk.contracts;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads an amount as an officer types it: 1234.5, 1,234.50 or ¥1,234.50; refuses anything else. */
public final class AmountParser {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})*(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

    private AmountParser() {
    }

    public static BigDecimal parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidAmountException(raw, InvalidAmountException.Reason.MISSING);
        }
        String text = raw.strip().replaceFirst("^[¥￥]", "");
        if (text.startsWith("-")) {
            throw new InvalidAmountException(raw, InvalidAmountException.Reason.NEGATIVE);
        }
        if (!PLAIN.matcher(text).matches() && !GROUPED.matcher(text).matches()) {
            throw new InvalidAmountException(raw, InvalidAmountException.Reason.NOT_A_NUMBER);
        }
        BigDecimal amount = new BigDecimal(text.replace(",", ""));
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidAmountException(raw, InvalidAmountException.Reason.MORE_THAN_TWO_DECIMALS);
        }
        return amount;
    }
}
