package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.PARTY_RELATION;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;

import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.eligibility.DebtorProfile;
import io.factordesk.domain.eligibility.ReceivableBook;
import io.factordesk.domain.eligibility.SupplierDebtorPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/** What the eligibility scan reads from the cache: the debtors, related parties and every receivable's facts. */
public final class EligibilityFactsRepository {

    private static final int CHUNK = 20_000;

    private final DSLContext dsl;

    public EligibilityFactsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<Long, DebtorProfile> debtorProfiles() {
        return dsl.select(DEBTOR.PARTY_ID, PARTY.NAME_ZH, DEBTOR.APPROVED, DEBTOR.CREDIT_LIMIT, DEBTOR.CORE_ENTERPRISE)
                .from(DEBTOR).join(PARTY).on(PARTY.ID.eq(DEBTOR.PARTY_ID))
                .fetch(r -> new DebtorProfile(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()))
                .stream().collect(Collectors.toMap(DebtorProfile::debtorId, p -> p));
    }

    /** Related pairs in both directions: a relation between two parties taints either as the other's debtor. */
    public Set<SupplierDebtorPair> relatedPairs() {
        Set<SupplierDebtorPair> pairs = new HashSet<>();
        dsl.select(PARTY_RELATION.PARTY_ID, PARTY_RELATION.RELATED_PARTY_ID).from(PARTY_RELATION).forEach(r -> {
            pairs.add(new SupplierDebtorPair(r.value1(), r.value2()));
            pairs.add(new SupplierDebtorPair(r.value2(), r.value1()));
        });
        return pairs;
    }

    /**
     * Every receivable in id order, all in one consistent snapshot. Read in chunks of consecutive ids: H2
     * buffers a large result on disk before handing over its first row, and its lazy mode can lose pages of
     * a long scan (h2database#4142). Plain JDBC: a jOOQ record per row costs more than the rules.
     */
    public ReceivableBook receivableBook(ReadProgress progress) {
        return dsl.connectionResult(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                ReceivableBook book = read(connection, progress);
                connection.commit();
                return book;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    private ReceivableBook read(Connection connection, ReadProgress progress) throws SQLException {
        int total;
        try (Statement count = connection.createStatement();
             ResultSet rs = count.executeQuery(dsl.selectCount().from(RECEIVABLE).getSQL())) {
            rs.next();
            total = rs.getInt(1);
        }
        ReceivableBook book = new ReceivableBook(total);
        String sql = dsl.select(RECEIVABLE.ID, RECEIVABLE.SUPPLIER_ID, RECEIVABLE.DEBTOR_ID, RECEIVABLE.INVOICE_CODE,
                        RECEIVABLE.INVOICE_NO, RECEIVABLE.ISSUE_DATE, RECEIVABLE.DUE_DATE, RECEIVABLE.FACE_AMOUNT,
                        RECEIVABLE.PAID_AMOUNT, RECEIVABLE.CREDIT_NOTE_AMOUNT, RECEIVABLE.STATUS, RECEIVABLE.DISPUTED)
                .from(RECEIVABLE)
                .where(RECEIVABLE.ID.gt(0L))
                .orderBy(RECEIVABLE.ID)
                .limit(DSL.inline(CHUNK))
                .getSQL(ParamType.INDEXED);
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            long after = Long.MIN_VALUE;
            int read;
            do {
                select.setLong(1, after);
                read = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        book.add(after, rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                                rs.getObject(6, LocalDate.class).toEpochDay(),
                                rs.getObject(7, LocalDate.class).toEpochDay(), ReceivableBook.fen(rs.getBigDecimal(8)),
                                ReceivableBook.fen(rs.getBigDecimal(9)), ReceivableBook.fen(rs.getBigDecimal(10)),
                                ReceivableStatus.valueOf(rs.getString(11)), rs.getBoolean(12));
                        read++;
                    }
                }
                progress.read(book.size(), Math.max(total, book.size()));
            } while (read == CHUNK);
        }
        return book;
    }

    /** Told after every chunk; may throw to stop reading. */
    @FunctionalInterface
    public interface ReadProgress {
        ReadProgress NONE = (read, total) -> { };

        void read(long read, long total);
    }
}
