package io.github.campaignkit.examples;

import io.github.campaignkit.core.budget.Money;
import java.util.Locale;

/** The language an example prints in, chosen on the command line with {@code --lang zh|en}. */
public enum Lang {
    /** 简体中文, the default. */
    ZH(Locale.SIMPLIFIED_CHINESE),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /**
     * The locale messages are rendered in.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Picks the Chinese or the English text.
     *
     * @param zh the Chinese text
     * @param en the English text
     * @return the text in this language
     */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }

    /**
     * An amount as a reader of this language writes it, every digit kept: {@code 150,000.00元} in
     * Chinese for yuan, {@code CNY 150,000.00} in English and for other currencies.
     *
     * @param money the amount
     * @return the text
     */
    public String amount(Money money) {
        return money.format(locale());
    }

    /**
     * Reads {@code --lang zh|en} from the command line; Chinese when absent.
     *
     * @param args the command line
     * @return the language
     * @throws IllegalArgumentException for an unknown language or a missing value
     */
    public static Lang fromArgs(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--lang needs a value: zh or en");
                }
                switch (args[i + 1].toLowerCase(Locale.ROOT)) {
                    case "zh":
                    case "zh-cn":
                        return ZH;
                    case "en":
                        return EN;
                    default:
                        throw new IllegalArgumentException("--lang: unknown language '" + args[i + 1] + "', use zh or en");
                }
            }
        }
        return ZH;
    }
}
