package io.factordesk.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sanctions and internal watch list, screened by USCC or by normalised name ({@link CompanyNames}).
 * Immutable; import with {@link #parse} from lines of {@code name,uscc,note} (uscc and note optional).
 */
public final class WatchList {

    /** A listed party; uscc may be empty when only the name is known. */
    public record Entry(String name, String uscc, String note) {
    }

    /** A screening hit and what matched. */
    public record Hit(Entry entry, String matchedBy) {
    }

    public static final WatchList EMPTY = new WatchList(List.of());

    private final List<Entry> entries;
    private final Map<String, Entry> byUscc = new HashMap<>();
    private final Map<String, Entry> byName = new HashMap<>();

    public WatchList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry entry : this.entries) {
            if (entry.uscc() != null && !entry.uscc().isBlank()) {
                byUscc.putIfAbsent(entry.uscc().strip().toUpperCase(Locale.ROOT), entry);
            }
            String name = CompanyNames.normalise(entry.name());
            if (!name.isEmpty()) {
                byName.putIfAbsent(name, entry);
            }
        }
    }

    /** Reads one entry per line: name, then optionally USCC and a note, separated by a comma or tab; # starts a comment. */
    public static WatchList parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("[,\t]", 3);
            entries.add(new Entry(fields[0].strip(), fields.length > 1 ? fields[1].strip() : "",
                fields.length > 2 ? fields[2].strip() : ""));
        }
        return new WatchList(entries);
    }

    public Optional<Hit> screen(String name, String uscc) {
        if (uscc != null) {
            Entry entry = byUscc.get(uscc.strip().toUpperCase(Locale.ROOT));
            if (entry != null) {
                return Optional.of(new Hit(entry, "USCC"));
            }
        }
        Entry entry = byName.get(CompanyNames.normalise(name));
        return entry == null ? Optional.empty() : Optional.of(new Hit(entry, "NAME"));
    }

    public List<Entry> entries() {
        return entries;
    }
}
