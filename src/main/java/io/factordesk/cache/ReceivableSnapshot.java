package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE;

import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.eligibility.ReceivableBook;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.function.IntPredicate;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * One pooled connection in a REPEATABLE READ transaction over the receivable table. H2 fixes what such a
 * transaction sees of a table at its first statement on it ({@link #open()}), so every chunk read later
 * comes from that same state. Closing ends the transaction and hands the connection back as it was.
 */
final class ReceivableSnapshot implements AutoCloseable {

    /** The lowest and highest receivable id in the snapshot; first above last when it holds none. */
    record IdRange(long first, long last) {
    }

    private static final DSLContext SQL = DSL.using(SQLDialect.H2, CacheDatabase.settings());
    private static final String ID_RANGE = SQL.select(DSL.min(RECEIVABLE.ID), DSL.max(RECEIVABLE.ID))
            .from(RECEIVABLE).getSQL();

    private final Connection connection;
    private final boolean autoCommit;
    private final int isolation;

    private ReceivableSnapshot(Connection connection) throws SQLException {
        this.connection = connection;
        this.autoCommit = connection.getAutoCommit();
        this.isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    }

    static ReceivableSnapshot begin(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            return new ReceivableSnapshot(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Runs the first statement on the table, which fixes the snapshot: the first and last id, which H2 reads
     * at the ends of the primary key. Not COUNT(*): in a REPEATABLE READ transaction H2 counts by walking
     * every row of the table (seconds at a million), where in autocommit it knows the count at once.
     */
    IdRange open() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(ID_RANGE)) {
            rs.next();
            long first = rs.getLong(1);
            return rs.wasNull() ? new IdRange(1, 0) : new IdRange(first, rs.getLong(2));
        }
    }

    /**
     * The receivables with ids in (after, upTo], in id order, read in chunks of consecutive ids: H2 buffers a
     * large result on disk before handing over its first row, and its lazy mode can lose pages of a long
     * scan (h2database#4142). Plain JDBC: a jOOQ record per row costs more than the rules. After every chunk
     * {@code chunkRead} is told how many rows it held; reading stops early, keeping the rows so far, when it
     * answers false.
     */
    ReceivableBook read(long after, long upTo, int expectedSize, int chunk, IntPredicate chunkRead)
            throws SQLException {
        ReceivableBook book = new ReceivableBook(expectedSize);
        String sql = SQL.select(RECEIVABLE.ID, RECEIVABLE.SUPPLIER_ID, RECEIVABLE.DEBTOR_ID, RECEIVABLE.INVOICE_CODE,
                        RECEIVABLE.INVOICE_NO, RECEIVABLE.ISSUE_DATE, RECEIVABLE.DUE_DATE, RECEIVABLE.FACE_AMOUNT,
                        RECEIVABLE.PAID_AMOUNT, RECEIVABLE.CREDIT_NOTE_AMOUNT, RECEIVABLE.STATUS, RECEIVABLE.DISPUTED)
                .from(RECEIVABLE)
                .where(RECEIVABLE.ID.gt(0L)).and(RECEIVABLE.ID.le(0L))
                .orderBy(RECEIVABLE.ID)
                .limit(DSL.inline(chunk))
                .getSQL(ParamType.INDEXED);
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(2, upTo);
            long last = after;
            int read;
            do {
                select.setLong(1, last);
                read = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        book.add(last, rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                                rs.getObject(6, LocalDate.class).toEpochDay(),
                                rs.getObject(7, LocalDate.class).toEpochDay(), ReceivableBook.fen(rs.getBigDecimal(8)),
                                ReceivableBook.fen(rs.getBigDecimal(9)), ReceivableBook.fen(rs.getBigDecimal(10)),
                                ReceivableStatus.valueOf(rs.getString(11)), rs.getBoolean(12));
                        read++;
                    }
                }
            } while (chunkRead.test(read) && read == chunk && last < upTo);
        }
        return book;
    }

    /** Ends the read-only transaction: nothing to keep. */
    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        } finally {
            connection.close();
        }
    }
}
