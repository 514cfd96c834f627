package io.factordesk.cache;

import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.review.ReviewSort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A filter whose receivables can be listed by id from an index alone, in an indexed order, without reading
 * a receivable row: "rule X failed" (the ids come off ix_receivable_eligibility_failed) or one supplier or
 * debtor (off its foreign key's index). The ids go into a bit set and the sort index (which holds the sort
 * key and the id, so H2 reads it without the rows) is walked until the page is found. Looking the same ids
 * up by id and sorting them reads every one of their rows: at 30,000 ids several times slower for the pages
 * the desk shows, and a debtor's 58,760 receivables by due date took 87 ms. Not worth it when the ids are few
 * (those lookups are cheap) or when walking the sort order would pass too many others before the page is
 * full: then the caller runs the SQL.
 */
final class KnownIdsWalk {

    /** Rows walked per statement before continuing after the last key read. */
    private static final int MAX_CHUNK = 100_000;
    /**
     * Walk at most this many index entries per id that would otherwise be looked up and sorted: on the demo
     * copy an index entry walked cost about 0.9 us, an id looked up and sorted 12-19 us (load 7).
     */
    private static final int ENTRIES_PER_LOOKUP = 16;

    private final String column;
    private final boolean descending;

    /** The most receivables of one party put in a bit set; beyond, the SQL plan answers. */
    private static final int MAX_PARTY = 250_000;

    private KnownIdsWalk(String column, boolean descending) {
        this.column = column;
        this.descending = descending;
    }

    /** A walk for sorts with an index on receivable; none for the others. */
    static Optional<KnownIdsWalk> in(ReviewSort sort, boolean descending) {
        String column = switch (sort) {
            case ID -> "id";
            case DUE_DATE -> "due_date";
            case FACE_AMOUNT -> "face_amount";
            case INVOICE_NO -> "invoice_no";
            default -> null;
        };
        return column == null ? Optional.empty() : Optional.of(new KnownIdsWalk(column, descending));
    }

    /** The page of receivables that failed the rule, or empty when the SQL plan answers sooner. */
    Optional<List<Long>> failed(Connection connection, EligibilityRule rule, int offset, int limit)
            throws SQLException {
        List<Integer> masks = FailedRuleBits.containing(rule, presentMasks(connection));
        if (masks.isEmpty()) {
            return Optional.of(List.of());
        }
        Optional<BitSet> failed = failedIds(connection, masks);
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        return among(connection, failed.get(), offset, limit);
    }

    /**
     * The page of one party's receivables ({@code column} supplier_id or debtor_id), or empty when the SQL plan
     * answers sooner.
     */
    Optional<List<Long>> ofParty(Connection connection, String partyColumn, long partyId, int offset, int limit)
            throws SQLException {
        BitSet ids = new BitSet();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM receivable WHERE " + partyColumn + " = ? LIMIT ?")) {
            statement.setLong(1, partyId);
            statement.setInt(2, MAX_PARTY + 1);
            int read = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong(1);
                    if (id > Integer.MAX_VALUE || ++read > MAX_PARTY) {
                        return Optional.empty();
                    }
                    ids.set((int) id);
                }
            }
        }
        return among(connection, ids, offset, limit);
    }

    private Optional<List<Long>> among(Connection connection, BitSet ids, int offset, int limit) throws SQLException {
        int count = ids.cardinality();
        if (count == 0) {
            return Optional.of(List.of());
        }
        if (column.equals("id")) {
            return Optional.of(inIdOrder(ids, offset, limit));
        }
        long total = totalReceivables(connection);
        double toWalk = (offset + (double) limit) * total / Math.max(1, count);
        if (toWalk > (double) ENTRIES_PER_LOOKUP * count) {
            return Optional.empty();
        }
        return Optional.of(walk(connection, ids, offset, limit, (int) Math.min(MAX_CHUNK, toWalk * 1.3 + 1_000)));
    }

    private static List<Integer> presentMasks(Connection connection) throws SQLException {
        List<Integer> masks = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT DISTINCT failed_rules FROM receivable_eligibility");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                masks.add(result.getInt(1));
            }
        }
        return masks;
    }

    /** The failed ids, unless there are more than {@link ReviewConditions#FEW} or one is beyond an int. */
    private static Optional<BitSet> failedIds(Connection connection, List<Integer> masks) throws SQLException {
        String sql = "SELECT receivable_id FROM receivable_eligibility WHERE failed_rules IN ("
                + String.join(", ", Collections.nCopies(masks.size(), "?")) + ") LIMIT ?";
        BitSet ids = new BitSet();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < masks.size(); i++) {
                statement.setInt(i + 1, masks.get(i));
            }
            statement.setInt(masks.size() + 1, ReviewConditions.FEW + 1);
            int read = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong(1);
                    if (id > Integer.MAX_VALUE || ++read > ReviewConditions.FEW) {
                        return Optional.empty();
                    }
                    ids.set((int) id);
                }
            }
        }
        return Optional.of(ids);
    }

    private List<Long> inIdOrder(BitSet ids, int offset, int limit) {
        List<Long> page = new ArrayList<>(limit);
        int skipped = 0;
        int id = descending ? ids.length() - 1 : ids.nextSetBit(0);
        while (id >= 0 && page.size() < limit) {
            if (skipped < offset) {
                skipped++;
            } else {
                page.add((long) id);
            }
            id = descending ? ids.previousSetBit(id - 1) : ids.nextSetBit(id + 1);
        }
        return page;
    }

    private List<Long> walk(Connection connection, BitSet ids, int offset, int limit, int chunk) throws SQLException {
        String order = descending ? " DESC" : "";
        String first = "SELECT id, " + column + " FROM receivable ORDER BY " + column + order + ", id" + order
                + " LIMIT ?";
        String after = "SELECT id, " + column + " FROM receivable WHERE " + column + (descending ? " <= ?" : " >= ?")
                + " AND (" + column + (descending ? " < ?" : " > ?") + " OR id" + (descending ? " < ?" : " > ?")
                + ") ORDER BY " + column + order + ", id" + order + " LIMIT ?";
        List<Long> page = new ArrayList<>(limit);
        int skipped = 0;
        Object lastKey = null;
        long lastId = 0;
        while (true) {
            int read = 0;
            try (PreparedStatement statement = connection.prepareStatement(lastKey == null ? first : after)) {
                if (lastKey == null) {
                    statement.setInt(1, chunk);
                } else {
                    statement.setObject(1, lastKey);
                    statement.setObject(2, lastKey);
                    statement.setLong(3, lastId);
                    statement.setInt(4, chunk);
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        read++;
                        lastId = result.getLong(1);
                        lastKey = result.getObject(2);
                        if (lastId <= Integer.MAX_VALUE && ids.get((int) lastId)) {
                            if (skipped < offset) {
                                skipped++;
                            } else {
                                page.add(lastId);
                                if (page.size() == limit) {
                                    return page;
                                }
                            }
                        }
                    }
                }
            }
            if (read < chunk) {
                return page;
            }
            chunk = MAX_CHUNK;
        }
    }

    private static long totalReceivables(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM receivable");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
