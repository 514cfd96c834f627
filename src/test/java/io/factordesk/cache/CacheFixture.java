package io.factordesk.cache;

import io.factordesk.cache.PartyWriter.AddressRow;
import io.factordesk.cache.PartyWriter.BankAccountRow;
import io.factordesk.cache.PartyWriter.PartyRow;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A small hand-made portfolio: two suppliers (B sorts before A by Chinese name), one debtor, five
 * receivables and two months of trading. Built with the cache's own writers.
 */
final class CacheFixture {

    static final Uscc SUPPLIER_A = Uscc.complete("91320506MA1M00001");
    static final Uscc SUPPLIER_B = Uscc.complete("91440300MA5D00002");
    static final Uscc DEBTOR = Uscc.complete("91310115MA1K00003");
    static final LocalDateTime CREATED = LocalDateTime.of(2026, 1, 5, 9, 0);

    long supplierA;
    long supplierB;
    long debtor;

    static CacheFixture writeInto(CacheDatabase cache) {
        CacheFixture fixture = new CacheFixture();
        CacheLoader loader = new CacheLoader(cache);
        loader.inTransaction(tx -> {
            PartyWriter parties = tx.parties();
            fixture.supplierA = parties.insertParty(party(SUPPLIER_A, "苏州华鑫精密机械有限公司", "Suzhou Huaxin Precision Machinery Co., Ltd."));
            fixture.supplierB = parties.insertParty(party(SUPPLIER_B, "深圳博远电子科技有限公司", "Shenzhen Boyuan Electronic Technology Co., Ltd."));
            fixture.debtor = parties.insertParty(party(DEBTOR, "华夏重型装备集团股份有限公司", "Huaxia Heavy Equipment Group Co., Ltd."));
            parties.insertAddress(fixture.supplierA, new AddressRow("REGISTERED", "江苏省苏州市吴中区星湖街328号",
                    "No. 328 Xinghu Street, Wuzhong District, Suzhou, Jiangsu", "苏州", "215000"));
            parties.insertAddress(fixture.supplierA, new AddressRow("OPERATING", "江苏省苏州市吴中区长江路8号3号厂房",
                    "Building 3, No. 8 Changjiang Road, Wuzhong District, Suzhou, Jiangsu", "苏州", "215000"));
            parties.insertBankAccount(fixture.supplierA, new BankAccountRow("中国工商银行苏州分行", "苏州华鑫精密机械有限公司",
                    "1102020109000012345", "OPERATING"));
            parties.insertSupplier(fixture.supplierA, LocalDate.of(2024, 3, 1), "ACTIVE", null);
            parties.insertSupplier(fixture.supplierB, LocalDate.of(2024, 6, 1), "ACTIVE", null);
            parties.insertDebtor(fixture.debtor, true, "AAA", true, new BigDecimal("800000000.00"), 90);
            return null;
        });
        PortfolioBulkWriter bulk = new PortfolioBulkWriter(cache, 2);
        bulk.add(receivable(fixture.supplierA, fixture.debtor, "00000001", "120000.00", LocalDate.of(2026, 9, 1), ReceivableStatus.OPEN));
        bulk.add(receivable(fixture.supplierA, fixture.debtor, "00000002", "80000.50", LocalDate.of(2026, 9, 15), ReceivableStatus.VERIFIED));
        bulk.add(receivable(fixture.supplierA, fixture.debtor, "00000003", "50000.00", LocalDate.of(2026, 3, 1), ReceivableStatus.PAID));
        bulk.add(receivable(fixture.supplierB, fixture.debtor, "00000004", "300000.00", LocalDate.of(2026, 10, 1), ReceivableStatus.FINANCED));
        bulk.add(receivable(fixture.supplierB, fixture.debtor, "00000005", "10000.00", LocalDate.of(2026, 10, 20), ReceivableStatus.OPEN));
        bulk.add(new TradingMonthRow(fixture.supplierA, fixture.debtor, LocalDate.of(2026, 9, 1), new BigDecimal("200000.50"),
                new BigDecimal("1000.00"), BigDecimal.ZERO.setScale(2), 2));
        bulk.add(new TradingMonthRow(fixture.supplierA, fixture.debtor, LocalDate.of(2026, 3, 1), new BigDecimal("50000.00"),
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 1));
        bulk.flush();
        return fixture;
    }

    private static PartyRow party(Uscc uscc, String zh, String en) {
        return new PartyRow(uscc, zh, en, LocalDate.of(2010, 5, 20), new BigDecimal("10000000.00"), "通用设备制造业",
                "江苏省苏州市", "王建国", CREATED);
    }

    static ReceivableRow receivable(long supplier, long debtor, String invoiceNo, String amount, LocalDate issued,
                                    ReceivableStatus status) {
        boolean paid = status == ReceivableStatus.PAID;
        BigDecimal face = new BigDecimal(amount);
        return new ReceivableRow(supplier, debtor, "3205261130", invoiceNo, issued, issued.plusDays(90), face, "CNY",
                "PO-HX-" + invoiceNo, status, paid ? face : BigDecimal.ZERO.setScale(2),
                paid ? issued.plusDays(88) : null, false, null, BigDecimal.ZERO.setScale(2), null, null, null, null,
                CREATED);
    }
}
