package io.github.campaignkit.core.rule;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Loads message and label bundles without falling back to the JVM's default locale: on a machine
 * whose default locale is zh-CN, asking for English must give English.
 *
 * <p>Each package of campaign-core keeps its own bundles beside its classes: the messages of the
 * codes it raises in {@code <package>/messages.properties} (English) and
 * {@code messages_zh.properties}, the labels of its enums in {@code labels.properties} and
 * {@code labels_zh.properties}. A code's first word names its package ({@code budget.…} lives in
 * {@code io.github.campaignkit.core.budget}).
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
        int dot = code.indexOf('.');
        return dot < 0 ? Optional.empty() : find(CORE + code.substring(0, dot) + ".messages", code, locale);
    }

    /** The label of an enum constant, from the labels bundle of the enum's own package. */
    static Optional<String> label(Class<?> enumType, String key, Locale locale) {
        return find(enumType.getPackageName() + ".labels", key, locale);
    }
}
