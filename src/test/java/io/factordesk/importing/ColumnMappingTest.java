package io.factordesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.importing.ImportProblem;
import io.factordesk.domain.importing.ProblemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMappingTest {

    private static final List<ReceivableField> ALL = List.of(ReceivableField.values());

    @Test
    void chineseHeadersInAnyOrder() {
        List<String> header = List.of("合同号", "买方统一社会信用代码", "买方名称", "卖方统一社会信用代码", "卖方名称",
                "价税合计", "到期日", "开票日期", "发票号码", "发票代码");
        List<ImportProblem> problems = new ArrayList<>();

        ColumnMapping mapping = ColumnMapping.recognise(header, Map.of(), ALL, problems);

        assertThat(problems).isEmpty();
        assertThat(mapping.column(ReceivableField.INVOICE_CODE)).isEqualTo(9);
        assertThat(mapping.column(ReceivableField.AMOUNT)).isEqualTo(5);
        assertThat(mapping.column(ReceivableField.CONTRACT_NO)).isZero();
        assertThat(mapping.headerOf(ReceivableField.DUE_DATE)).isEqualTo("到期日");
    }

    @Test
    void englishHeadersWithCaseSpacesPunctuationAndFullWidth() {
        List<String> header = List.of(" Invoice Code ", "INVOICE NO.", "issue_date", "Due-Date", "ＡＭＯＵＮＴ",
                "Supplier Name", "supplier uscc", "Debtor Name:", "Debtor USCC", "Contract No.");
        List<ImportProblem> problems = new ArrayList<>();

        ColumnMapping mapping = ColumnMapping.recognise(header, Map.of(), ALL, problems);

        assertThat(problems).isEmpty();
        for (int i = 0; i < ALL.size(); i++) {
            assertThat(mapping.column(ALL.get(i))).as(ALL.get(i).name()).isEqualTo(i);
        }
    }

    @ParameterizedTest
    @CsvSource({"金额, AMOUNT", "价税合计, AMOUNT", "'发票号码：', INVOICE_NO", "'　到期日　', DUE_DATE",
            "Invoice Number, INVOICE_NO", "Issue Date, ISSUE_DATE"})
    void commonNames(String header, ReceivableField field) {
        ColumnMapping mapping = ColumnMapping.recognise(List.of(header), Map.of(), List.of(), new ArrayList<>());
        assertThat(mapping.column(field)).isZero();
    }

    @Test
    void missingAndDoublyMappedColumnsAreProblemsOfTheHeaderRow() {
        List<ImportProblem> problems = new ArrayList<>();

        ColumnMapping.recognise(List.of("发票号码", "金额", "价税合计"), Map.of(),
                List.of(ReceivableField.INVOICE_NO, ReceivableField.DUE_DATE), problems);

        assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "价税合计", ProblemKind.DUPLICATE_COLUMN),
                        org.assertj.core.groups.Tuple.tuple(1L, "到期日", ProblemKind.MISSING_COLUMN));
    }

    @Test
    void theOfficersMappingWinsOverTheCommonNames() {
        ColumnMapping mapping = ColumnMapping.recognise(List.of("金额", "开票金额"),
                MappingFile.parse(Map.of("金额", "contractNo", "开票金额", "amount")), List.of(), new ArrayList<>());

        assertThat(mapping.column(ReceivableField.AMOUNT)).isEqualTo(1);
        assertThat(mapping.remembered()).containsEntry("开票金额", "amount").containsEntry("金额", "contractNo");
    }
}
