package io.factordesk.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The unfiltered desk in supplier-name or debtor-name order without sorting the million: the parties in
 * name order (a few hundred), and each party's receivables in id order through the index behind its
 * foreign key (it holds (party, id)), until the page is full. Parties
 * sharing a name form one group whose receivables interleave by id, as ORDER BY name, id has them.
 * Offsets are skipped by counting whole groups on their index; a keyset page starts in the group of
 * the last row's name.
 */
final class PartyOrderWalk {

    /** Which party a receivable is sorted by. */
    enum Side {
        SUPPLIER("supplier", "party_id", "supplier_id"),
        DEBTOR("debtor", "party_id", "debtor_id");

        private final String roleTable;
        private final String roleKey;
        private final String receivableColumn;

        Side(String roleTable, String roleKey, String receivableColumn) {
            this.roleTable = roleTable;
            this.roleKey = roleKey;
            this.receivableColumn = receivableColumn;
        }
    }

    /** Parties of one name, ids ascending. */
    private record Group(String name, List<Long> parties) {
    }

    private final Side side;
    private final boolean descending;

    PartyOrderWalk(Side side, boolean descending) {
        this.side = side;
        this.descending = descending;
    }

    /**
     * The ids of one page. With {@code afterName} (and {@code afterId}) the page starts after that row and
     * the offset is not used.
     */
    List<Long> ids(Connection connection, String afterName, Long afterId, int offset, int limit)
            throws SQLException {
        List<Long> ids = new ArrayList<>(limit);
        long skip = afterName == null ? offset : 0;
        for (Group group : groups(connection)) {
            Long bound = null;
            if (afterName != null) {
                int order = descending ? afterName.compareTo(group.name()) : group.name().compareTo(afterName);
                if (order < 0) {
                    continue;
                }
                bound = order == 0 ? afterId : null;
            }
            if (skip > 0) {
                long count = count(connection, group.parties());
                if (count <= skip) {
                    skip -= count;
                    continue;
                }
            }
            fetch(connection, group.parties(), bound, skip, limit - ids.size(), ids);
            skip = 0;
            if (ids.size() == limit) {
                break;
            }
        }
        return ids;
    }

    private List<Group> groups(Connection connection) throws SQLException {
        String sql = "SELECT p.id, p.name_zh FROM party p WHERE p.id IN (SELECT " + side.roleKey + " FROM "
                + side.roleTable + ") ORDER BY p.name_zh " + direction() + ", p.id";
        List<Group> groups = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                long id = result.getLong(1);
                String name = result.getString(2);
                if (!groups.isEmpty() && groups.get(groups.size() - 1).name().equals(name)) {
                    groups.get(groups.size() - 1).parties().add(id);
                } else {
                    List<Long> parties = new ArrayList<>(1);
                    parties.add(id);
                    groups.add(new Group(name, parties));
                }
            }
        }
        return groups;
    }

    private long count(Connection connection, List<Long> parties) throws SQLException {
        String sql = "SELECT COUNT(*) FROM receivable WHERE " + side.receivableColumn + " IN (" + marks(parties.size())
                + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parties, 1);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /**
     * One party alone is read in (party, id) order, which is its index's order, so H2 stops after the page;
     * parties sharing a name are sorted together by id.
     */
    private void fetch(Connection connection, List<Long> parties, Long afterId, long skip, int limit, List<Long> into)
            throws SQLException {
        String column = side.receivableColumn;
        StringBuilder sql = new StringBuilder("SELECT id FROM receivable WHERE ").append(column);
        sql.append(parties.size() == 1 ? " = ?" : " IN (" + marks(parties.size()) + ")");
        if (afterId != null) {
            sql.append(descending ? " AND id < ?" : " AND id > ?");
        }
        sql.append(" ORDER BY ");
        if (parties.size() == 1) {
            sql.append(column).append(' ').append(direction()).append(", ");
        }
        sql.append("id ").append(direction()).append(" LIMIT ? OFFSET ?");
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int next = bind(statement, parties, 1);
            if (afterId != null) {
                statement.setLong(next++, afterId);
            }
            statement.setInt(next++, limit);
            statement.setLong(next, skip);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    into.add(result.getLong(1));
                }
            }
        }
    }

    private String direction() {
        return descending ? "DESC" : "ASC";
    }

    private static int bind(PreparedStatement statement, List<Long> values, int first) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setLong(first + i, values.get(i));
        }
        return first + values.size();
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
