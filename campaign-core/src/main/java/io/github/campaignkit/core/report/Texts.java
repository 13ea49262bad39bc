package io.github.campaignkit.core.report;

import io.github.campaignkit.core.goal.Goal;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.goal.UnitKind;
import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** The renderers' words and number formats, in zh-CN or English. */
final class Texts {

    private static final String BUNDLE = "io.github.campaignkit.core.report.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** What an empty cell shows. */
    static final String NONE = "-";

    private final Locale locale;
    private final ResourceBundle bundle;

    Texts(Locale locale) {
        this.locale = locale;
        ResourceBundle found;
        try {
            found = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            found = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Texts.class.getClassLoader(), NO_FALLBACK);
        }
        this.bundle = found;
    }

    Locale locale() {
        return locale;
    }

    boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A number without trailing zeros, in plain notation, with thousands separators when asked. */
    static String number(BigDecimal value, boolean grouped) {
        String plain = value.stripTrailingZeros().toPlainString();
        if (!grouped) {
            return plain;
        }
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped2 = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped2.append(',');
            }
            grouped2.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped2 + (dot < 0 ? "" : digits.substring(dot));
    }

    /** A value in its unit: 3,500,000; 12.5%; 92分; 500,000元. */
    String value(BigDecimal value, Optional<MetricUnit> unit) {
        if (unit.isEmpty()) {
            return number(value, false);
        }
        UnitKind kind = unit.get().kind();
        switch (kind) {
            case COUNT:
                return number(value, true);
            case CURRENCY: {
                String code = unit.get().currency().orElseThrow().getCurrencyCode();
                return chinese() && code.equals("CNY") ? number(value, true) + "元" : number(value, true) + " " + code;
            }
            case PERCENT:
                return number(value, false) + "%";
            case SCORE:
                return number(value, false) + get("unit.score");
            default:
                return number(value, false);
        }
    }

    /** An amount in its currency: 12,000元 in Chinese for yuan, 2,000 USD otherwise. */
    String money(io.github.campaignkit.core.budget.Money money) {
        String code = money.currency().getCurrencyCode();
        String amount = number(money.amount(), true);
        return chinese() && code.equals("CNY") ? amount + "元" : amount + " " + code;
    }

    /** A percentage: 42.5%. */
    static String percent(BigDecimal value) {
        return number(value, false) + "%";
    }

    /**
     * A goal's deadline: its day; for one in working days after the end, the day on the calendar
     * with the rule beside it (2024-08-12（活动结束后 1 个工作日）), or the rule alone without a window.
     */
    String deadline(Goal goal, Optional<DateRange> window, WorkingCalendar calendar) {
        if (goal.deadline().isPresent()) {
            return goal.deadline().get().toString();
        }
        if (goal.deadlineWorkingDaysAfterEnd().isEmpty()) {
            return NONE;
        }
        String rule = get("goals.deadline.after-end", goal.deadlineWorkingDaysAfterEnd().get());
        if (window.isEmpty()) {
            return rule;
        }
        try {
            return get("goals.deadline.day-after-end", goal.deadlineOn(window.get(), calendar).get().toString(), rule);
        } catch (IllegalArgumentException beyondCoverage) {
            return rule;
        }
    }

    /** A target in its unit: ≥5,000,000; ≤20; 60%–80%; +30%. */
    String target(Target target, Optional<MetricUnit> unit) {
        if (target instanceof Target.AtLeast) {
            return "≥" + value(((Target.AtLeast) target).value(), unit);
        }
        if (target instanceof Target.AtMost) {
            return "≤" + value(((Target.AtMost) target).value(), unit);
        }
        if (target instanceof Target.Between) {
            Target.Between range = (Target.Between) target;
            return value(range.min(), unit) + "–" + value(range.max(), unit);
        }
        BigDecimal percent = ((Target.Uplift) target).percent();
        return get("target.uplift", (percent.signum() >= 0 ? "+" : "") + number(percent, false) + "%");
    }

    /**
     * A progress bar of {@code cells} cells: '#' up to the achievement (capped at the bar's end),
     * '-' after it, and '|' where the pace stands: {@code [########|---]}.
     */
    static String bar(Optional<BigDecimal> achievement, BigDecimal pace, int cells) {
        char[] bar = new char[cells];
        int filled = achievement.map(a -> scale(a, Percentages.HUNDRED, cells)).orElse(0);
        for (int i = 0; i < cells; i++) {
            bar[i] = i < filled ? '#' : '-';
        }
        int marker = scale(pace, Percentages.HUNDRED, cells);
        if (marker > 0 && marker <= cells) {
            bar[marker - 1] = '|';
        }
        return "[" + new String(bar) + "]";
    }

    /**
     * {@code part × length ÷ whole} in whole cells or pixels, half up, clamped to {@code 0…length};
     * 0 when the whole is not positive. Text bars and SVG bars both measure with it.
     */
    static int scale(BigDecimal part, BigDecimal whole, int length) {
        if (whole.signum() <= 0 || part.signum() <= 0) {
            return 0;
        }
        BigDecimal px = part.multiply(BigDecimal.valueOf(length)).divide(whole, 0, RoundingMode.HALF_UP);
        return px.compareTo(BigDecimal.valueOf(length)) >= 0 ? length : px.intValue();
    }
}
