package io.factordesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.domain.importing.ImportProblem;
import io.factordesk.domain.importing.ProblemKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows checked ahead on their own thread come out exactly as reading them in place would give them. */
class CheckedLinesTest {


    @TempDir
    Path folder;

    private static List<String> row(int i, String amount) {
        return List.of("3200261130", String.format("%08d", i), "2026-03-01", "2026-06-01", amount, "苏州华鑫",
                validUscc(), "核心企业", validUscc(), "HT-" + i);
    }

    private static String validUscc() {
        return io.factordesk.domain.Uscc.complete("91320500MA0000012").value();
    }

    private static LineCheck check(ReceivablesFile file) {
        List<ImportProblem> problems = new ArrayList<>();
        ColumnMapping mapping = ColumnMapping.recognise(file.header(), Map.of(), List.of(), problems);
        assertThat(problems).isEmpty();
        return new LineCheck(mapping, null);
    }

    @Test
    void rowsComeOutInFileOrderWithTheirProblemsAndBlankRowsLeftOut() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        int count = 3 * CheckedLines.BATCH_ROWS + 17;
        for (int i = 0; i < count; i++) {
            rows.add(i == 1_500 ? List.of("", "", "", "", "", "", "", "", "", "") : row(i, i == 2_222 ? "-5" : "10"));
        }
        Path file = ReceivablesFiles.utf8(folder.resolve("r.csv"), ReceivablesFiles.CHINESE_HEADER, rows);
        List<CheckedLines.Checked> inPlace = new ArrayList<>();
        try (ReceivablesFile opened = ReceivablesFile.open(file, "auto")) {
            LineCheck check = check(opened);
            for (FileRow row : opened) {
                if (!row.isBlank()) {
                    List<ImportProblem> problems = new ArrayList<>();
                    inPlace.add(new CheckedLines.Checked(row.number(), check.check(row, problems).orElse(null),
                            List.copyOf(problems)));
                }
            }
        }

        List<CheckedLines.Checked> ahead = new ArrayList<>();
        try (ReceivablesFile opened = ReceivablesFile.open(file, "auto");
             CheckedLines lines = CheckedLines.start(opened, check(opened))) {
            lines.forEach(ahead::add);
            assertThat(lines.position()).isEqualTo(Files.size(file));
        }

        assertThat(ahead).hasSize(count - 1).isEqualTo(inPlace);
        assertThat(ahead.get(2_221).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.NEGATIVE_AMOUNT));
        assertThat(ahead.get(2_221).line()).isNull();
    }

    @Test
    void aReadingErrorLateInTheFileReachesTheCallerAfterTheGoodRows() throws IOException {
        Path file = folder.resolve("broken.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((String.join(",", ReceivablesFiles.CHINESE_HEADER) + "\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 10_000; i++) {
                out.write((String.join(",", row(i, "10")) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(new byte[] {'x', (byte) 0xC3, (byte) 0x28, '\n'});
        }
        List<CheckedLines.Checked> seen = new ArrayList<>();
        try (ReceivablesFile opened = ReceivablesFile.open(file, "UTF-8");
             CheckedLines lines = CheckedLines.start(opened, check(opened))) {
            Iterator<CheckedLines.Checked> rows = lines.iterator();
            assertThatThrownBy(() -> rows.forEachRemaining(seen::add))
                    .isInstanceOfSatisfying(ReceivablesFileException.class,
                            e -> assertThat(e.problem().kind()).isEqualTo(ProblemKind.WRONG_ENCODING));
        }
        assertThat(seen).hasSizeGreaterThan(5_000).allMatch(c -> c.line() != null);
    }

    @Test
    void closingEarlyStopsTheReader() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 40 * CheckedLines.BATCH_ROWS; i++) {
            rows.add(row(i, "10"));
        }
        Path file = ReceivablesFiles.utf8(folder.resolve("long.csv"), ReceivablesFiles.CHINESE_HEADER, rows);
        try (ReceivablesFile opened = ReceivablesFile.open(file, "auto")) {
            CheckedLines lines = CheckedLines.start(opened, check(opened));
            assertThat(lines.iterator().next().row()).isEqualTo(2);
            lines.close();
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("import-check"));
        }
    }
}
