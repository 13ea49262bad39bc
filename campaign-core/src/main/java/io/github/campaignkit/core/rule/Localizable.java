package io.github.campaignkit.core.rule;

import java.util.Locale;

/**
 * A value that has its own text for a reader's language. {@link MessageRenderer} formats a
 * message argument that implements this interface with {@link #format(Locale)}, so a rule may pass
 * the value itself (an amount of money, say) and every language shows it its own way:
 * {@code 77,000.00元} in Chinese, {@code CNY 77,000.00} in English. An application's own values
 * may implement it too.
 */
public interface Localizable {

    /**
     * This value as a reader of the given language writes it.
     *
     * @param locale the reader's language, e.g. {@link Locale#SIMPLIFIED_CHINESE}
     * @return the text, never null
     */
    String format(Locale locale);
}
