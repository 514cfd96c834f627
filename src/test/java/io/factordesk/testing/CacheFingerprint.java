package io.factordesk.testing;

import io.factordesk.cache.jooq.DefaultSchema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jooq.Field;
import java.util.HexFormat;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;

/** SHA-256 over every row of every cache table, tables by name and rows by their first column. */
public final class CacheFingerprint {

    private CacheFingerprint() {
    }

    private static List<Field<?>> sortable(Table<?> table) {
        return Arrays.stream(table.fields()).filter(f -> !f.getDataType().isLob()).toList();
    }

    public static String of(DSLContext dsl) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .sorted(Comparator.comparing(Table::getName)).toList()) {
            digest.update(table.getName().getBytes(StandardCharsets.UTF_8));
            for (Record row : dsl.selectFrom(table).orderBy(sortable(table)).fetch()) {
                digest.update(row.intoList().toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
