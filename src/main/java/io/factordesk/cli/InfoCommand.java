package io.factordesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.factordesk.service.CacheStatus;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code factordesk info}: where the cache is, its schema version and how many rows each table holds. */
@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Show the cache file, schema version and row counts per table.")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    private FactorDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print as JSON.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        CacheStatus status;
        try (Workspace workspace = root.openWorkspace()) {
            status = workspace.portfolio().status();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(status));
        } else {
            out.printf("Cache file:     %s%n", status.cacheFile());
            out.printf("JDBC URL:       %s%n", status.jdbcUrl());
            out.printf("Schema version: %s%n", status.schemaVersion());
            out.println("Rows per table:");
            status.rowCounts().forEach((table, count) -> out.printf("  %-16s %,12d%n", table, count));
        }
        out.flush();
        return 0;
    }

    static String toJson(CacheStatus status) throws JsonProcessingException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("cacheFile", status.cacheFile() == null ? null : status.cacheFile().toString());
        document.put("jdbcUrl", status.jdbcUrl());
        document.put("schemaVersion", status.schemaVersion());
        document.put("rowCounts", status.rowCounts());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document);
    }
}
