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

    private static Properties load(String packageName, String file) throws IOException {
        String name = "/" + packageName.replace('.', '/') + "/" + file;
        Properties p = new Properties();
        try (InputStream in = BundleCoverageTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The package whose bundle holds a code: the code's first word names it; value.* lives in rule. */
    private static String packageOf(String code) {
        String first = code.substring(0, code.indexOf('.'));
        return "io.github.campaignkit.core." + ("value".equals(first) ? "rule" : first);
    }

    private static List<String> bundlePackages() {
        return MainClasses.matching(c -> true).stream().map(Class::getPackageName).distinct()
                .filter(p -> BundleCoverageTest.class.getResource("/" + p.replace('.', '/') + "/messages.properties") != null
                        || BundleCoverageTest.class.getResource("/" + p.replace('.', '/') + "/labels.properties") != null)
                .collect(java.util.stream.Collectors.toList());
    }

    @Test
    void everyEnumOfTheLibraryIsLabelled() {
        assertThat(MainClasses.matching(c -> c.isEnum() && c.getName().startsWith("io.github.campaignkit.core.")
                        && !ViolationCode.class.isAssignableFrom(c) && java.lang.reflect.Modifier.isPublic(c.getModifiers())))
                .allSatisfy(c -> assertThat(Labelled.class).as(c.getName()).isAssignableFrom(c));
    }

    @TestFactory
    Stream<DynamicTest> everyViolationCodeHasBothMessages() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> type : MainClasses.matching(c -> c.isEnum() && ViolationCode.class.isAssignableFrom(c))) {
            for (Object constant : type.getEnumConstants()) {
                String code = ((ViolationCode) constant).code();
                tests.add(DynamicTest.dynamicTest(code, () -> {
                    Properties en = load(packageOf(code), "messages.properties");
                    Properties zh = load(packageOf(code), "messages_zh.properties");
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
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> type : MainClasses.matching(c -> c.isEnum() && Labelled.class.isAssignableFrom(c))) {
            for (Object constant : type.getEnumConstants()) {
                String key = ((Labelled) constant).labelKey();
                tests.add(DynamicTest.dynamicTest(key, () -> {
                    Properties en = load(type.getPackageName(), "labels.properties");
                    Properties zh = load(type.getPackageName(), "labels_zh.properties");
                    assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
                    assertThat(zh.getProperty(key)).as("zh " + key).isNotBlank();
                }));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> bothLanguagesHaveTheSameKeys() {
        List<String> packages = bundlePackages();
        assertThat(packages).isNotEmpty();
        return packages.stream().flatMap(p -> Stream.of("messages", "labels").map(kind -> DynamicTest.dynamicTest(
                p + " " + kind, () -> {
                    if (getClass().getResource("/" + p.replace('.', '/') + "/" + kind + ".properties") != null) {
                        assertThat(load(p, kind + "_zh.properties").keySet())
                                .isEqualTo(load(p, kind + ".properties").keySet());
                    }
                })));
    }
}
