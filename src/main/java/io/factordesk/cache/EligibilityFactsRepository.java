package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.PARTY_RELATION;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;

import io.factordesk.domain.eligibility.DebtorProfile;
import io.factordesk.domain.eligibility.ReceivableBook;
import io.factordesk.domain.eligibility.SupplierDebtorPair;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the eligibility scan reads from the cache: the debtors, related parties and every receivable's facts. */
public final class EligibilityFactsRepository {

    private static final Logger LOG = LoggerFactory.getLogger(EligibilityFactsRepository.class);
    private static final int CHUNK = 20_000;
    /** H2 runs each query on one core: the table is read over as many connections as there are cores, up to 2. */
    private static final int MAX_CONNECTIONS = 2;
    /** How long the read waits for running write transactions before it reads over one connection. */
    private static final long GATE_WAIT_MILLIS = 200;

    private final CacheDatabase cache;
    private final DSLContext dsl;
    private final int connections;
    private final int chunk;

    public EligibilityFactsRepository(CacheDatabase cache) {
        this(cache, Math.min(MAX_CONNECTIONS, Runtime.getRuntime().availableProcessors()), CHUNK);
    }

    /** @param connections how many connections read the table at once when the gate lets them */
    EligibilityFactsRepository(CacheDatabase cache, int connections, int chunk) {
        this.cache = cache;
        this.dsl = cache.dsl();
        this.connections = connections;
        this.chunk = chunk;
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
     * Every receivable in id order, as of one moment. Read over two connections at once, each a range of ids,
     * when their snapshots can open together behind the {@link SnapshotGate}; over one connection when write
     * transactions keep the gate busy (an import), when the caller is inside one, or on one processor.
     */
    public ReceivableBook receivableBook(ReadProgress progress) {
        List<ReceivableSnapshot> snapshots = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                snapshots.add(ReceivableSnapshot.begin(cache.dataSource()));
            }
            Extent extent = openTogether(snapshots);
            if (snapshots.size() > 1 && extent.count() > chunk) {
                return new ParallelBookRead(snapshots, extent.ids(), extent.count(), chunk).read(progress);
            }
            long[] read = {0};
            return snapshots.get(0).read(extent.ids().first() - 1, extent.ids().last(), extent.count(), chunk, rows -> {
                read[0] += rows;
                progress.read(read[0], Math.max(extent.count(), read[0]));
                return true;
            });
        } catch (SQLException e) {
            throw new DataAccessException("Reading the receivables for the eligibility scan failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("reading the receivables was interrupted");
        } finally {
            closeAll(snapshots);
        }
    }

    /**
     * Opens every snapshot on the same state of the table, or only the first when the gate stays busy, and
     * counts the receivables (in autocommit, where H2 knows the count at once; behind the closed gate it is the
     * snapshots' count, else it may differ by what commits in between and serves only as the progress total).
     * The snapshots' id ranges must agree; they differ only when something wrote to the table without passing
     * the gate, and then the first snapshot is read alone.
     */
    private Extent openTogether(List<ReceivableSnapshot> snapshots) throws SQLException, InterruptedException {
        List<ReceivableSnapshot> others = snapshots.subList(1, snapshots.size());
        SnapshotGate gate = cache.snapshotGate();
        if (others.isEmpty() || !gate.closeWithin(GATE_WAIT_MILLIS)) {
            LOG.debug("Reading the receivables over one connection");
            closeAll(others);
            others.clear();
            int count = dsl.fetchCount(RECEIVABLE);
            return new Extent(snapshots.get(0).open(), count);
        }
        Extent extent;
        boolean agree = true;
        try {
            extent = new Extent(snapshots.get(0).open(), dsl.fetchCount(RECEIVABLE));
            for (ReceivableSnapshot other : others) {
                agree &= other.open().equals(extent.ids());
            }
        } finally {
            gate.open();
        }
        if (!agree) {
            LOG.warn("The receivable table changed outside a transaction while its snapshots opened; reading"
                    + " it over one connection");
            closeAll(others);
            others.clear();
        }
        return extent;
    }

    /** The ids the snapshots hold, and how many receivables: the progress total and the book's size. */
    private record Extent(ReceivableSnapshot.IdRange ids, int count) {
    }

    /** Closing a read-only transaction that fails loses nothing: logged, and the others are still closed. */
    private static void closeAll(List<ReceivableSnapshot> snapshots) {
        for (ReceivableSnapshot snapshot : snapshots) {
            try {
                snapshot.close();
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Closing a connection of the eligibility read failed", e);
            }
        }
    }

    /**
     * Told on the calling thread after every chunk, with the rows read so far over all connections; may throw
     * to stop reading.
     */
    @FunctionalInterface
    public interface ReadProgress {
        ReadProgress NONE = (read, total) -> { };

        void read(long read, long total);
    }
}
