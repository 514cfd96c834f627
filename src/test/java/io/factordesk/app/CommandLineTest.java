package io.factordesk.app;

import io.factordesk.cli.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factordesk.cache.Migrations;
import io.factordesk.cli.FactorDeskCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The `factordesk` command end to end on real cache files, wired as Main wires it. */
class CommandLineTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final List<Path> desktopOpenedOn = new ArrayList<>();

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = FactorDeskCli.commandLine(DataFolder::resolve, dir -> Main.workspace(dir, CLOCK),
                desktopOpenedOn::add);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void demoThenInfoJsonShowsTheRowCounts() throws Exception {
        int code = run("--data", folder.toString(), "demo", "--suppliers", "20", "--receivables", "2000");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("20 suppliers", "12 debtors", "2000 receivables").containsPattern("in \\d+\\.\\d s");
        assertThat(err.toString()).contains("receivables  100% (2000/2000)");

        assertThat(run("--data", folder.toString(), "info", "--json")).isZero();
        JsonNode info = new ObjectMapper().readTree(out.toString());
        assertThat(info.get("cacheFile").asText()).isEqualTo(folder.resolve("factordesk.mv.db").toString());
        assertThat(info.get("jdbcUrl").asText()).startsWith("jdbc:h2:file:");
        assertThat(info.get("schemaVersion").asText()).isEqualTo(Migrations.latestVersion());
        JsonNode counts = info.get("rowCounts");
        assertThat(counts.get("supplier").asLong()).isEqualTo(20);
        assertThat(counts.get("receivable").asLong()).isEqualTo(2000);
        assertThat(counts.get("officer").asLong()).isEqualTo(2);
        assertThat(counts.get("trading_month").asLong()).isPositive();
    }

    @Test
    void rebuildingReplacesThePortfolioInsteadOfAddingToIt() throws Exception {
        assertThat(run("--data", folder.toString(), "demo", "--suppliers", "8", "--receivables", "500")).isZero();
        assertThat(run("--data", folder.toString(), "demo", "--suppliers", "5", "--receivables", "300", "--seed", "9"))
                .isZero();
        assertThat(run("--data", folder.toString(), "info", "--json")).isZero();
        JsonNode counts = new ObjectMapper().readTree(out.toString()).get("rowCounts");
        assertThat(counts.get("supplier").asLong()).isEqualTo(5);
        assertThat(counts.get("receivable").asLong()).isEqualTo(300);
        assertThat(counts.get("officer").asLong()).isEqualTo(2);
        assertThat(counts.get("audit_log").asLong()).isEqualTo(1);
    }

    @Test
    void infoAsTextNamesTheCacheFileAndTablesWithDataGivenAfterTheCommand() {
        assertThat(run("info", "--data", folder.toString())).isZero();
        assertThat(out.toString()).contains("Cache file:     " + folder.resolve("factordesk.mv.db"))
                .contains("Schema version: " + Migrations.latestVersion()).containsPattern("receivable\\s+0");
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: factordesk", "--data=DIR", "demo", "info");
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).matches("FactorDesk \\d+\\.\\d+\\.\\d+.*");
        assertThat(run("demo", "--help")).isZero();
        assertThat(out.toString()).contains("--suppliers=N", "--receivables=M", "--seed=S");
    }

    @Test
    void withoutACommandTheDesktopOpensOnTheDataFolder() {
        assertThat(run("--data", folder.toString())).isZero();
        assertThat(desktopOpenedOn).containsExactly(folder.toAbsolutePath().normalize());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "demo --suppliers 0          | Invalid value for option '--suppliers': 0 is out of range",
        "demo --suppliers -3         | Invalid value for option '--suppliers': -3 is out of range",
        "demo --receivables -1       | Invalid value for option '--receivables': -1 is out of range",
        "demo --suppliers many       | Invalid value for option '--suppliers': 'many' is not an int",
        "demo --receivables 2.5      | Invalid value for option '--receivables': '2.5' is not an int",
        "demo --colour               | Unknown option: '--colour'",
        "info --xml                  | Unknown option: '--xml'",
        "frobnicate                  | Unmatched argument at index",
    })
    void invalidArgumentsExitTwoWithOneLineNamingTheProblem(String args, String message) {
        List<String> argv = new ArrayList<>(List.of("--data", folder.toString()));
        argv.addAll(List.of(args.trim().split("\\s+")));
        assertThat(run(argv.toArray(String[]::new))).isEqualTo(ExitCodes.INVALID_INPUT);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("factordesk: ").contains(message);
        assertThat(lines.get(1)).startsWith("Try 'factordesk").endsWith("--help' for usage.");
        assertThat(out.toString()).isEmpty();
        assertThat(folder.resolve("factordesk.mv.db")).doesNotExist();
    }

    @Test
    void aFailureWhileWorkingExitsOneWithTheReason() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("occupied"), "a file, not a folder");
        assertThat(run("--data", notAFolder.toString(), "info")).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).startsWith("factordesk: ").contains("Cannot create data folder");
    }
}
