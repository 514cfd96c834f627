package io.factordesk.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.domain.ReceivableStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The columnar book keeps invoices and amounts exactly: duplicates are found whatever the invoice text. */
class ReceivableBookTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final long DEBTOR = 100;

    private final ReceivableBook book = new ReceivableBook(4);
    private long nextId = 1;

    private long add(String code, String no) {
        long id = nextId++;
        book.add(new ReceivableFacts(id, 1, DEBTOR, code, no, AS_OF.minusDays(5), AS_OF.plusDays(30),
                new BigDecimal(1000 + id + ".00"), BigDecimal.ZERO, BigDecimal.ZERO, ReceivableStatus.OPEN, false));
        return id;
    }

    private EligibilityOutcome scan() {
        return new EligibilityScan(EligibilitySettings.defaults(), AS_OF,
                Map.of(DEBTOR, new DebtorProfile(DEBTOR, "买方", true, null, true)), Set.of())
                .scan(book, supplier -> true);
    }

    private EligibilityResult result(EligibilityOutcome outcome, long id) {
        for (int row = 0; row < outcome.rows(); row++) {
            if (outcome.receivableId(row) == id) {
                return outcome.result(row);
            }
        }
        throw new AssertionError("no result for " + id);
    }

    @Test
    void leadingZerosMakeADifferentInvoice() {
        long a = add("3200261130", "00000012");
        long b = add("3200261130", "12");
        EligibilityOutcome outcome = scan();
        assertThat(result(outcome, a).eligible()).isTrue();
        assertThat(result(outcome, b).eligible()).isTrue();
    }

    @Test
    void invoicesThatAreNotPlainDigitsAreStillMatchedAndNamedAsImported() {
        long first = add("沪A-2026", "No.0001");
        long copy = add("沪A-2026", "No.0001");
        long twentyDigits = add("", "26312000000123456789");
        long sameTwentyDigits = add("", "26312000000123456789");
        long other = add("沪A-2026", "No.0002");
        EligibilityOutcome outcome = scan();
        assertThat(result(outcome, copy).failures()).containsExactly(new RuleFailure(EligibilityRule.DUPLICATE_INVOICE,
                "invoice 沪A-2026 No.0001 appears 2 times (first: receivable #" + first + ")"));
        assertThat(result(outcome, first).failures()).extracting(RuleFailure::detail)
                .containsExactly("invoice 沪A-2026 No.0001 appears 2 times");
        assertThat(result(outcome, sameTwentyDigits).failed(EligibilityRule.DUPLICATE_INVOICE)).isTrue();
        assertThat(result(outcome, twentyDigits).failed(EligibilityRule.DUPLICATE_INVOICE)).isTrue();
        assertThat(result(outcome, other).eligible()).isTrue();
    }

    @Test
    void packedInvoicesAreNamedWithTheirDigits() {
        long first = add("044031900111", "00004567");
        long copy = add("044031900111", "00004567");
        assertThat(result(scan(), copy).failures()).extracting(RuleFailure::detail).containsExactly(
                "invoice 044031900111 00004567 appears 2 times (first: receivable #" + first + ")");
    }

    @Test
    void amountsFinerThanAFenAreRefused() {
        ReceivableFacts facts = new ReceivableFacts(1, 1, DEBTOR, "1", "1", AS_OF, AS_OF.plusDays(1),
                new BigDecimal("10.001"), BigDecimal.ZERO, BigDecimal.ZERO, ReceivableStatus.OPEN, false);
        assertThatThrownBy(() -> book.add(facts)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void rowsGrowPastTheExpectedSizeInInsertionOrder() {
        for (int i = 0; i < 100; i++) {
            add("3200261130", String.format("%08d", i));
        }
        assertThat(book.size()).isEqualTo(100);
        assertThat(book.id(99)).isEqualTo(100);
        assertThat(book.debtorId(50)).isEqualTo(DEBTOR);
    }
}
