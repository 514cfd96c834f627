package io.factordesk.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.domain.Receivable;
import io.factordesk.domain.ReceivablePage;
import io.factordesk.domain.ReceivableQuery;
import io.factordesk.domain.ReceivableQuery.SortColumn;
import io.factordesk.domain.ReceivableStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceivableRepositoryTest {

    @TempDir
    static Path folder;
    static CacheDatabase cache;
    static CacheFixture fixture;
    static ReceivableRepository receivables;

    @BeforeAll
    static void open() {
        cache = CacheDatabase.openIn(folder);
        fixture = CacheFixture.writeInto(cache);
        receivables = new ReceivableRepository(cache.dsl());
    }

    @AfterAll
    static void close() {
        cache.close();
    }

    @Test
    void sortsByFaceAmountLargestFirst() {
        ReceivablePage page = receivables.page(ReceivableQuery.firstPage(10).sortedBy(SortColumn.FACE_AMOUNT, true));
        assertThat(page.totalCount()).isEqualTo(5);
        assertThat(page.rows()).extracting(Receivable::invoiceNo)
                .containsExactly("00000004", "00000001", "00000002", "00000003", "00000005");
    }

    @Test
    void sortsBySupplierNameThenId() {
        ReceivablePage page = receivables.page(ReceivableQuery.firstPage(10).sortedBy(SortColumn.SUPPLIER, false));
        assertThat(page.rows()).extracting(Receivable::invoiceNo)
                .containsExactly("00000004", "00000005", "00000001", "00000002", "00000003");
    }

    @Test
    void filtersBySupplierStatusAndInvoiceNumber() {
        assertThat(receivables.page(ReceivableQuery.firstPage(10).forSupplier(fixture.supplierB)).rows())
                .extracting(Receivable::invoiceNo).containsExactly("00000004", "00000005");
        ReceivableQuery paid = new ReceivableQuery(null, null, ReceivableStatus.PAID, SortColumn.ID, false, 0, 10);
        assertThat(receivables.page(paid).rows()).singleElement().satisfies(r -> {
            assertThat(r.paidOn()).isNotNull();
            assertThat(r.outstanding()).isEqualByComparingTo("0.00");
        });
        ReceivableQuery byNumber = new ReceivableQuery(null, " 00000002 ", null, SortColumn.ID, false, 0, 10);
        assertThat(receivables.page(byNumber).rows()).extracting(Receivable::faceAmount)
                .singleElement().satisfies(amount -> assertThat(amount).isEqualByComparingTo("80000.50"));
    }

    @Test
    void pagesThroughTheWholeSetWithTheTotalOnEveryPage() {
        ReceivableQuery first = ReceivableQuery.firstPage(2);
        ReceivablePage one = receivables.page(first);
        ReceivablePage three = receivables.page(first.at(4));
        assertThat(one.rows()).hasSize(2);
        assertThat(one.totalCount()).isEqualTo(5);
        assertThat(three.rows()).extracting(Receivable::invoiceNo).containsExactly("00000005");
        assertThat(three.offset()).isEqualTo(4);
        assertThat(three.totalCount()).isEqualTo(5);
    }

    @Test
    void findsOneWithSupplierAndDebtorNames() {
        long id = receivables.page(ReceivableQuery.firstPage(1)).rows().get(0).id();
        Receivable found = receivables.find(id).orElseThrow();
        assertThat(found.supplierName()).isEqualTo("苏州华鑫精密机械有限公司");
        assertThat(found.debtorUscc()).isEqualTo(CacheFixture.DEBTOR);
        assertThat(found.dueDate()).isEqualTo(found.issueDate().plusDays(90));
        assertThat(receivables.find(-1)).isEmpty();
    }

    @Test
    void refusesPagesLargerThanTenThousand() {
        assertThatThrownBy(() -> ReceivableQuery.firstPage(10_001)).isInstanceOf(IllegalArgumentException.class);
    }
}
