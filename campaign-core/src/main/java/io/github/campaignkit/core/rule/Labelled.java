package io.github.campaignkit.core.rule;

import java.util.Locale;

/**
 * An enum whose constants have a human label in every supported language (zh-CN and en).
 *
 * <p>Labels live in the resource bundle {@code io.github.campaignkit.core.rule.labels} under the
 * key {@code SimpleEnumName.CONSTANT} (for example {@code Stage.PLANNING}). Implemented only by
 * enums of this library; the default method needs nothing but the enum constant itself.
 */
public interface Labelled {

    /**
     * The constant's name, as {@link Enum#name()} gives it.
     *
     * @return the constant's name
     */
    String name();

    /**
     * The label of this constant in the given language, falling back to English for a language
     * the library has no labels for.
     *
     * @param locale the reader's language, e.g. {@link Locale#SIMPLIFIED_CHINESE}
     * @return the label, never blank
     */
    default String label(Locale locale) {
        return Bundles.label(labelKey(), locale).orElse(name());
    }

    /**
     * The key of this constant in the labels bundle: {@code SimpleEnumName.CONSTANT}.
     *
     * @return the bundle key
     */
    default String labelKey() {
        Class<?> type = getClass();
        if (type.isAnonymousClass() || (type.getEnclosingClass() != null && type.getEnclosingClass().isEnum())) {
            type = type.getSuperclass();
        }
        return type.getSimpleName() + "." + name();
    }
}
