package io.github.campaignkit.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * Loads message and label bundles without falling back to the JVM's default locale: on a machine
 * whose default locale is zh-CN, asking for English must give English.
 *
 * <p>Each package of campaign-core keeps its own bundles beside its classes: the messages of the
 * codes it raises in {@code <package>/messages.properties} (English) and
 * {@code messages_zh.properties}, the labels of its enums in {@code labels.properties} and
 * {@code labels_zh.properties}. A code's first word names its package ({@code budget.…} lives in
 * {@code io.github.campaignkit.core.budget}); the {@code value.…} codes every package raises for
 * a refused value live in this package's bundle.
 */
final class Bundles {

    static final String CORE = "io.github.campaignkit.core.";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, Bundles.class.getClassLoader(), NO_FALLBACK);
    }

    static Optional<String> find(String baseName, String key, Locale locale) {
        try {
            ResourceBundle bundle = bundle(baseName, locale);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /**
     * The message pattern of one of the library's codes, from the bundle of the package its first
     * word names.
     */
    static Optional<String> message(String code, Locale locale) {
        return packageOf(code).flatMap(p -> find(p + ".messages", code, locale));
    }

    /** The package whose bundle holds one of the library's codes, by the code's first word. */
    static Optional<String> packageOf(String code) {
        int dot = code.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String first = code.substring(0, dot);
        return Optional.of(CORE + ("value".equals(first) ? "rule" : first));
    }

    /**
     * Whether a bundle file of the reader's language itself holds the key: {@code <base>_zh.properties}
     * or {@code <base>_zh_CN.properties} for Chinese; for English, also the base file, which is
     * English by this library's convention. A key found only through a parent bundle (English text
     * in a Chinese message) does not count.
     */
    static boolean defines(String baseName, String key, Locale locale) {
        String path = baseName.replace('.', '/');
        List<String> files = new ArrayList<>();
        String language = locale.getLanguage();
        if (language.isEmpty() || language.equals("en")) {
            files.add(path + ".properties");
        }
        if (!language.isEmpty()) {
            files.add(path + "_" + language + ".properties");
            if (!locale.getCountry().isEmpty()) {
                files.add(path + "_" + language + "_" + locale.getCountry() + ".properties");
            }
        }
        for (String file : files) {
            try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    continue;
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                if (properties.containsKey(key)) {
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        return false;
    }

    /** The label of an enum constant, from the labels bundle of the enum's own package. */
    static Optional<String> label(Class<?> enumType, String key, Locale locale) {
        return find(enumType.getPackageName() + ".labels", key, locale);
    }
}
