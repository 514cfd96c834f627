package io.factordesk.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.domain.ReceivableStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void aBookAppendedPartByPartIsTheBookAddedRowByRow() {
        List<ReceivableFacts> facts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Supplier 9 and debtor 300 first appear in the second part; supplier 1 only in the first.
            long supplier = i < 30 ? 1 + i % 3 : 9 - i % 2 * 7;
            long debtor = i < 28 ? (i % 2 == 0 ? DEBTOR : 200) : (i % 3 == 0 ? 300 : 200);
            String code = i % 11 == 0 ? "沪A-" + i : "3200261130";
            facts.add(new ReceivableFacts(i + 1, supplier, debtor, code, String.format("%08d", i), AS_OF.minusDays(i),
                    AS_OF.plusDays(i), new BigDecimal(1000 + i + ".50"), new BigDecimal(i + ".00"),
                    new BigDecimal(i % 4 + ".01"), ReceivableStatus.values()[i % ReceivableStatus.values().length],
                    i % 5 == 0));
        }
        facts.forEach(book::add);
        ReceivableBook first = new ReceivableBook(2);
        ReceivableBook second = new ReceivableBook(2);
        ReceivableBook empty = new ReceivableBook(0);
        facts.subList(0, 25).forEach(first::add);
        facts.subList(25, 60).forEach(second::add);

        first.append(empty);
        first.append(second);

        assertThat(first.size()).isEqualTo(60);
        for (int row = 0; row < 60; row++) {
            assertThat(first.facts(row)).isEqualTo(book.facts(row)).isEqualTo(facts.get(row));
            assertThat(first.supplierIndex(row)).isEqualTo(book.supplierIndex(row));
            assertThat(first.debtorIndex(row)).isEqualTo(book.debtorIndex(row));
            assertThat(first.invoiceCodeKey(row)).isEqualTo(book.invoiceCodeKey(row));
        }
        assertThat(first.suppliers().size()).isEqualTo(book.suppliers().size()).isEqualTo(4);
        assertThat(first.debtors().size()).isEqualTo(book.debtors().size()).isEqualTo(3);
        assertThat(scanOf(first)).isEqualTo(scanOf(book));
    }

    private static List<String> scanOf(ReceivableBook scanned) {
        EligibilityOutcome outcome = new EligibilityScan(EligibilitySettings.defaults(), AS_OF,
                Map.of(DEBTOR, new DebtorProfile(DEBTOR, "买方", true, null, true),
                        200L, new DebtorProfile(200, "买方二", true, new BigDecimal("30000.00"), false),
                        300L, new DebtorProfile(300, "买方三", false, null, false)),
                Set.of(new SupplierDebtorPair(9, 300)))
                .scan(scanned, supplier -> true);
        List<String> results = new ArrayList<>();
        for (int row = 0; row < outcome.rows(); row++) {
            results.add(outcome.receivableId(row) + " " + outcome.ruleNames(row) + " " + outcome.details(row));
        }
        return results;
    }
}
