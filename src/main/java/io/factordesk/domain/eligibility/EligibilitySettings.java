package io.factordesk.domain.eligibility;

import java.math.BigDecimal;

/**
 * Thresholds of the eligibility rules; defaults ship in resources/settings/eligibility.properties and a
 * copy in the data folder overrides them.
 *
 * @param pastDueGraceDays       days after the due date before PAST_DUE applies (0: the day after due)
 * @param maxAgeDays             oldest issue date accepted, in days before the as-of date
 * @param maxTenorDays           longest issue-to-due term accepted
 * @param maxDilutionShare       credit notes above this share of face make the receivable DILUTED
 * @param crossAgingDays         days past due that count towards cross-aging (90)
 * @param crossAgingShare        share of a debtor's balance over crossAgingDays that taints the debtor (0.10)
 * @param concentrationShare     largest share of a supplier's eligible pool one debtor may hold
 * @param regulatoryShare        regulatory cap of one debtor in the financed book (0.50, notice No. 205)
 * @param exemptCoreEnterprise   whether the core enterprise is exempt from the per-supplier concentration rule
 */
public record EligibilitySettings(int pastDueGraceDays, int maxAgeDays, int maxTenorDays,
                                  BigDecimal maxDilutionShare, int crossAgingDays, BigDecimal crossAgingShare,
                                  BigDecimal concentrationShare, BigDecimal regulatoryShare,
                                  boolean exemptCoreEnterprise) {

    public EligibilitySettings {
        if (pastDueGraceDays < 0 || maxAgeDays <= 0 || maxTenorDays <= 0 || crossAgingDays <= 0) {
            throw new IllegalArgumentException("day thresholds must be positive (grace days may be 0)");
        }
        requireShare("maxDilutionShare", maxDilutionShare);
        requireShare("crossAgingShare", crossAgingShare);
        requireShare("concentrationShare", concentrationShare);
        requireShare("regulatoryShare", regulatoryShare);
    }

    public static EligibilitySettings defaults() {
        return new EligibilitySettings(0, 180, 180, new BigDecimal("0.00"), 90, new BigDecimal("0.10"),
                new BigDecimal("0.40"), new BigDecimal("0.50"), true);
    }

    private static void requireShare(String name, BigDecimal share) {
        if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be a share between 0 and 1, got " + share);
        }
    }
}
