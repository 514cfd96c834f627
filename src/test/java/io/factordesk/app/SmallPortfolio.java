package io.factordesk.app;

import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A hand-made portfolio small enough to know every figure: three suppliers, two debtors,
 * 450 receivables and 30 months of trading for the first supplier. Written with plain SQL so
 * view-model tests exercise the real repositories on a real H2 file in a temp folder.
 */
public final class SmallPortfolio {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    public static final long SUPPLIER_A = 1;
    public static final long SUPPLIER_B = 2;
    public static final long SUPPLIER_C = 3;
    public static final int RECEIVABLES = 450;
    public static final int MONTHS_OF_TRADING = 30;

    private SmallPortfolio() {
    }

    public static AppContext emptyIn(Path folder) {
        return new AppContext(folder, CLOCK);
    }

    public static AppContext createIn(Path folder) throws SQLException {
        AppContext context = emptyIn(folder);
        try (Connection connection = context.cache().dataSource().getConnection()) {
            connection.setAutoCommit(false);
            party(connection, 1, "上海华信精密机械有限公司", "Shanghai Huaxin Precision Machinery Co., Ltd.", "机械制造", "上海");
            party(connection, 2, "苏州恒达电子科技有限公司", "Suzhou Hengda Electronics Co., Ltd.", "电子", "江苏");
            party(connection, 3, "宁波海通物流有限公司", null, "物流", "浙江");
            party(connection, 10, "长江家电股份有限公司", "Changjiang Appliances Co., Ltd.", "家电", "湖北");
            party(connection, 11, "华东电网物资有限公司", "East China Grid Supplies Co., Ltd.", "能源", "上海");
            try (Statement statement = connection.createStatement()) {
                for (long supplier = 1; supplier <= 3; supplier++) {
                    statement.execute("INSERT INTO supplier (party_id, onboarded_on, status) VALUES (" + supplier
                            + ", DATE '2024-01-15', 'ACTIVE')");
                }
                statement.execute("INSERT INTO debtor (party_id, core_enterprise, approved) VALUES (10, TRUE, TRUE)");
                statement.execute("INSERT INTO debtor (party_id, core_enterprise, approved) VALUES (11, FALSE, TRUE)");
                statement.execute("INSERT INTO party_address (party_id, kind, line_zh, line_en, city, postcode)"
                        + " VALUES (1, 'REGISTERED', '上海市浦东新区张江路 1 号', 'No. 1 Zhangjiang Road', '上海', '201203')");
                statement.execute("INSERT INTO bank_account (party_id, bank_name, account_name, account_no, purpose)"
                        + " VALUES (1, '中国工商银行上海分行', '上海华信精密机械有限公司', '1001000000000001', 'COLLECTION')");
            }
            receivables(connection);
            trading(connection);
            connection.commit();
        }
        return context;
    }

    private static void party(Connection connection, long id, String nameZh, String nameEn, String industry,
                              String region) throws SQLException {
        String uscc = Uscc.complete(String.format("91310000MA%07d", id)).value();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO party (id, uscc, name_zh, name_en,"
                + " registered_on, registered_capital, industry, region, legal_representative, created_at)"
                + " VALUES (?, ?, ?, ?, DATE '2015-03-01', 10000000, ?, ?, '王芳', CURRENT_TIMESTAMP)")) {
            insert.setLong(1, id);
            insert.setString(2, uscc);
            insert.setString(3, nameZh);
            insert.setString(4, nameEn);
            insert.setString(5, industry);
            insert.setString(6, region);
            insert.executeUpdate();
        }
    }

    /**
     * Receivable n (1..450): supplier A for n <= 300, B up to 420, C after; face 1,000 x n; due
     * before TODAY for odd n; statuses cycle OPEN, VERIFIED, PAID.
     */
    private static void receivables(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO receivable (supplier_id, debtor_id,"
                + " invoice_code, invoice_no, issue_date, due_date, face_amount, contract_ref, status, paid_amount,"
                + " created_at) VALUES (?, ?, '3100261130', ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            for (int n = 1; n <= RECEIVABLES; n++) {
                String status = status(n);
                BigDecimal face = face(n);
                insert.setLong(1, n <= 300 ? SUPPLIER_A : n <= 420 ? SUPPLIER_B : SUPPLIER_C);
                insert.setLong(2, n % 4 == 0 ? 11 : 10);
                insert.setString(3, String.format("%08d", n));
                insert.setDate(4, Date.valueOf(TODAY.minusDays(120)));
                insert.setDate(5, Date.valueOf(n % 2 == 1 ? TODAY.minusDays(10) : TODAY.plusDays(30)));
                insert.setBigDecimal(6, face);
                insert.setString(7, "HT-" + n);
                insert.setString(8, status);
                insert.setBigDecimal(9, status.equals("PAID") ? face : BigDecimal.ZERO);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static String status(int n) {
        return switch (n % 3) {
            case 1 -> "OPEN";
            case 2 -> "VERIFIED";
            default -> "PAID";
        };
    }

    public static BigDecimal face(int n) {
        return BigDecimal.valueOf(1000L * n).setScale(2);
    }

    /** Supplier A sold 10,000 x month number (1..30) to the core enterprise, oldest first. */
    private static void trading(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO trading_month (supplier_id,"
                + " debtor_id, month_start, sales, invoice_count) VALUES (1, 10, ?, ?, 5)")) {
            LocalDate first = TODAY.withDayOfMonth(1).minusMonths(MONTHS_OF_TRADING);
            for (int month = 1; month <= MONTHS_OF_TRADING; month++) {
                insert.setDate(1, Date.valueOf(first.plusMonths(month - 1)));
                insert.setBigDecimal(2, BigDecimal.valueOf(10_000L * month));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
