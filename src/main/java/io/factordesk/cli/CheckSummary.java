package io.factordesk.cli;

import io.factordesk.scoring.CreditCheckResult;
import io.factordesk.scoring.FraudSignal;
import io.factordesk.scoring.KnockOut;
import io.factordesk.scoring.PriceComponents;
import io.factordesk.scoring.ReasonCode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A credit check for a person: outcome, why, what was found, the line and how the price is built. */
final class CheckSummary {

    private CheckSummary() {
    }

    static void print(PrintWriter out, CreditCheckResult r) {
        out.printf("Supplier %s as of %s: %s (score %d, grade %s, PD %s)%n", r.supplierUscc(), r.asOf(),
                r.decision(), r.score(), r.grade(), percent(r.pd()));
        out.printf("  Model %s %s (SHA-256 %s)%n", r.modelId(), r.modelVersion(), r.modelSha256());
        for (KnockOut k : r.knockouts()) {
            out.printf("  Knock-out %s: %s%n", k.rule(), k.detail());
        }
        for (FraudSignal s : r.fraudSignals()) {
            out.printf("  Signal %s (%s): %s%n", s.signal(), s.action(), s.evidence());
        }
        for (ReasonCode reason : r.reasons()) {
            out.printf("  Reason %s (%d of %d points): %s%n", reason.code(), reason.points(), reason.maxPoints(),
                    reason.text());
        }
        out.printf("  Limit %s %s: %s%n", r.limit().recommended().toPlainString(), r.limit().currency(),
                r.limit().formula());
        PriceComponents c = r.pricing().components();
        out.printf("  Rate %s a year = funding %s + expected loss %s + operating %s + capital %s + margin %s;"
                        + " advance rate %s%n", percent(r.pricing().annualRate()), percent(c.fundingCost()),
                percent(c.expectedLoss()), percent(c.operatingCost()), percent(c.capitalCharge()), percent(c.margin()),
                percent(r.pricing().advanceRate()));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
