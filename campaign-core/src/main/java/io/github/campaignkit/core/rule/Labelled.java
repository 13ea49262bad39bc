package io.github.campaignkit.core.rule;

import java.util.Locale;

/**
 * An enum whose constants have a human label in every supported language (zh-CN and en).
 *
 * <p>Labels live in the resource bundle {@code labels} of the enum's own package (English in
 * {@code labels.properties}, Chinese in {@code labels_zh.properties}) under the key
 * {@code SimpleEnumName.CONSTANT}, for example {@code Stage.PLANNING}. An application's enum may
 * implement this interface too, with bundles in its own package.
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
        return Bundles.label(enumType(), labelKey(), locale).orElse(name());
    }

    /**
     * Another label of this constant, for a particular use (a {@code facet}): the bundle's entry
     * {@code SimpleEnumName.CONSTANT.facet}, or the plain {@linkplain #label(Locale) label} when the
     * bundle has none. A journal entry's summary, for instance, uses the facet {@code done}
     * ("revised the budget", "修改了预算").
     *
     * @param locale the reader's language
     * @param facet  the use, such as {@code done}
     * @return the label, never blank
     */
    default String label(Locale locale, String facet) {
        return Bundles.label(enumType(), labelKey() + "." + facet, locale).orElseGet(() -> label(locale));
    }

    /**
     * The key of this constant in the labels bundle: {@code SimpleEnumName.CONSTANT}.
     *
     * @return the bundle key
     */
    default String labelKey() {
        return enumType().getSimpleName() + "." + name();
    }

    private Class<?> enumType() {
        Class<?> type = getClass();
        return type.isAnonymousClass() || (type.getEnclosingClass() != null && type.getEnclosingClass().isEnum())
                ? type.getSuperclass() : type;
    }
}
