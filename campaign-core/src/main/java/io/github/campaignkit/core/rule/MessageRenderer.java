package io.github.campaignkit.core.rule;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders violations in the reader's language from resource bundles.
 *
 * <p>The {@linkplain #standard() standard renderer} knows every code of this library in zh-CN and
 * English. An application that adds rules of its own adds its bundle with {@link #withBundle}; its
 * bundles are searched first, so it may also reword the library's messages. Instances are
 * immutable and thread-safe.
 *
 * <p>Arguments are formatted for the reader: a {@link Labelled} enum by its label, a
 * {@link Localizable} value (such as an amount of money) by its own text for the language, a
 * {@link BigDecimal} in plain notation, anything else as {@link MessageFormat} formats it.
 */
public final class MessageRenderer {

    private static final MessageRenderer STANDARD = new MessageRenderer(List.of());

    private final List<String> bundles;

    private MessageRenderer(List<String> bundles) {
        this.bundles = List.copyOf(bundles);
    }

    /**
     * The renderer that knows this library's codes.
     *
     * @return the shared standard renderer
     */
    public static MessageRenderer standard() {
        return STANDARD;
    }

    /**
     * A renderer that also searches the given bundle, before the ones it already has.
     *
     * @param baseName the bundle's base name, e.g. {@code com.acme.campaign.messages}; it is
     *                 loaded with this library's class loader rules and no default-locale fallback
     * @return a new renderer
     */
    public MessageRenderer withBundle(String baseName) {
        Objects.requireNonNull(baseName, "baseName");
        List<String> more = new ArrayList<>();
        more.add(baseName);
        more.addAll(bundles);
        return new MessageRenderer(more);
    }

    /**
     * The message of one violation, without severity or path.
     *
     * @param violation the violation
     * @param locale    the reader's language
     * @return the message, never blank
     */
    public String message(Violation violation, Locale locale) {
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(locale, "locale");
        Object[] args = violation.arguments().stream().map(a -> display(a, locale)).toArray();
        return pattern(violation.code(), locale)
                .map(p -> new MessageFormat(p, locale).format(args))
                .orElseGet(() -> violation.code() + (args.length == 0 ? ""
                        : " " + java.util.Arrays.stream(args).map(String::valueOf)
                                .collect(Collectors.joining(", ", "(", ")"))));
    }

    /**
     * One line for a violation: severity, path (where there is one) and message, e.g.
     * {@code [错误] profile.theme：活动主题不能为空}.
     *
     * @param violation the violation
     * @param locale    the reader's language
     * @return the line
     */
    public String describe(Violation violation, Locale locale) {
        String message = message(violation, locale);
        String severity = violation.severity().label(locale);
        String separator = isChinese(locale) ? "：" : ": ";
        return violation.path().isEmpty()
                ? "[" + severity + "] " + message
                : "[" + severity + "] " + violation.path() + separator + message;
    }

    /**
     * Every violation of a refusal, one {@linkplain #describe(Violation, Locale) line} each.
     *
     * @param refusal the refusal
     * @param locale  the reader's language
     * @return the lines joined by {@code \n}
     */
    public String describe(Refusal refusal, Locale locale) {
        Objects.requireNonNull(refusal, "refusal");
        return refusal.violations().map(v -> describe(v, locale)).mkString("\n");
    }

    private Optional<String> pattern(String code, Locale locale) {
        for (String bundle : bundles) {
            Optional<String> found = Bundles.find(bundle, code, locale);
            if (found.isPresent()) {
                return found;
            }
        }
        return Bundles.message(code, locale);
    }

    private static Object display(Object argument, Locale locale) {
        if (argument instanceof Labelled) {
            return ((Labelled) argument).label(locale);
        }
        if (argument instanceof Localizable) {
            return ((Localizable) argument).format(locale);
        }
        if (argument instanceof BigDecimal) {
            return ((BigDecimal) argument).toPlainString();
        }
        if (argument instanceof Number || argument instanceof java.util.Date) {
            return argument;
        }
        return String.valueOf(argument);
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
