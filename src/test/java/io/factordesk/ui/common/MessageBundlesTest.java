package io.factordesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both languages say everything, the views and the code ask only for keys that exist, and none is left over. */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("resources");
    private static final List<Path> UI_SOURCES = List.of(Path.of("src/main/java/io/factordesk/ui"),
            Path.of("src/main/java/io/factordesk/app"));
    /** Services hand message keys to the UI too (progress stages); any main source may use a key. */
    private static final List<Path> ALL_SOURCES = List.of(Path.of("src/main/java"));
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern MESSAGES_GET = Pattern.compile("messages\\.get\\(\\s*\"([^\"]+)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    private static Properties english;
    private static Properties chinese;
    private static Set<String> prefixes;

    @BeforeAll
    static void loadBundles() throws IOException {
        english = load("messages.properties");
        chinese = load("messages_zh_CN.properties");
        prefixes = english.stringPropertyNames().stream().map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(new TreeSet<>(chinese.stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(50);
    }

    @Test
    void theChineseBundleIsActuallyChinese() {
        assertThat(chinese.getProperty("nav.suppliers")).isEqualTo("供应商");
        long translated = chinese.stringPropertyNames().stream()
                .filter(key -> chinese.getProperty(key).codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF))
                .count();
        assertThat(translated).isGreaterThan(chinese.size() * 9L / 10);
    }

    @Test
    void everyKeyInTheViewsAndTheCodeExists() throws IOException {
        Set<String> missing = new TreeSet<>(fxmlKeys());
        missing.addAll(codeKeys(MESSAGES_GET));
        codeKeys(STRING_LITERAL).stream()
                .filter(key -> prefixes.contains(key.substring(0, key.indexOf('.'))))
                .forEach(missing::add);
        missing.removeAll(english.stringPropertyNames());

        assertThat(missing).as("keys used but not in the bundles").isEmpty();
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> used = new TreeSet<>(fxmlKeys());
        used.addAll(codeKeys(ALL_SOURCES, STRING_LITERAL));
        Set<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.removeAll(used);

        assertThat(unused).as("keys in the bundles that nothing uses").isEmpty();
    }

    private static Set<String> fxmlKeys() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("io/factordesk/ui"))) {
            return matches(files.filter(file -> file.toString().endsWith(".fxml")).toList(), FXML_KEY);
        }
    }

    private static Set<String> codeKeys(Pattern pattern) throws IOException {
        return codeKeys(UI_SOURCES, pattern);
    }

    private static Set<String> codeKeys(List<Path> roots, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                keys.addAll(matches(files.filter(file -> file.toString().endsWith(".java")).toList(), pattern));
            }
        }
        return keys;
    }

    private static Set<String> matches(List<Path> files, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path file : files) {
            Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }
}
