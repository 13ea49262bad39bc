package io.github.campaignkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every code and every enum constant of campaign-core reads in both zh-CN and English. */
class BundleCoverageTest {

    private static final String DIR = "/io/github/campaignkit/core/rule/";

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleCoverageTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyEnumOfTheLibraryIsLabelled() {
        assertThat(MainClasses.matching(c -> c.isEnum() && c.getName().startsWith("io.github.campaignkit.core.")
                        && !ViolationCode.class.isAssignableFrom(c) && java.lang.reflect.Modifier.isPublic(c.getModifiers())))
                .allSatisfy(c -> assertThat(Labelled.class).as(c.getName()).isAssignableFrom(c));
    }

    @TestFactory
    Stream<DynamicTest> everyViolationCodeHasBothMessages() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> type : MainClasses.matching(c -> c.isEnum() && ViolationCode.class.isAssignableFrom(c))) {
            for (Object constant : type.getEnumConstants()) {
                String code = ((ViolationCode) constant).code();
                tests.add(DynamicTest.dynamicTest(code, () -> {
                    assertThat(en.getProperty(code)).as("en " + code).isNotBlank();
                    assertThat(zh.getProperty(code)).as("zh " + code).isNotBlank();
                }));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyLabelledConstantHasBothLabels() throws IOException {
        Properties en = load("labels.properties");
        Properties zh = load("labels_zh.properties");
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> type : MainClasses.matching(c -> c.isEnum() && Labelled.class.isAssignableFrom(c))) {
            for (Object constant : type.getEnumConstants()) {
                String key = ((Labelled) constant).labelKey();
                tests.add(DynamicTest.dynamicTest(key, () -> {
                    assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
                    assertThat(zh.getProperty(key)).as("zh " + key).isNotBlank();
                }));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_zh.properties").keySet()).isEqualTo(load("messages.properties").keySet());
        assertThat(load("labels_zh.properties").keySet()).isEqualTo(load("labels.properties").keySet());
    }
}
