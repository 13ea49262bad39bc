package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.Aggregation;
import io.github.campaignkit.core.goal.Direction;
import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.rule.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Evaluates alert conditions on a row's figures. */
final class Alerting {

    /** What the conditions read: the row as displayed. */
    static final class Facts {
        final String path;
        final String metricName;
        final Object channel;
        final Aggregation aggregation;
        final Direction direction;
        final BigDecimal achievement;
        final BigDecimal pace;
        final BigDecimal value;

        Facts(String path, String metricName, Object channel, Aggregation aggregation, Direction direction,
              BigDecimal achievement, BigDecimal pace, BigDecimal value) {
            this.path = path;
            this.metricName = metricName;
            this.channel = channel;
            this.aggregation = aggregation;
            this.direction = direction;
            this.achievement = achievement;
            this.pace = pace;
            this.value = value;
        }

        /** Points behind pace; negative when ahead. */
        BigDecimal shortfall() {
            if (aggregation == Aggregation.SUM && direction == Direction.LOWER_IS_BETTER) {
                return achievement.subtract(pace);
            }
            return pace.subtract(achievement);
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
            return f.aggregation == Aggregation.RATE && f.value != null && f.value.compareTo(level) < 0
                    ? List.of(Violation.of(KpiViolation.ALERT_RATE_BELOW, f.path, f.metricName, f.channel,
                            f.value, level))
                    : List.of();
        }
        if (f.achievement == null || f.pace.signum() == 0) {
            return List.of();
        }
        BigDecimal shortfall = f.shortfall();
        if (condition instanceof AlertCondition.BelowPace) {
            BigDecimal points = ((AlertCondition.BelowPace) condition).points();
            return shortfall.compareTo(points) > 0
                    ? List.of(Violation.of(KpiViolation.ALERT_BELOW_PACE, f.path, f.metricName, f.channel,
                            f.achievement, f.pace, shortfall, points))
                    : List.of();
        }
        BigDecimal percent = ((AlertCondition.BelowTarget) condition).percent();
        if (Percentages.compare(shortfall, f.pace, percent) > 0) {
            BigDecimal relative = Percentages.of(shortfall, f.pace, f.pace.scale());
            return List.of(Violation.of(KpiViolation.ALERT_BELOW_TARGET, f.path, f.metricName, f.channel,
                    f.achievement, f.pace, relative, percent));
        }
        return List.of();
    }
}
