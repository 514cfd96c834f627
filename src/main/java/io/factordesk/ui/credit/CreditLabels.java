package io.factordesk.ui.credit;

import io.factordesk.scoring.Decision;
import io.factordesk.scoring.FraudSignalType;
import io.factordesk.scoring.KnockOutRule;
import io.factordesk.ui.common.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Translated names for what a credit check says (decision, grade, knock-out rule, fraud signal,
 * scorecard characteristic) and the formats of its figures. Every key is spelled out so the bundle
 * test can see it is used; a code the bundles do not know is shown as it is.
 */
final class CreditLabels {

    private final Messages messages;

    CreditLabels(Messages messages) {
        this.messages = messages;
    }

    String decision(Decision decision) {
        return decision == null ? "" : decision(decision.name());
    }

    String decision(String code) {
        return translated(code, switch (code == null ? "" : code) {
            case "APPROVE" -> "credit.decision.approve";
            case "REFER" -> "credit.decision.refer";
            case "DECLINE" -> "credit.decision.decline";
            default -> null;
        });
    }

    String grade(String code) {
        return translated(code, switch (code == null ? "" : code) {
            case "AAA" -> "credit.grade.aaa";
            case "AA" -> "credit.grade.aa";
            case "A" -> "credit.grade.a";
            case "BBB" -> "credit.grade.bbb";
            case "BB" -> "credit.grade.bb";
            case "B" -> "credit.grade.b";
            case "CCC" -> "credit.grade.ccc";
            case "CC" -> "credit.grade.cc";
            case "C" -> "credit.grade.c";
            default -> null;
        });
    }

    String knockOut(KnockOutRule rule) {
        return messages.get(switch (rule) {
            case WATCHLIST_HIT -> "credit.knockout.watchlistHit";
            case COMPANY_TOO_YOUNG -> "credit.knockout.companyTooYoung";
            case INSUFFICIENT_TRADING_HISTORY -> "credit.knockout.insufficientTrading";
            case DEBTOR_IN_DEFAULT -> "credit.knockout.debtorInDefault";
            case RELATED_PARTY_CONCENTRATION -> "credit.knockout.relatedParty";
        });
    }

    String fraudSignal(FraudSignalType signal) {
        return messages.get(switch (signal) {
            case DUPLICATE_INVOICE -> "credit.signal.duplicateInvoice";
            case DOUBLE_FINANCING -> "credit.signal.doubleFinancing";
            case INVOICE_DATE_ANOMALY -> "credit.signal.invoiceDateAnomaly";
            case TURNOVER_JUMP -> "credit.signal.turnoverJump";
            case ROUND_TRIPPING -> "credit.signal.roundTripping";
            case THRESHOLD_CLUSTERING -> "credit.signal.thresholdClustering";
            case RISING_CREDIT_NOTES -> "credit.signal.risingCreditNotes";
        });
    }

    /** A scorecard characteristic by its measure code. */
    String characteristic(String code) {
        return translated(code, switch (code == null ? "" : code) {
            case "MONTHS_WITH_CORE" -> "credit.measure.monthsWithCore";
            case "AVG_MONTHLY_SALES" -> "credit.measure.avgMonthlySales";
            case "SALES_TREND" -> "credit.measure.salesTrend";
            case "SALES_VOLATILITY" -> "credit.measure.salesVolatility";
            case "DILUTION_RATE" -> "credit.measure.dilutionRate";
            case "DISPUTE_RATE" -> "credit.measure.disputeRate";
            case "DEBTOR_CONCENTRATION" -> "credit.measure.debtorConcentration";
            case "MAX_DAYS_PAST_DUE" -> "credit.measure.maxDaysPastDue";
            case "COMPANY_AGE_MONTHS" -> "credit.measure.companyAge";
            case "DEBTOR_QUALITY" -> "credit.measure.debtorQuality";
            case "ELIGIBLE_SHARE" -> "credit.measure.eligibleShare";
            case "PAST_DEALS" -> "credit.measure.pastDeals";
            default -> null;
        });
    }

    /** The text of the officer's language from a pair the scoring model wrote in both. */
    String inLanguage(String english, String chinese) {
        return messages.isEnglish() || chinese == null || chinese.isBlank() ? english : chinese;
    }

    /** A fraction as a percentage: 0.0512 with two decimals is "5.12%". */
    String percent(BigDecimal fraction, int decimals) {
        if (fraction == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(messages.locale()));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(fraction.movePointRight(2)) + "%";
    }

    String money(BigDecimal amount) {
        return amount == null ? "" : messages.get("amount.cny", messages.amount(amount));
    }

    private String translated(String code, String key) {
        if (key == null) {
            return code == null ? "" : code;
        }
        return messages.get(key);
    }
}
