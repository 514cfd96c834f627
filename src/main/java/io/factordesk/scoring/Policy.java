package io.factordesk.scoring;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The policy parameters a model file carries besides the scorecard. */
public record Policy(KnockOuts knockOuts, Signals signals, Limit limit, Pricing pricing, int reasonCount,
                     double unratedDebtorNotch) {

    /** Thresholds of the knock-out rules. */
    public record KnockOuts(int minCompanyAgeMonths, int minTradingMonths, double maxRelatedPartyShare) {
    }

    /** Thresholds of the fraud signals and the decision each signal forces. */
    public record Signals(Map<FraudSignalType, Decision> actions,
                          int turnoverRecentMonths, int turnoverBaselineMonths, double turnoverJumpRatio,
                          int creditNoteRecentMonths, int creditNoteBaselineMonths, double creditNoteRiseRatio,
                          double creditNoteMinRecentRate,
                          List<Double> approvalThresholds, double clusteringBand, int clusteringMinCount,
                          double clusteringMinShare, int usccPrefixLength) {

        public Signals {
            actions = Map.copyOf(new EnumMap<>(actions));
            approvalThresholds = List.copyOf(approvalThresholds);
            if (usccPrefixLength < 1 || usccPrefixLength > 17) {
                throw new ModelValidationException("policy.signals: usccPrefixLength must be within 1..17, got "
                    + usccPrefixLength);
            }
            if (turnoverRecentMonths + turnoverBaselineMonths > TradingFigures.HISTORY_MONTHS
                || creditNoteRecentMonths + creditNoteBaselineMonths > TradingFigures.HISTORY_MONTHS
                || turnoverRecentMonths < 1 || turnoverBaselineMonths < 1
                || creditNoteRecentMonths < 1 || creditNoteBaselineMonths < 1) {
                throw new ModelValidationException("policy.signals: recent and baseline months must be positive and fit in "
                    + TradingFigures.HISTORY_MONTHS + " months of history");
            }
            for (FraudSignalType type : FraudSignalType.values()) {
                if (!actions.containsKey(type)) {
                    throw new ModelValidationException("policy.signals: no action (REFER or DECLINE) for " + type);
                }
            }
        }

        public Decision actionFor(FraudSignalType type) {
            return actions.get(type);
        }
    }

    /** Credit line: months of trading averaged and the policy cap. */
    public record Limit(int windowMonths, BigDecimal maxLimit, String currency) {

        public Limit {
            if (windowMonths < 1 || windowMonths > TradingFigures.HISTORY_MONTHS || maxLimit.signum() < 0) {
                throw new ModelValidationException("policy.limit: windowMonths must be within 1.."
                    + TradingFigures.HISTORY_MONTHS + " and maxLimit not negative");
            }
        }
    }

    /** Risk-based price parameters, annual rates as fractions (0.03 = 3%). */
    public record Pricing(double fundingCost, double operatingCost, double hurdleRate, double margin, double lgd,
                          double cnyPerEur, int maturityFloorDays) {

        public Pricing {
            if (fundingCost < 0 || operatingCost < 0 || hurdleRate < 0 || margin < 0 || !(lgd > 0 && lgd <= 1)
                || !(cnyPerEur > 0) || maturityFloorDays < 1) {
                throw new ModelValidationException("policy.pricing: rates must not be negative, lgd within (0, 1], "
                    + "cnyPerEur positive and maturityFloorDays at least 1");
            }
        }
    }
}
