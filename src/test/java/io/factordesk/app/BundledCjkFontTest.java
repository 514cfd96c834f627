package io.factordesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The shipped CJK font is what lets Chinese render on a machine without system CJK fonts and
 * what the contracts embed; a missing glyph here would show up as tofu in a contract.
 */
class BundledCjkFontTest {

    private static final String FONT_RESOURCE = "/fonts/wqy-microhei.ttf";
    private static final String CONTRACT_AND_AMOUNT_CHARACTERS =
            "保理合同壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整人民币应收账款转让清单通知书";

    @Test
    void fontIsTrueTypeWithTheAgreedFamily() throws Exception {
        Font font = loadBundledFont();

        assertThat(font.getFamily(Locale.ENGLISH)).isEqualTo("WenQuanYi Micro Hei");
    }

    @Test
    void fontCoversContractAndCapitalNumeralCharacters() throws Exception {
        Font font = loadBundledFont();

        assertThat(font.canDisplayUpTo(CONTRACT_AND_AMOUNT_CHARACTERS)).isEqualTo(-1);
        for (char c : CONTRACT_AND_AMOUNT_CHARACTERS.toCharArray()) {
            assertThat(font.canDisplay(c)).as("glyph for %s", c).isTrue();
        }
        assertThat(font.canDisplayUpTo("ABC abc 0123456789 ¥,.-()")).isEqualTo(-1);
    }

    @Test
    void licenceShipsBesideTheFont() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fonts/LICENSE-wqy-microhei.txt")) {
            assertThat(in).as("licence resource").isNotNull();
            String licence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(licence).contains("Apache License", "Version 2.0", "WenQuanYi");
        }
    }

    @Test
    void jasperReportsFontExtensionPointsAtTheEmbeddedFont() throws Exception {
        Properties extension = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/jasperreports_extension.properties")) {
            assertThat(in).as("jasperreports_extension.properties").isNotNull();
            extension.load(in);
        }
        String fontsXml = extension.getProperty("net.sf.jasperreports.extension.simple.font.families.factordesk");
        assertThat(fontsXml).isEqualTo("fonts/fonts.xml");

        Element family = fontFamily("/" + fontsXml);
        assertThat(family.getAttribute("name")).isEqualTo("WenQuanYi Micro Hei");
        assertThat(text(family, "pdfEncoding")).isEqualTo("Identity-H");
        assertThat(text(family, "pdfEmbedded")).isEqualTo("true");
        List<String> faces = new ArrayList<>();
        for (String face : List.of("normal", "bold", "italic", "boldItalic")) {
            faces.add(text(family, face));
        }
        assertThat(faces).containsOnly("fonts/wqy-microhei.ttf");
        assertThat(getClass().getResource("/" + faces.get(0))).isNotNull();
    }

    private Font loadBundledFont() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(FONT_RESOURCE)) {
            assertThat(in).as(FONT_RESOURCE).isNotNull();
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    private Element fontFamily(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            NodeList families = document.getElementsByTagName("fontFamily");
            assertThat(families.getLength()).isEqualTo(1);
            return (Element) families.item(0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        assertThat(nodes.getLength()).as("<%s>", tag).isEqualTo(1);
        return nodes.item(0).getTextContent().trim();
    }
}
