package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every problem, shape and location phrase of campaign-json reads in English and in Chinese. */
class JsonBundleTest {

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = JsonBundleTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveEveryKey() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        for (Problem problem : Problem.values()) {
            assertThat(problem.code()).matches("json\\.[a-z]+\\.[a-z-]+");
            assertThat(en.getProperty(problem.code())).as("en " + problem.code()).isNotBlank();
            assertThat(zh.getProperty(problem.code())).as("zh " + problem.code()).isNotBlank();
        }
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(java.util.Arrays.stream(Problem.values()).map(Problem::code).distinct()).hasSize(Problem.values().length);
    }

    @Test
    void quotedValuesAreEscapedAndCut() {
        assertThat(Messages.quote("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
        assertThat(Messages.quote("🎉".repeat(70))).isEqualTo("\"" + "🎉".repeat(64) + "…\"");
        assertThat(Messages.quote("\ud800x")).isEqualTo("\"\\ud800x\"");
    }
}
