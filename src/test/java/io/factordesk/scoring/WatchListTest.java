package io.factordesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchListTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ＡＢＣ贸易有限公司 | abc贸易有限公司",
        "ABC 贸易 有限公司 | abc贸易有限公司",
        "ａｂｃ贸易有限责任公司 | abc贸易有限公司",
        "ABC贸易股份有限公司 | abc贸易有限公司",
        "（北京）ABC·贸易有限公司。 | 北京abc贸易有限公司",
        "Acme Trading Co., Ltd. | acmetradingltd",
        "ACME TRADING COMPANY LIMITED | acmetradingltd"})
    void namesNormaliseWidthCasePunctuationAndSuffix(String raw, String expected) {
        assertThat(CompanyNames.normalise(raw)).isEqualTo(expected);
    }

    @Test
    void screensByNormalisedNameOrUscc() {
        WatchList list = WatchList.parse("""
            # name, USCC, note
            ＡＢＣ贸易有限责任公司,,sanctions
            某某科技有限公司\t91310115MA1K4C0X1X\tcourt
            """);

        assertThat(list.entries()).hasSize(2);
        assertThat(list.screen("A.B.C 贸易有限公司", null)).get()
            .satisfies(hit -> assertThat(hit.matchedBy()).isEqualTo("NAME"));
        assertThat(list.screen("无关公司", "91310115ma1k4c0x1x")).get()
            .satisfies(hit -> assertThat(hit.entry().note()).isEqualTo("court"));
        assertThat(list.screen("ABC物流有限公司", "91310115MA1K4C0X10")).isEmpty();
        assertThat(list.screen("", null)).isEmpty();
    }
}
