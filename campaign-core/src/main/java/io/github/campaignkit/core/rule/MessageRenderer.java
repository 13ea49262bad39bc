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
 * <p>A code no bundle knows renders as the code and its arguments, so that nothing is lost; an
 * application checks in its tests that its bundle covers every code it raises, in every language it
 * serves, with {@link #missing}:
 * <pre>{@code
 * MessageRenderer messages = MessageRenderer.standard().withBundle("com.acme.campaign.messages");
 * assertThat(messages.missing(AcmeCodes.all(), Locale.SIMPLIFIED_CHINESE)).isEmpty();
 * assertThat(messages.missing(AcmeCodes.all(), Locale.ENGLISH)).isEmpty();
 * }</pre>
 *
 * <p>Arguments are formatted for the reader: a list by its elements, each formatted (at most
 * twenty, then how many in all), a {@link Labelled} enum by its label, a
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
        Optional<String> pattern = pattern(violation.code(), locale);
        if (pattern.isPresent() && isChinese(locale)) {
            return chinese(pattern.get(), locale, args);
        }
        return pattern
                .map(p -> new MessageFormat(p, locale).format(args))
                .orElseGet(() -> violation.code() + (args.length == 0 ? ""
                        : " " + java.util.Arrays.stream(args).map(String::valueOf)
                                .collect(Collectors.joining(", ", "(", ")"))));
    }

    /**
     * The codes this renderer has no message for in the given language: the ones that would render
     * as the raw code ({@code acme.discount.too-deep (35)}) or, where only the base bundle has them,
     * in another language than the reader's. For an application's tests, to fail loudly where a user
     * would otherwise read them. A bundle's base file counts as English, as this library's are.
     *
     * @param codes  the codes to look up, such as every code an application's rules raise
     * @param locale the language to look them up in
     * @return the codes without a message, in the order given; empty when every one has one
     */
    public List<String> missing(Iterable<String> codes, Locale locale) {
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(locale, "locale");
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            Objects.requireNonNull(code, "code");
            boolean covered = bundles.stream().anyMatch(b -> Bundles.defines(b, code, locale))
                    || Bundles.packageOf(code).filter(p -> Bundles.defines(p + ".messages", code, locale)).isPresent();
            if (!covered) {
                missing.add(code);
            }
        }
        return List.copyOf(missing);
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

    /** The most elements of a list argument a message shows; the rest are counted. */
    static final int MAX_LISTED = 20;

    private static Object display(Object argument, Locale locale) {
        if (argument instanceof java.util.Collection<?> list) {
            boolean chinese = isChinese(locale);
            String shown = list.stream().limit(MAX_LISTED).map(a -> String.valueOf(display(a, locale)))
                    .collect(Collectors.joining(chinese ? "、" : ", "));
            return list.size() <= MAX_LISTED ? shown
                    : shown + (chinese ? " 等 " + list.size() + " 项" : " … (" + list.size() + " in all)");
        }
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

    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';
    private static final String CJK = "[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}“”‘’]";
    private static final java.util.regex.Pattern CJK_START = java.util.regex.Pattern.compile(CJK + ".*", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern SPACE_BEFORE = java.util.regex.Pattern.compile("(" + CJK + ") " + OPEN);
    private static final java.util.regex.Pattern SPACE_AFTER = java.util.regex.Pattern.compile(CLOSE + " (" + CJK + ")");

    /**
     * A Chinese message. Its patterns set an argument off by spaces ({@code 任务 {0} 已是}) for the
     * ids, numbers and amounts they usually hold; where the argument is a Chinese word (a task's
     * name, a channel) set in Chinese text, the spaces go, as Chinese is written. Spaces inside an
     * argument are the data's and stay.
     */
    private static String chinese(String pattern, Locale locale, Object[] args) {
        Object[] marked = args.clone();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] instanceof String text && CJK_START.matcher(text).matches()) {
                marked[i] = OPEN + text + CLOSE;
            }
        }
        String text = new MessageFormat(pattern, locale).format(marked);
        text = SPACE_BEFORE.matcher(text).replaceAll("$1" + OPEN);
        text = SPACE_AFTER.matcher(text).replaceAll(CLOSE + "$1");
        return text.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
