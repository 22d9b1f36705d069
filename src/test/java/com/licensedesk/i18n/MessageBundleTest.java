package com.licensedesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key used by an FXML file or the code is in the bundle, and every bundle key is used somewhere. */
class MessageBundleTest {
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /** Jakarta Mail's own property names, which share the "mail" namespace with our mail texts. */
    private static final Pattern JAKARTA_MAIL_PROPERTY = Pattern.compile("mail\\.(smtps?|transport)\\..*");
    private static final Pattern MAIL_TEMPLATE = Pattern.compile("compose\\([^,()]+(?:\\(\\))?, \"([A-Za-z0-9]+)\"");

    @Test
    void everyKeyUsedIsInTheBundleAndEveryBundleKeyIsUsed() {
        Set<String> bundle = bundleKeys("/messages.properties");
        Set<String> namespaces = new TreeSet<>();
        bundle.forEach(key -> namespaces.add(key.substring(0, key.indexOf('.'))));

        Set<String> used = new TreeSet<>();
        String fxml = readAll(Path.of("fxml"), ".fxml");
        FXML_KEY.matcher(fxml).results().forEach(match -> used.add(match.group(1)));
        String code = readAll(Path.of("src", "main", "java"), ".java");
        Matcher literal = STRING_LITERAL.matcher(code);
        while (literal.find()) {
            String candidate = literal.group(1);
            if (namespaces.contains(candidate.substring(0, candidate.indexOf('.')))
                    && !JAKARTA_MAIL_PROPERTY.matcher(candidate).matches()) {
                used.add(candidate);
            }
        }
        MAIL_TEMPLATE.matcher(code).results().forEach(match -> {
            used.add("mail." + match.group(1) + ".subject");
            used.add("mail." + match.group(1) + ".body");
        });
        used.add("mail.footer");

        // Property names such as licensedesk.smtp.host share no namespace with the texts, so any literal here
        // that is not a text key is a typo.
        assertThat(used).as("used but missing from the bundle").isSubsetOf(bundle);
        Set<String> unused = new TreeSet<>(bundle);
        unused.removeAll(used);
        assertThat(unused).as("in the bundle but used nowhere").isEmpty();
        assertThat(used).contains("start.title", "check.eula.accept", "mail.registered.subject");
    }

    @Test
    void theEnglishBundleHasEveryKeyAndNoJapanese() {
        Properties english = properties("/messages_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(bundleKeys("/messages.properties"));
        Pattern japanese = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        for (String key : english.stringPropertyNames()) {
            if (key.equals("start.language")) {
                // The language switch names Japanese in Japanese, in the English UI too.
                assertThat(english.getProperty(key)).isEqualTo("日本語");
                continue;
            }
            assertThat(japanese.matcher(english.getProperty(key)).find()).as(key).isFalse();
        }
    }

    @Test
    void englishIsChosenOnlyWhenAskedForWhateverTheMachinesLocale() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(new Messages(Locale.JAPANESE, "X").get("common.continue")).isEqualTo("続行");
            assertThat(new Messages(Locale.ENGLISH, "X").get("common.continue")).isEqualTo("Continue");
            assertThat(new Messages(Locale.ENGLISH, "X").get("mail.accountChanged.subject"))
                    .isEqualTo("Your X account information was changed");
        } finally {
            Locale.setDefault(machine);
        }
    }

    private static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> bundleKeys(String resource) {
        return new TreeSet<>(properties(resource).stringPropertyNames());
    }

    private static String readAll(Path folder, String suffix) {
        try (Stream<Path> files = Files.walk(folder)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
            assertThat(all).as("sources under " + folder).isNotEmpty();
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
