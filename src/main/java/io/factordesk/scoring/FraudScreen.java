package io.factordesk.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Looks for invoice-finance fraud and cash-out patterns; each signal carries its evidence. */
final class FraudScreen {

    static final String USCC_PREFIX = "signal.ROUND_TRIPPING.usccPrefix";
    static final String ADDRESS = "signal.ROUND_TRIPPING.address";
    static final String BANK_ACCOUNT = "signal.ROUND_TRIPPING.bankAccount";
    static final List<String> DETAIL_TEXTS = List.of(USCC_PREFIX, ADDRESS, BANK_ACCOUNT);
    private static final int EVIDENCE_ITEMS = 5;

    private final ScorecardModel model;
    private final Policy.Signals policy;

    FraudScreen(ScorecardModel model) {
        this.model = model;
        this.policy = model.policy().signals();
    }

    List<FraudSignal> screen(CreditCheckInput input, TradingFigures figures) {
        List<FraudSignal> signals = new ArrayList<>();
        duplicates(input, signals);
        turnoverJump(figures, signals);
        roundTripping(input, signals);
        thresholdClustering(input, signals);
        risingCreditNotes(figures, signals);
        return signals;
    }

    /** Same debtor, amount and issue date: the same sale invoiced twice. */
    private record SameSale(long debtorId, BigDecimal amount, LocalDate issueDate) {
    }

    private record InvoiceNumber(String code, String no) {
    }

    private void duplicates(CreditCheckInput input, List<FraudSignal> signals) {
        Set<String> duplicated = new LinkedHashSet<>();
        Set<String> doubleFinanced = new LinkedHashSet<>();
        Set<String> misdated = new LinkedHashSet<>();
        Set<InvoiceNumber> seenNumbers = new HashSet<>();
        Map<SameSale, ReceivableEligibility> seenSales = new HashMap<>();
        for (ReceivableEligibility receivable : input.receivables()) {
            boolean repeatedNumber = !seenNumbers.add(new InvoiceNumber(receivable.invoiceCode(), receivable.invoiceNo()));
            if (repeatedNumber || receivable.reasons().contains(ReceivableEligibility.DUPLICATE_INVOICE)) {
                duplicated.add(receivable.invoiceKey());
            }
            ReceivableEligibility earlier = seenSales.putIfAbsent(
                new SameSale(receivable.debtorId(), receivable.amount().stripTrailingZeros(), receivable.issueDate()), receivable);
            if (earlier != null && !earlier.invoiceKey().equals(receivable.invoiceKey())) {
                duplicated.add(earlier.invoiceKey() + "=" + receivable.invoiceKey());
            }
            if (receivable.reasons().contains(ReceivableEligibility.DOUBLE_FINANCING)) {
                doubleFinanced.add(receivable.invoiceKey());
            }
            if (receivable.issueDate().isAfter(input.asOf()) || receivable.dueDate().isBefore(receivable.issueDate())
                || receivable.reasons().contains(ReceivableEligibility.FUTURE_DATED)
                || receivable.reasons().contains(ReceivableEligibility.DUE_BEFORE_ISSUE)) {
                misdated.add(receivable.invoiceKey() + " (" + receivable.issueDate() + " -> " + receivable.dueDate() + ")");
            }
        }
        if (!duplicated.isEmpty()) {
            signals.add(signal(FraudSignalType.DUPLICATE_INVOICE, "signal.DUPLICATE_INVOICE",
                duplicated.size(), sample(duplicated)));
        }
        if (!doubleFinanced.isEmpty()) {
            signals.add(signal(FraudSignalType.DOUBLE_FINANCING, "signal.DOUBLE_FINANCING",
                doubleFinanced.size(), sample(doubleFinanced)));
        }
        if (!misdated.isEmpty()) {
            signals.add(signal(FraudSignalType.INVOICE_DATE_ANOMALY, "signal.INVOICE_DATE_ANOMALY",
                misdated.size(), sample(misdated)));
        }
    }

    private void turnoverJump(TradingFigures figures, List<FraudSignal> signals) {
        int recentMonths = policy.turnoverRecentMonths();
        int baselineMonths = policy.turnoverBaselineMonths();
        double recent = figures.salesSum(0, recentMonths) / recentMonths;
        double baseline = figures.salesSum(recentMonths, baselineMonths) / baselineMonths;
        if (baseline > 0.0 && recent / baseline > policy.turnoverJumpRatio()) {
            signals.add(signal(FraudSignalType.TURNOVER_JUMP, "signal.TURNOVER_JUMP", recentMonths, amount(recent),
                String.format(Locale.ROOT, "%.2f", recent / baseline), baselineMonths, amount(baseline),
                String.format(Locale.ROOT, "%.2f", policy.turnoverJumpRatio())));
        }
    }

    private void roundTripping(CreditCheckInput input, List<FraudSignal> signals) {
        SupplierProfile supplier = input.supplier();
        int prefix = policy.usccPrefixLength();
        String supplierPrefix = supplier.uscc().value().substring(0, prefix);
        Set<String> supplierAddresses = supplier.addresses().stream().map(CompanyNames::compact)
            .filter(a -> !a.isEmpty()).collect(Collectors.toSet());
        Set<String> supplierAccounts = supplier.bankAccounts().stream().map(FraudScreen::digits)
            .filter(a -> !a.isEmpty()).collect(Collectors.toSet());
        for (SupplierDebtor debtor : input.debtors()) {
            String who = debtor.name();
            String uscc = debtor.uscc().value();
            if (debtor.sellsToSupplier()) {
                signals.add(signal(FraudSignalType.ROUND_TRIPPING, "signal.ROUND_TRIPPING", who, uscc));
            }
            if (uscc.startsWith(supplierPrefix)) {
                signals.add(signal(FraudSignalType.ROUND_TRIPPING, USCC_PREFIX, who, uscc, prefix, supplierPrefix));
            }
            debtor.addresses().stream().filter(a -> supplierAddresses.contains(CompanyNames.compact(a))).findFirst()
                .ifPresent(a -> signals.add(signal(FraudSignalType.ROUND_TRIPPING, ADDRESS, who, uscc, a)));
            debtor.bankAccounts().stream().filter(a -> supplierAccounts.contains(digits(a))).findFirst()
                .ifPresent(a -> signals.add(signal(FraudSignalType.ROUND_TRIPPING, BANK_ACCOUNT, who, uscc, masked(a))));
        }
    }

    private void thresholdClustering(CreditCheckInput input, List<FraudSignal> signals) {
        int total = input.receivables().size();
        int clustered = 0;
        for (ReceivableEligibility receivable : input.receivables()) {
            double amount = receivable.amount().doubleValue();
            for (double threshold : policy.approvalThresholds()) {
                if (amount < threshold && amount >= threshold * (1.0 - policy.clusteringBand())) {
                    clustered++;
                    break;
                }
            }
        }
        if (clustered >= policy.clusteringMinCount() && clustered >= policy.clusteringMinShare() * total) {
            String thresholds = policy.approvalThresholds().stream().map(FraudScreen::amount)
                .collect(Collectors.joining(" / "));
            signals.add(signal(FraudSignalType.THRESHOLD_CLUSTERING, "signal.THRESHOLD_CLUSTERING", clustered, total,
                KnockOutScreen.percent((double) clustered / total), KnockOutScreen.percent(policy.clusteringBand()),
                thresholds));
        }
    }

    private void risingCreditNotes(TradingFigures figures, List<FraudSignal> signals) {
        int recentMonths = policy.creditNoteRecentMonths();
        int baselineMonths = policy.creditNoteBaselineMonths();
        double recentSales = figures.salesSum(0, recentMonths);
        double baselineSales = figures.salesSum(recentMonths, baselineMonths);
        if (!(recentSales > 0.0)) {
            return;
        }
        double recentRate = figures.returnsSum(0, recentMonths) / recentSales;
        double baselineRate = baselineSales > 0.0 ? figures.returnsSum(recentMonths, baselineMonths) / baselineSales : 0.0;
        if (recentRate >= policy.creditNoteMinRecentRate()
            && (baselineRate == 0.0 || recentRate / baselineRate >= policy.creditNoteRiseRatio())) {
            signals.add(signal(FraudSignalType.RISING_CREDIT_NOTES, "signal.RISING_CREDIT_NOTES",
                KnockOutScreen.percent(recentRate), recentMonths, KnockOutScreen.percent(baselineRate), baselineMonths));
        }
    }

    private FraudSignal signal(FraudSignalType type, String textKey, Object... args) {
        LocalizedText evidence = model.text(textKey).format(args);
        return new FraudSignal(type, policy.actionFor(type), evidence.en(), evidence.zh());
    }

    private static String sample(Set<String> items) {
        String shown = items.stream().limit(EVIDENCE_ITEMS).collect(Collectors.joining(", "));
        return items.size() > EVIDENCE_ITEMS ? shown + ", ..." : shown;
    }

    static String amount(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String digits(String account) {
        return account == null ? "" : account.replaceAll("[^0-9]", "");
    }

    private static String masked(String account) {
        String digits = digits(account);
        return "****" + digits.substring(Math.max(0, digits.length() - 4));
    }
}
