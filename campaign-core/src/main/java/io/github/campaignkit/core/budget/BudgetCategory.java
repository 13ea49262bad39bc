package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.Labelled;
import java.util.Locale;
import java.util.Objects;

/**
 * The cost categories of a budget (预算明细表 成本类别), in the order a budget table lists them.
 */
public enum BudgetCategory implements Labelled {
    /** 人力成本: internal overtime, external speakers and trainers. */
    PEOPLE,
    /** 物料成本: stands, posters, gifts, samples, design and technical work. */
    MATERIALS,
    /** 渠道成本: advertising, platform fees, partner shares. */
    CHANNELS,
    /** 场地成本: venue rental. */
    VENUE,
    /** 其他成本: logistics and everything else. */
    OTHER,
    /** 应急备用金: the contingency reserve, which the budget policy keeps within a share of the total. */
    CONTINGENCY;

    /**
     * The category with the given name or label, in either language: {@code CHANNELS},
     * {@code channels}, {@code 渠道成本} and {@code 渠道} all give {@link #CHANNELS}.
     *
     * @param text the name or label
     * @return the category
     * @throws IllegalArgumentException if no category has that name or label, naming {@code category}
     */
    public static BudgetCategory parse(String text) {
        Objects.requireNonNull(text, "category");
        String wanted = text.strip();
        for (BudgetCategory category : values()) {
            if (category.name().equalsIgnoreCase(wanted)
                    || category.label(Locale.ENGLISH).equalsIgnoreCase(wanted)
                    || category.label(Locale.SIMPLIFIED_CHINESE).equals(wanted)
                    || category.shortLabel().equals(wanted)) {
                return category;
            }
        }
        throw InvalidValueException.of(BudgetViolation.UNKNOWN_CATEGORY, "category", text, java.util.Arrays.toString(values()));
    }

    private String shortLabel() {
        String zh = label(Locale.SIMPLIFIED_CHINESE);
        return zh.endsWith("成本") ? zh.substring(0, zh.length() - 2) : zh;
    }
}
