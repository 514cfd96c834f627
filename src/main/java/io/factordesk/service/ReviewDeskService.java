package io.factordesk.service;

import io.factordesk.cache.ReviewDeskRepository;
import io.factordesk.cache.ReviewDeskRepository.ScannedReceivable;
import io.factordesk.cache.ReviewDeskRepository.Sums;
import io.factordesk.domain.DebtorChoice;
import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.review.ReasonLine;
import io.factordesk.domain.review.ReceivableDossier;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewPage;
import io.factordesk.domain.review.ReviewPageRequest;
import io.factordesk.domain.review.ReviewTotals;
import io.factordesk.domain.review.ScanMark;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What the officer's review desk reads: pages of receivables with their latest scan mark, totals of the
 * filtered set, and one receivable's dossier. The actions themselves are {@link ReceivableReviewService}'s.
 */
public final class ReviewDeskService {

    private final ReviewDeskRepository desk;
    private final ReceivableReviewService review;
    private final BigDecimal advanceRate;

    public ReviewDeskService(ReviewDeskRepository desk, ReceivableReviewService review, BigDecimal advanceRate) {
        this.desk = desk;
        this.review = review;
        this.advanceRate = advanceRate;
    }

    public ReviewPage page(ReviewPageRequest request) {
        return desk.page(request);
    }

    /** Count, face, eligible outstanding and what the default advance rate would advance against it. */
    public ReviewTotals totals(ReviewFilter filter) {
        Sums sums = desk.sums(filter);
        BigDecimal advanceable = sums.eligibleAmount().multiply(advanceRate).setScale(2, RoundingMode.HALF_UP);
        return new ReviewTotals(sums.count(), sums.faceAmount(), sums.eligibleCount(), sums.eligibleAmount(),
                advanceRate, advanceable);
    }

    /** @throws NoSuchElementException when no receivable has the id */
    public ReceivableDossier dossier(long receivableId) {
        ScannedReceivable found = desk.find(receivableId)
                .orElseThrow(() -> new NoSuchElementException("no receivable " + receivableId));
        return new ReceivableDossier(found.receivable(), found.mark(), reasons(found.mark(), found.details()),
                review.history(receivableId));
    }

    public List<DebtorChoice> debtors() {
        return desk.debtors();
    }

    /**
     * Pairs the stored detail lines with the failed rules. The scan writes one line per failure in rule
     * order; rules added since the scan (held, disputed...) have no stored line and show the rule alone.
     */
    static List<ReasonLine> reasons(ScanMark mark, String details) {
        if (mark == null) {
            return List.of();
        }
        List<String> lines = details == null || details.isBlank() ? List.of() : List.of(details.split("\n"));
        List<ReasonLine> reasons = new ArrayList<>();
        List<EligibilityRule> rules = mark.failedRules();
        int paired = Math.min(lines.size(), rules.size());
        boolean onePerRule = lines.size() <= rules.size();
        for (int i = 0; i < rules.size(); i++) {
            String detail = onePerRule && i < paired ? lines.get(i) : null;
            reasons.add(new ReasonLine(rules.get(i), detail));
        }
        if (!onePerRule) {
            lines.forEach(line -> reasons.add(new ReasonLine(null, line)));
        }
        return reasons;
    }
}
