package io.github.campaignkit.core.rule;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Loads this library's message and label bundles without falling back to the JVM's default
 * locale: on a machine whose default locale is zh-CN, asking for English must give English.
 */
final class Bundles {

    static final String MESSAGES = "io.github.campaignkit.core.rule.messages";
    static final String LABELS = "io.github.campaignkit.core.rule.labels";

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

    static Optional<String> label(String key, Locale locale) {
        return find(LABELS, key, locale);
    }
}
