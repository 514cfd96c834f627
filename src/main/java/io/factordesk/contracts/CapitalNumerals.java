package io.factordesk.contracts;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Amounts in Chinese capital numerals (大写金额) per the PBoC settlement rules.
 *
 * <p>One style everywhere: a run of zeros inside the yuan part is one 零 (also across the 万 and 亿
 * boundaries, so 107000.53 is 壹拾万零柒仟元伍角叁分), no 零 between 元 and a non-zero 角
 * (1680.32 is 壹仟陆佰捌拾元叁角贰分), 元零X分 when 角 is zero, 整 only when the amount ends at 元.
 */
public final class CapitalNumerals {

    public static final String PREFIX = "人民币";
    /** Largest amount written: below ten thousand trillion (10^16) yuan. */
    public static final BigDecimal MAX = new BigDecimal("9999999999999999.99");

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] POSITION_UNITS = {"", "拾", "佰", "仟"};
    private static final String[] GROUP_UNITS = {"", "万", "亿", "万"};
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    private CapitalNumerals() {
    }

    /** The amount with the 人民币 prefix, as written on contracts and bills. */
    public static String withPrefix(BigDecimal amount) {
        return PREFIX + words(amount);
    }

    /** The capital numerals alone, e.g. 壹仟零伍元整. */
    public static String words(BigDecimal amount) {
        BigDecimal fen = validated(amount).movePointRight(2);
        BigInteger[] yuanAndFen = fen.toBigIntegerExact().divideAndRemainder(BigInteger.valueOf(100));
        int jiao = yuanAndFen[1].intValue() / 10;
        int fenDigit = yuanAndFen[1].intValue() % 10;
        BigInteger yuan = yuanAndFen[0];
        if (yuan.signum() == 0) {
            return fractionOnly(jiao, fenDigit);
        }
        StringBuilder out = new StringBuilder(yuanWords(yuan)).append('元');
        if (jiao == 0 && fenDigit == 0) {
            return out.append('整').toString();
        }
        if (jiao == 0) {
            return out.append('零').append(DIGITS[fenDigit]).append('分').toString();
        }
        out.append(DIGITS[jiao]).append('角');
        if (fenDigit != 0) {
            out.append(DIGITS[fenDigit]).append('分');
        }
        return out.toString();
    }

    private static BigDecimal validated(BigDecimal amount) {
        if (amount == null) {
            throw new InvalidAmountException(null, InvalidAmountException.Reason.MISSING);
        }
        if (amount.signum() < 0) {
            throw new InvalidAmountException(amount.toPlainString(), InvalidAmountException.Reason.NEGATIVE);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidAmountException(amount.toPlainString(), InvalidAmountException.Reason.MORE_THAN_TWO_DECIMALS);
        }
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidAmountException(amount.toPlainString(), InvalidAmountException.Reason.TOO_LARGE);
        }
        return amount;
    }

    private static String fractionOnly(int jiao, int fen) {
        if (jiao == 0 && fen == 0) {
            return "零元整";
        }
        StringBuilder out = new StringBuilder();
        if (jiao != 0) {
            out.append(DIGITS[jiao]).append('角');
        }
        if (fen != 0) {
            out.append(DIGITS[fen]).append('分');
        }
        return out.toString();
    }

    /** Digit by digit from the highest; a zero run is written once, before the next non-zero digit. */
    private static String yuanWords(BigInteger yuan) {
        int[] groups = new int[GROUP_UNITS.length];
        BigInteger rest = yuan;
        for (int g = 0; g < groups.length; g++) {
            BigInteger[] qr = rest.divideAndRemainder(TEN_THOUSAND);
            groups[g] = qr[1].intValue();
            rest = qr[0];
        }
        StringBuilder out = new StringBuilder();
        boolean pendingZero = false;
        for (int g = groups.length - 1; g >= 0; g--) {
            int group = groups[g];
            for (int p = 3; p >= 0; p--) {
                int digit = group / (int) Math.pow(10, p) % 10;
                if (digit == 0) {
                    pendingZero = out.length() > 0;
                    continue;
                }
                if (pendingZero) {
                    out.append('零');
                    pendingZero = false;
                }
                out.append(DIGITS[digit]).append(POSITION_UNITS[p]);
            }
            if (group != 0 || (g == 2 && groups[3] != 0)) {
                out.append(GROUP_UNITS[g]);
            }
        }
        return out.toString();
    }
}
