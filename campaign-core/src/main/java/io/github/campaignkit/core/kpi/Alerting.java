package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.Aggregation;
import io.github.campaignkit.core.goal.Direction;
import io.github.campaignkit.core.internal.Fraction;
import io.github.campaignkit.core.rule.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Evaluates alert conditions on a row's figures. */
final class Alerting {

    /**
     * What the conditions read: the row's exact figures, which the conditions compare with their
     * limits, and the same figures as displayed, which the messages quote.
     */
    static final class Facts {
        final String path;
        final String metricName;
        final Object channel;
        final Aggregation aggregation;
        final Direction direction;
        final BigDecimal achievement;
        final BigDecimal pace;
        final BigDecimal value;
        final Fraction exactAchievement;
        final Fraction exactPace;
        final Fraction exactValue;

        Facts(String path, String metricName, Object channel, Aggregation aggregation, Direction direction,
              Fraction exactAchievement, Fraction exactPace, Fraction exactValue, int scale, int valueScale) {
            this.path = path;
            this.metricName = metricName;
            this.channel = channel;
            this.aggregation = aggregation;
            this.direction = direction;
            this.exactAchievement = exactAchievement;
            this.exactPace = exactPace;
            this.exactValue = exactValue;
            this.achievement = exactAchievement == null ? null : exactAchievement.rounded(scale);
            this.pace = exactPace.rounded(scale);
            this.value = exactValue == null ? null : exactValue.rounded(valueScale);
        }

        /** Points behind pace as displayed; negative when ahead. */
        BigDecimal shortfall() {
            return behind() ? achievement.subtract(pace) : pace.subtract(achievement);
        }

        /** Points behind pace, exactly. */
        Fraction exactShortfall() {
            return behind() ? exactAchievement.subtract(exactPace) : exactPace.subtract(exactAchievement);
        }

        private boolean behind() {
            return aggregation == Aggregation.SUM && direction == Direction.LOWER_IS_BETTER;
        }
    }

    private Alerting() {
    }

    /** The reasons a condition fires for a row; empty when it does not. */
    static List<Violation> fire(AlertCondition condition, Facts f) {
        if (condition instanceof AlertCondition.AllOf) {
            List<Violation> all = new ArrayList<>();
            for (AlertCondition c : ((AlertCondition.AllOf) condition).conditions()) {
                List<Violation> found = fire(c, f);
                if (found.isEmpty()) {
                    return List.of();
                }
                all.addAll(found);
            }
            return all;
        }
        if (condition instanceof AlertCondition.RateBelow) {
            BigDecimal level = ((AlertCondition.RateBelow) condition).level();
            return f.aggregation == Aggregation.RATE && f.exactValue != null && f.exactValue.compareTo(level) < 0
                    ? List.of(Violation.of(KpiViolation.ALERT_RATE_BELOW, f.path, f.metricName, f.channel,
                            f.value, level))
                    : List.of();
        }
        if (f.exactAchievement == null || f.exactPace.signum() == 0) {
            return List.of();
        }
        Fraction shortfall = f.exactShortfall();
        if (condition instanceof AlertCondition.BelowPace) {
            BigDecimal points = ((AlertCondition.BelowPace) condition).points();
            return shortfall.compareTo(points) > 0
                    ? List.of(Violation.of(KpiViolation.ALERT_BELOW_PACE, f.path, f.metricName, f.channel,
                            f.achievement, f.pace, f.shortfall(), points))
                    : List.of();
        }
        BigDecimal percent = ((AlertCondition.BelowTarget) condition).percent();
        Fraction relativeShortfall = shortfall.percentOf(f.exactPace);
        if (relativeShortfall.compareTo(percent) > 0) {
            BigDecimal relative = relativeShortfall.rounded(f.pace.scale());
            return List.of(Violation.of(KpiViolation.ALERT_BELOW_TARGET, f.path, f.metricName, f.channel,
                    f.achievement, f.pace, relative, percent));
        }
        return List.of();
    }
}
