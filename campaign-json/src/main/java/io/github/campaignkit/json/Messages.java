package io.github.campaignkit.json;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders campaign-json's messages from {@code messages.properties} beside this class, without
 * falling back to the JVM's default locale (on a zh-CN machine, English must stay English).
 */
final class Messages {

    private static final String BUNDLE = "io.github.campaignkit.json.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final int MAX_QUOTED = 64;

    private Messages() {
    }

    /**
     * A message argument rendered in the reader's language: a key of the bundle and its own
     * arguments (Strings or Phrases).
     */
    record Phrase(String key, List<Object> arguments) implements Serializable {

        Phrase {
            arguments = List.copyOf(arguments);
        }

        static Phrase of(String key, Object... arguments) {
            return new Phrase(key, List.of(arguments));
        }
    }

    /**
     * A message argument that is already text in each of the two languages, such as the reason a
     * model's constructor gave for refusing a value: Chinese for a reader of Chinese, English for
     * any other.
     */
    record Bilingual(String english, String chinese) implements Serializable {

        String in(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? chinese : english;
        }
    }

    static String render(String key, Locale locale, List<?> arguments) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Messages.class.getClassLoader(), NO_FALLBACK);
        }
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        Object[] rendered = new Object[arguments.size()];
        for (int i = 0; i < rendered.length; i++) {
            Object argument = arguments.get(i);
            rendered[i] = argument instanceof Phrase phrase ? render(phrase.key(), locale, phrase.arguments())
                    : argument instanceof Bilingual text ? text.in(locale)
                    : String.valueOf(argument);
        }
        return new MessageFormat(pattern, locale).format(rendered);
    }

    /**
     * A value of the input as a message shows it: quoted as a JSON string, control characters
     * escaped, cut after 64 code points.
     */
    static String quote(String value) {
        StringBuilder b = new StringBuilder(Math.min(value.length(), MAX_QUOTED * 2) + 3).append('"');
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            if (count++ == MAX_QUOTED) {
                b.append('…');
                break;
            }
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE) {
                        b.append(String.format("\\u%04x", cp));
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
