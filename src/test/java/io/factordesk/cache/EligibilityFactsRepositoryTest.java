package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.cache.EligibilityFactsRepository.ReadProgress;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.review.ReviewStanding;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.eligibility.ReceivableBook;
import io.factordesk.domain.eligibility.ReceivableFacts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The book read over two (or three) connections at once is the book read over one: same rows, same order,
 * one state of the cache, whatever writes run beside it; a stopped or failed read leaves no connection or
 * thread behind.
 */
class EligibilityFactsRepositoryTest {

    private static final int CHUNK = 250;
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);
    private static final Clock CLOCK = Clock.fixed(ISSUED.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private CacheDatabase cache;
    private long lastId;

    @BeforeEach
    void open() {
        cache = CacheDatabase.openIn(folder);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private EligibilityFactsRepository reading(int connections) {
        return new EligibilityFactsRepository(cache, connections, CHUNK);
    }

    private ReceivableBook readAlone() {
        return reading(1).receivableBook(ReadProgress.NONE);
    }

    /** Several thousand receivables over four suppliers and three debtors, with gaps in their ids. */
    private void portfolio() {
        CacheFixture fixture = CacheFixture.writeInto(cache);
        long[] suppliers = new long[4];
        long[] debtors = new long[3];
        suppliers[0] = fixture.supplierA;
        suppliers[1] = fixture.supplierB;
        debtors[0] = fixture.debtor;
        new CacheLoader(cache).inTransaction(tx -> {
            for (int i = 2; i < suppliers.length; i++) {
                suppliers[i] = tx.parties().insertParty(party(10 + i));
                tx.parties().insertSupplier(suppliers[i], LocalDate.of(2024, 1, 1), "ACTIVE", null);
            }
            for (int i = 1; i < debtors.length; i++) {
                debtors[i] = tx.parties().insertParty(party(20 + i));
                tx.parties().insertDebtor(debtors[i], false, "A", true, null, 60);
            }
            return null;
        });
        Random random = new Random(20261127);
        PortfolioBulkWriter bulk = new PortfolioBulkWriter(cache, 1_000);
        int rows = 6_000;
        for (int row = 0; row < rows; row++) {
            // The last supplier first appears in the second half: its party index is new there.
            long supplier = row > rows * 3 / 4 ? suppliers[3] : suppliers[random.nextInt(3)];
            ReceivableStatus status = ReceivableStatus.values()[random.nextInt(ReceivableStatus.values().length)];
            BigDecimal face = BigDecimal.valueOf(100_000 + random.nextInt(90_000_000), 2);
            BigDecimal paid = status == ReceivableStatus.PAID ? face : BigDecimal.valueOf(random.nextInt(5_000), 2);
            BigDecimal creditNote = BigDecimal.valueOf(random.nextInt(3) == 0 ? random.nextInt(900) : 0, 2);
            // Some invoice codes are no plain digits: the book keeps those apart from its packed keys.
            String code = row % 97 == 0 ? "沪A-" + row : String.format("32%08d", random.nextInt(1_000));
            LocalDate issued = ISSUED.minusDays(random.nextInt(400));
            bulk.add(new ReceivableRow(supplier, debtors[random.nextInt(debtors.length)], code,
                    String.format("%08d", row), issued, issued.plusDays(30 + random.nextInt(150)), face, "CNY",
                    "PO-" + row, status, paid, null, random.nextInt(20) == 0, null, creditNote, null, null, null, null,
                    CacheFixture.CREATED));
        }
        bulk.flush();
        // Gaps: the first ids, every seventh, and a block around the middle of the id range.
        long first = cache.dsl().select(DSL.min(RECEIVABLE.ID)).from(RECEIVABLE).fetchOne().value1();
        cache.dsl().deleteFrom(RECEIVABLE).where(RECEIVABLE.ID.lt(first + 40)
                .or(RECEIVABLE.ID.mod(7L).eq(0L))
                .or(RECEIVABLE.ID.between(first + 2_700, first + 3_400))).execute();
        lastId = cache.dsl().select(DSL.max(RECEIVABLE.ID)).from(RECEIVABLE).fetchOne().value1();
    }

    private static void flipStatus(CacheTransaction tx, long receivableId) {
        ReviewStanding standing = tx.review().standing(receivableId).orElseThrow();
        tx.review().changeStatus(standing, standing.status() == ReceivableStatus.HELD
                ? ReceivableStatus.OPEN : ReceivableStatus.HELD);
    }

    private static PartyWriter.PartyRow party(int serial) {
        return new PartyWriter.PartyRow(Uscc.complete(String.format("91320500MA%07d", serial)), "企业" + serial,
                "Company " + serial, LocalDate.of(2012, 1, 1), new BigDecimal("1000000.00"), "制造业", "江苏省",
                "张三", CacheFixture.CREATED);
    }

    private static List<ReceivableFacts> rows(ReceivableBook book) {
        List<ReceivableFacts> rows = new ArrayList<>(book.size());
        for (int row = 0; row < book.size(); row++) {
            rows.add(book.facts(row));
        }
        return rows;
    }

    private int activeConnections() {
        return ((JdbcConnectionPool) cache.dataSource()).getActiveConnections();
    }

    @Test
    void twoOrThreeConnectionsReadTheBookOfOne() {
        portfolio();
        ReceivableBook alone = readAlone();

        assertThat(alone.size()).isGreaterThan(4_000);
        assertThat(rows(alone)).extracting(ReceivableFacts::id)
                .containsExactlyElementsOf(cache.dsl().select(RECEIVABLE.ID).from(RECEIVABLE).orderBy(RECEIVABLE.ID)
                        .fetch(RECEIVABLE.ID));
        assertThat(rows(alone)).filteredOn(f -> f.invoiceCode().startsWith("沪A-")).hasSizeGreaterThan(20);
        for (int connections = 2; connections <= 3; connections++) {
            assertThat(rows(reading(connections).receivableBook(ReadProgress.NONE)))
                    .as("read over %d connections", connections).isEqualTo(rows(alone));
        }
    }

    @Test
    void anEmptyTableGivesAnEmptyBookEitherWay() {
        assertThat(readAlone().size()).isZero();
        assertThat(reading(2).receivableBook(ReadProgress.NONE).size()).isZero();
    }

    @Test
    void progressIsTheSumOverBothConnectionsToldOnTheCallingThread() {
        portfolio();
        int total = readAlone().size();
        List<long[]> told = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<Integer> connectionsInUse = new ArrayList<>();

        reading(2).receivableBook((read, of) -> {
            told.add(new long[] {read, of});
            threads.add(Thread.currentThread());
            connectionsInUse.add(activeConnections());
        });

        assertThat(told.size()).isGreaterThanOrEqualTo(total / CHUNK);
        assertThat(told).allSatisfy(t -> assertThat(t[1]).isEqualTo(total));
        assertThat(told.get(told.size() - 1)[0]).isEqualTo(total);
        for (int i = 1; i < told.size(); i++) {
            assertThat(told.get(i)[0]).isGreaterThanOrEqualTo(told.get(i - 1)[0]);
        }
        assertThat(threads).containsOnly(Thread.currentThread());
        assertThat(connectionsInUse).contains(2);
    }

    @Test
    void changesCommittedWhileReadingAreInNeitherHalf() {
        portfolio();
        ReceivableBook before = readAlone();
        Transactions transactions = new Transactions(cache, CLOCK);
        long firstId = before.id(0);
        boolean[] changed = {false};

        ReceivableBook during = reading(2).receivableBook((read, total) -> {
            if (!changed[0]) {
                changed[0] = true;
                transactions.inTransaction(tx -> {
                    flipStatus(tx, firstId);
                    flipStatus(tx, lastId);
                    return null;
                });
            }
        });

        assertThat(rows(during)).isEqualTo(rows(before));
        assertThat(rows(readAlone())).isNotEqualTo(rows(before));
    }

    @Test
    void theFirstStatementOnTheTableFixesWhatASnapshotSees() throws Exception {
        portfolio();
        ReceivableBook before = readAlone();
        try (ReceivableSnapshot snapshot = ReceivableSnapshot.begin(cache.dataSource())) {
            ReceivableSnapshot.IdRange ids = snapshot.open();
            new Transactions(cache, CLOCK).inTransaction(tx -> {
                flipStatus(tx, ids.first());
                flipStatus(tx, ids.last());
                return null;
            });
            int deleted = cache.dsl().deleteFrom(RECEIVABLE)
                    .where(RECEIVABLE.ID.between(ids.last() - 20, ids.last() - 1)).execute();

            ReceivableBook read = snapshot.read(ids.first() - 1, ids.last(), 16, CHUNK, rows -> true);

            assertThat(ids).isEqualTo(new ReceivableSnapshot.IdRange(before.id(0), lastId));
            assertThat(rows(read)).isEqualTo(rows(before));
            assertThat(readAlone().size()).isEqualTo(before.size() - deleted).isLessThan(before.size());
        }
    }

    @Test
    void aWriteTransactionHoldingTheGateLeavesTheReadToOneConnectionAndUnchanged() throws Exception {
        portfolio();
        ReceivableBook before = readAlone();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch readDone = new CountDownLatch(1);
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                new Transactions(cache, CLOCK).inTransaction(tx -> {
                    flipStatus(tx, lastId);
                    writing.countDown();
                    await(readDone);
                    return null;
                });
            } catch (RuntimeException | Error e) {
                writerFailure.set(e);
                writing.countDown();
            }
        }, "long-import");
        writer.start();
        writing.await();
        List<Integer> connectionsInUse = new ArrayList<>();

        ReceivableBook during;
        try {
            during = reading(2).receivableBook((read, total) -> connectionsInUse.add(activeConnections()));
        } finally {
            readDone.countDown();
            writer.join();
        }

        assertThat(writerFailure.get()).isNull();
        assertThat(rows(during)).isEqualTo(rows(before));
        // The writer's connection and the one read connection.
        assertThat(connectionsInUse).isNotEmpty().containsOnly(2);
    }

    @Test
    void aReadInsideAWriteTransactionDoesNotWaitForItself() {
        portfolio();
        ReceivableBook before = readAlone();

        ReceivableBook inside = new Transactions(cache, CLOCK).inTransaction(tx -> reading(2)
                .receivableBook(ReadProgress.NONE));

        assertThat(rows(inside)).isEqualTo(rows(before));
    }

    @Test
    void aListenerThatThrowsStopsBothWorkersAndReturnsEveryConnection() throws Exception {
        portfolio();
        ReceivableBook before = readAlone();
        CancellationException cancelled = new CancellationException("officer cancelled");
        int[] told = {0};

        assertThatThrownBy(() -> reading(2).receivableBook((read, total) -> {
            if (++told[0] == 2) {
                throw cancelled;
            }
        })).isSameAs(cancelled);

        assertThat(told[0]).isEqualTo(2);
        assertNoReadLeftBehind();
        assertThat(rows(reading(2).receivableBook(ReadProgress.NONE))).isEqualTo(rows(before));
    }

    @Test
    void aWorkerThatFailsStopsTheOtherAndItsFailureReachesTheCaller() throws Exception {
        portfolio();
        // A status the book cannot read, at the start of the second half.
        cache.dsl().execute("ALTER TABLE receivable DROP CONSTRAINT ck_receivable_status");
        long secondHalf = cache.dsl().select(RECEIVABLE.ID).from(RECEIVABLE).where(RECEIVABLE.ID.gt(lastId - 1_500))
                .orderBy(RECEIVABLE.ID).limit(1).fetchOne(RECEIVABLE.ID);
        cache.dsl().update(RECEIVABLE).set(RECEIVABLE.STATUS, "LOST").where(RECEIVABLE.ID.eq(secondHalf)).execute();
        int receivables = cache.dsl().fetchCount(RECEIVABLE);
        long[] lastTold = {0};

        assertThatThrownBy(() -> reading(2).receivableBook((read, total) -> lastTold[0] = read))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LOST");

        // Progress may have been told before the failure, or not at all; never the whole book.
        assertThat(lastTold[0]).isLessThan(receivables);
        assertNoReadLeftBehind();
        assertThatThrownBy(this::readAlone).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertNoReadLeftBehind() throws InterruptedException {
        assertThat(activeConnections()).isZero();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("eligibility-read-")) {
                thread.join(10_000);
                assertThat(thread.isAlive()).as(thread.getName()).isFalse();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
