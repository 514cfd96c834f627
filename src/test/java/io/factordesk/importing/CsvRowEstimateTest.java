package io.factordesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The row estimate that tells a bulk load from a day's invoices, before any row is read. */
class CsvRowEstimateTest {

    @TempDir
    Path folder;

    private static List<List<String>> rows(int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(List.of("3200261130", String.format("%08d", i), "2026-03-01", "2026-06-01", "1,234.50",
                    "苏州华鑫精密机械有限公司", "91320500MA0000012X", "核心企业集团有限公司", "91320500MA0000050X",
                    "HT-" + i));
        }
        return rows;
    }

    @Test
    void aFileSmallerThanTheSampleIsCountedExactly() throws IOException {
        Path file = ReceivablesFiles.utf8(folder.resolve("small.csv"), ReceivablesFiles.CHINESE_HEADER, rows(250));

        assertThat(CsvReceivablesFile.estimateRows(file)).isEqualTo(250);
        try (ReceivablesFile opened = ReceivablesFile.open(file, "auto")) {
            assertThat(opened.estimatedRows()).isEqualTo(250);
        }
    }

    @Test
    void aLastLineWithoutLineFeedAndAnEmptyFileCountRight() throws IOException {
        Path noFinalNewline = Files.writeString(folder.resolve("a.csv"), "发票代码,发票号码\n1,2\n3,4");
        Path empty = Files.write(folder.resolve("b.csv"), new byte[0]);

        assertThat(CsvReceivablesFile.estimateRows(noFinalNewline)).isEqualTo(2);
        assertThat(CsvReceivablesFile.estimateRows(empty)).isZero();
    }

    @Test
    void aLargeGbkFileIsEstimatedFromItsFirstMegabyte() throws IOException {
        Path file = ReceivablesFiles.csv(folder.resolve("big.csv"), Charset.forName("GBK"), false,
                ReceivablesFiles.CHINESE_HEADER, rows(40_000));
        assertThat(Files.size(file)).isGreaterThan(3L << 20);

        assertThat(CsvReceivablesFile.estimateRows(file)).isBetween(39_000L, 41_000L);
    }
}
