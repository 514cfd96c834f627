package io.factordesk.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The officer's column mapping for a supplier's file: their header → our field, as a properties file
 * ({@code 单据号=invoiceNo}) or a JSON object ({@code {"单据号": "invoiceNo"}}), UTF-8.
 */
public final class MappingFile {

    private MappingFile() {
    }

    /** Normalised header → field; throws {@link IllegalArgumentException} naming an unknown field. */
    public static Map<String, ReceivableField> load(Path file) throws IOException {
        Map<String, String> raw;
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            try {
                raw = new ObjectMapper().readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String>>() { });
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("mapping file " + file.getFileName()
                        + " is not a JSON object of their header to our field: " + e.getOriginalMessage(), e);
            }
        } else {
            raw = properties(file);
        }
        return parse(raw);
    }

    /** Header → field name entries (from a file or the cache) in normalised form. */
    public static Map<String, ReceivableField> parse(Map<String, String> entries) {
        Map<String, ReceivableField> mapping = new LinkedHashMap<>();
        entries.forEach((header, fieldName) -> {
            ReceivableField field = ReceivableField.named(fieldName).orElseThrow(() -> new IllegalArgumentException(
                    "mapping '" + header + "' names no field: '" + fieldName + "' (fields: " + fieldIds() + ")"));
            mapping.put(HeaderText.normalise(header), field);
        });
        return mapping;
    }

    private static Map<String, String> properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key)));
        return entries;
    }

    private static String fieldIds() {
        StringBuilder ids = new StringBuilder();
        for (ReceivableField field : ReceivableField.values()) {
            ids.append(ids.isEmpty() ? "" : ", ").append(field.id());
        }
        return ids.toString();
    }
}
