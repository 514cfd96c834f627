package io.factordesk.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words and number formats of one contract language: the label bundle (contracts/contract_xx.properties),
 * dates, amounts in figures (¥1,234.56) and in capital numerals (人民币壹仟贰佰叁拾肆元伍角陆分).
 */
final class ContractWording {

    private static final String BUNDLE = "contracts/contract";

    private final ContractLanguage language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateFormat;

    ContractWording(ContractLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dateFormat = DateTimeFormatter.ofPattern(bundle.getString("format.date"), language.locale());
    }

    ResourceBundle bundle() {
        return bundle;
    }

    Locale locale() {
        return language.locale();
    }

    String text(String key) {
        return bundle.getString(key);
    }

    /**
     * A bundle pattern filled with already formatted text, so MessageFormat never formats numbers itself;
     * apostrophes in the wording (People's Republic) are text, not MessageFormat quotes.
     */
    String format(String key, String... args) {
        return new MessageFormat(bundle.getString(key).replace("'", "''"), language.locale()).format(args);
    }

    String date(LocalDate date) {
        return dateFormat.format(date);
    }

    /** Figures with the yuan sign and thousands grouping, e.g. ¥1,234.56. */
    static String figures(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }

    /** Capital numerals with the 人民币 prefix (both languages: the Chinese words are what a bank checks). */
    static String words(BigDecimal amount) {
        return CapitalNumerals.withPrefix(amount);
    }

    /** A rate as a percentage without spurious zeros: 0.85 -> 85%, 0.0625 -> 6.25%. */
    static String percent(BigDecimal rate) {
        BigDecimal percent = rate.movePointRight(2).stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + "%";
    }

    String account(BankAccount account) {
        return format("account.format", account.holder(), account.bank(), account.number());
    }

    /** Figures and words together, as the clauses quote amounts. */
    String[] amount(BigDecimal amount) {
        return new String[] {figures(amount), words(amount)};
    }
}
