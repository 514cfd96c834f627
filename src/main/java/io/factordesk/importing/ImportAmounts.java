package io.factordesk.importing;

import io.factordesk.domain.importing.ProblemKind;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Face amounts as suppliers write them: thousands separators, ¥ or ￥, "元", full-width digits.
 * An amount must be a positive number of yuan with at most two decimals (fen).
 */
public final class ImportAmounts {

    private static final Pattern CURRENCY = Pattern.compile("^(?:¥|RMB|CNY)\\s*|\\s*(?:元|RMB|CNY)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?|\\.\\d+");

    private ImportAmounts() {
    }

    public static BigDecimal parse(String raw) {
        String text = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC);
        boolean negative = false;
        if (text.startsWith("-") || text.startsWith("(") && text.endsWith(")")) {
            negative = true;
            text = text.startsWith("-") ? text.substring(1) : text.substring(1, text.length() - 1);
        }
        text = CURRENCY.matcher(text.strip()).replaceAll("").strip();
        if (text.startsWith("-")) {
            negative = true;
            text = text.substring(1);
        }
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        } else if (!PLAIN.matcher(text).matches()) {
            throw new InvalidValueException(ProblemKind.NOT_AN_AMOUNT, "");
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() == 0) {
            throw new InvalidValueException(ProblemKind.ZERO_AMOUNT, "");
        }
        if (negative) {
            throw new InvalidValueException(ProblemKind.NEGATIVE_AMOUNT, "");
        }
        BigDecimal exact = amount.stripTrailingZeros();
        if (exact.scale() > 2) {
            throw new InvalidValueException(ProblemKind.TOO_MANY_DECIMALS, "");
        }
        return amount.setScale(2);
    }
}
