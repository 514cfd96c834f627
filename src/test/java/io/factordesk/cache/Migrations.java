package io.factordesk.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The schema version a freshly migrated cache must report: the highest V<n>__ script in the sources. */
public final class Migrations {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    private Migrations() {
    }

    public static String latestVersion() {
        try (Stream<Path> scripts = Files.list(Path.of("resources", "db", "migration"))) {
            return String.valueOf(scripts.map(p -> VERSIONED.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
