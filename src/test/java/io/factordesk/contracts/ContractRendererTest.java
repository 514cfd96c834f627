package io.factordesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.deal.DealLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The contract set a bank's legal team receives: content, fonts, PDF/A, reproducibility, long schedules. */
class ContractRendererTest {

    private static ContractRenderer renderer;
    private static ContractSet zhSet;
    private static RenderedContract zh;
    private static RenderedContract en;

    @BeforeAll
    static void renderBothLanguages() {
        renderer = new ContractRenderer();
        zhSet = ContractSetFixtures.contractSet(12, ContractLanguage.ZH, false);
        zh = renderer.render(zhSet);
        en = renderer.render(ContractSetFixtures.contractSet(12, ContractLanguage.EN, true));
    }

    @Test
    void chineseSetNamesThePartiesEveryInvoiceAndBothAmountForms() throws IOException {
        String text = text(zh.pdf());

        assertPartiesInvoicesAndAmounts(text);
        assertThat(text).contains("保理合同", "应收账款转让清单", "应收账款转让通知书", "保理融资费用及还款计划表",
                "有追索权", "公开型", "第七百六十一条", "盖章");
        assertThat(text).as("missing registration is a visible warning").contains("警告").contains("尚未");
    }

    @Test
    void englishSetNamesThePartiesEveryInvoiceAndBothAmountForms() throws IOException {
        String text = text(en.pdf());

        assertPartiesInvoicesAndAmounts(text);
        assertThat(text).contains("Factoring Agreement", "Schedule of Assigned Receivables", "Notice of Assignment",
                "Fee and Repayment Schedule", "with recourse", "04567812000123456789", "People's Republic",
                "into the Assignee's account").doesNotContain("WARNING");
    }

    @Test
    void nonRecourseUndisclosedFactoringIsWordedAsSuch() throws IOException {
        String text = text(renderer.render(ContractSetFixtures.contractSet(6, ContractLanguage.ZH, true, false, false))
                .pdf());

        assertThat(text).contains("无追索权", "隐蔽型", "第七百六十七条", "【隐蔽保理】", "04567812000123456789")
                .doesNotContain("有追索权的", "第七百六十六条", "警告");
    }

    @Test
    void everyPageCarriesTheContractNumberAndPageXOfY() throws IOException {
        assertEveryPageNumbered(zh.pdf(), "第 (\\d+) 页\\s*共 (\\d+) 页");
        assertEveryPageNumbered(en.pdf(), "Page (\\d+)\\s*of (\\d+)");
    }

    @Test
    void oneNoticePerDebtor() throws IOException {
        String text = text(zh.pdf());

        assertThat(count(text, "致：")).isEqualTo(ContractSetFixtures.DEBTORS.size());
        assertThat(count(text, "回　执")).isEqualTo(ContractSetFixtures.DEBTORS.size());
    }

    @Test
    void theOutlineBookmarksEachDocumentByItsTitle() throws IOException {
        try (PDDocument document = Loader.loadPDF(zh.pdf())) {
            List<String> titles = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));

            assertThat(titles).containsExactly("保理合同", "应收账款转让清单",
                    "应收账款转让通知书 - " + ContractSetFixtures.DEBTORS.get(0).name(),
                    "应收账款转让通知书 - " + ContractSetFixtures.DEBTORS.get(1).name(),
                    "应收账款转让通知书 - " + ContractSetFixtures.DEBTORS.get(2).name(), "保理融资费用及还款计划表");
        }
    }

    @Test
    void allFontsAreEmbedded() throws IOException {
        for (RenderedContract contract : List.of(zh, en)) {
            try (PDDocument document = Loader.loadPDF(contract.pdf())) {
                int fonts = 0;
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        fonts++;
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                        if (font instanceof PDType0Font type0) {
                            assertThat(type0.getDescendantFont().isEmbedded()).isTrue();
                            assertThat(type0.getDescendantFont().getFontDescriptor().getCOSObject()
                                    .containsKey(COSName.CID_SET)).as("incomplete CIDSet removed").isFalse();
                        }
                    }
                }
                assertThat(fonts).isPositive();
            }
        }
    }

    @Test
    void theEmbeddedFontHasAGlyphForEveryCharacterPrinted() throws Exception {
        java.awt.Font font;
        try (var in = getClass().getResourceAsStream("/fonts/wqy-microhei.ttf")) {
            font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        }
        for (RenderedContract contract : List.of(zh, en)) {
            String printed = text(contract.pdf()).replaceAll("\\s", "");
            int missing = font.canDisplayUpTo(printed);
            assertThat(missing).as("no glyph for '%s'", missing < 0 ? "" : printed.substring(missing, missing + 1))
                    .isEqualTo(-1);
        }
    }

    @Test
    void veraPdfAcceptsBothLanguagesAsPdfA2b() throws Exception {
        assertPdfA2b(zh.pdf());
        assertPdfA2b(en.pdf());
    }

    @Test
    void sameDealGivesTheSameBytes() {
        RenderedContract again = renderer.render(zhSet);

        assertThat(again.pdf()).isEqualTo(zh.pdf());
        assertThat(again.sha256()).isEqualTo(zh.sha256()).hasSize(64);
        assertThat(java.util.HexFormat.of().formatHex(PdfArchive.sha256(zh.pdf()))).isEqualTo(zh.sha256());
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void anotherJvmGivesTheSameBytes() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                RenderInFreshJvm.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(output).isEqualTo(zh.sha256());
    }

    @Test
    void aDifferentDealGivesDifferentBytes() {
        RenderedContract registered = renderer.render(ContractSetFixtures.contractSet(12, ContractLanguage.ZH, true));

        assertThat(registered.sha256()).isNotEqualTo(zh.sha256());
    }

    @Test
    void fiveHundredReceivablesRunOverSeveralSchedulePagesWithHeaderAndPageNumbers() throws IOException {
        ContractSet set = ContractSetFixtures.contractSet(500, ContractLanguage.ZH, true);
        RenderedContract big = renderer.render(set);

        List<String> schedulePages = new ArrayList<>();
        for (String page : pages(big.pdf())) {
            if (page.contains("PJBL-2026-0142　应收账款转让清单")) {
                schedulePages.add(page);
            }
        }
        assertThat(schedulePages).hasSizeGreaterThan(5);
        for (int i = 0; i < schedulePages.size(); i++) {
            String page = schedulePages.get(i);
            assertThat(page).containsPattern("第 " + (i + 1) + " 页\\s*共 " + schedulePages.size() + " 页");
            if (i < schedulePages.size() - 1) {
                assertThat(page).as("schedule page %d repeats the table header", i + 1)
                        .contains("发票号码", "债务人统一社会信用代码");
            }
        }
        String all = String.join("\n", schedulePages);
        for (DealLine line : set.deal().lines()) {
            assertThat(all).contains(line.receivable().invoiceNo());
        }
        assertThat(big.pageCount()).isGreaterThan(2 * schedulePages.size());
    }

    private static void assertPartiesInvoicesAndAmounts(String text) {
        String flat = text.replaceAll("\\s+", "");
        for (ContractParty party : List.of(ContractSetFixtures.FACTOR, ContractSetFixtures.SUPPLIER)) {
            assertThat(text).contains(party.name(), party.uscc(), party.address(), party.account().number());
        }
        for (ContractParty debtor : ContractSetFixtures.DEBTORS) {
            assertThat(text).contains(debtor.name(), debtor.uscc());
        }
        for (DealLine line : zhSet.deal().lines()) {
            assertThat(text).contains(line.receivable().invoiceNo());
        }
        var advance = zhSet.deal().totals().advance();
        assertThat(flat).contains(ContractWording.figures(advance))
                .contains(CapitalNumerals.withPrefix(advance))
                .contains(CapitalNumerals.withPrefix(zhSet.deal().totals().netProceeds()))
                .contains("PJBL-2026-0142");
    }

    private static void assertEveryPageNumbered(byte[] pdf, String pageXOfY) throws IOException {
        List<String> pages = pages(pdf);
        Pattern pattern = Pattern.compile(pageXOfY);
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertThat(page).as("page %d", i + 1).contains("PJBL-2026-0142");
            Matcher m = pattern.matcher(page);
            assertThat(m.find()).as("page %d has page x of y: %s", i + 1, page).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isBetween(1, Integer.parseInt(m.group(2)));
        }
    }

    private static void assertPdfA2b(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct().limit(20).toList();
            assertThat(result.isCompliant()).as("veraPDF PDF/A-2b failures:%n%s", String.join("\n", failures)).isTrue();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // justified lines stretch the spaces between words
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
