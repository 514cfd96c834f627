package io.factordesk.bench;

import io.factordesk.cache.CacheDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs SQL statements (one per line of a file, or the arguments) against a copy of a data folder and
 * prints each with its time and result, first rows only: for EXPLAIN ANALYZE of what the desk renders.
 * Args: data folder, then SQL statements or @file.
 */
public final class ReviewDeskPlans {

    private ReviewDeskPlans() {
    }

    public static void main(String[] args) throws Exception {
        try (CacheDatabase cache = CacheDatabase.openIn(Path.of(args[0]));
             Connection jdbc = cache.dataSource().getConnection()) {
            for (int i = 1; i < args.length; i++) {
                if (args[i].startsWith("@")) {
                    for (String line : Files.readAllLines(Path.of(args[i].substring(1)))) {
                        if (!line.isBlank() && !line.startsWith("--")) {
                            run(jdbc, line);
                        }
                    }
                } else {
                    run(jdbc, args[i]);
                }
            }
        }
    }

    /** A statement with {o} runs 7 times at offsets 5000, 5200...; the median of the last 5 is printed. */
    private static void run(Connection jdbc, String sql) throws SQLException {
        if (sql.contains("{o}")) {
            double[] times = new double[5];
            for (int i = 0; i < 7; i++) {
                long started = System.nanoTime();
                try (Statement statement = jdbc.createStatement();
                     ResultSet rs = statement.executeQuery(sql.replace("{o}", String.valueOf(5000 + 200 * i)))) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
                if (i >= 2) {
                    times[i - 2] = (System.nanoTime() - started) / 1e6;
                }
            }
            java.util.Arrays.sort(times);
            System.out.printf("%8.1f ms median  %s%n", times[2], sql.length() > 200 ? sql.substring(0, 200) : sql);
            return;
        }
        System.out.println(">>> " + sql);
        long started = System.nanoTime();
        StringBuilder out = new StringBuilder();
        if (!sql.startsWith("SELECT") && !sql.startsWith("EXPLAIN")) {
            try (Statement statement = jdbc.createStatement()) {
                statement.execute(sql);
            }
            System.out.printf("%.1f ms%n", (System.nanoTime() - started) / 1e6);
            return;
        }
        try (Statement statement = jdbc.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            int rows = 0;
            while (rs.next()) {
                if (rows++ < 15) {
                    for (int c = 1; c <= columns; c++) {
                        out.append(c > 1 ? " | " : "").append(rs.getString(c));
                    }
                    out.append('\n');
                }
            }
            out.append("(").append(rows).append(" rows)\n");
        }
        System.out.printf("%.1f ms%n%s%n", (System.nanoTime() - started) / 1e6, out);
    }
}
