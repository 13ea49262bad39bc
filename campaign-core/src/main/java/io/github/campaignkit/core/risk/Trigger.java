package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.team.TaskId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A risk's trigger condition (启动条件) as data, evaluated against what the campaign records:
 * <ul>
 *   <li>{@link MetricThreshold}: a KPI metric on a date or in a phase compared with a value
 *       (预热期首日曝光量 &lt; 50万);</li>
 *   <li>{@link TaskOverdue} and {@link MaterialOverdue}: a task or a material not done by a date
 *       (物料未在8月1日前到位);</li>
 *   <li>{@link ReadingThreshold}: a recorded external reading, such as a weather forecast or a
 *       sentiment score, compared with a value (降雨概率 ≥ 60%);</li>
 *   <li>{@link AllOf} and {@link AnyOf}: conditions combined with and / or, at most
 *       {@value #MAX_DEPTH} levels deep.</li>
 * </ul>
 * How each condition is evaluated, and where its facts come from, is described on
 * {@link RiskRegister#evaluate}. A condition on data that is absent never holds.
 */
public sealed interface Trigger {

    /** How deep conditions may nest: a single condition is 1 deep. */
    int MAX_DEPTH = 8;

    /**
     * This condition and another: both must hold. Nested {@link AllOf}s are flattened.
     *
     * @param other the other condition
     * @return the combined condition
     */
    default Trigger and(Trigger other) {
        Objects.requireNonNull(other, "other");
        List<Trigger> conditions = new ArrayList<>();
        for (Trigger t : List.of(this, other)) {
            if (t instanceof AllOf) {
                conditions.addAll(((AllOf) t).conditions());
            } else {
                conditions.add(t);
            }
        }
        return new AllOf(conditions);
    }

    /**
     * This condition or another: at least one must hold. Nested {@link AnyOf}s are flattened.
     *
     * @param other the other condition
     * @return the combined condition
     */
    default Trigger or(Trigger other) {
        Objects.requireNonNull(other, "other");
        List<Trigger> conditions = new ArrayList<>();
        for (Trigger t : List.of(this, other)) {
            if (t instanceof AnyOf) {
                conditions.addAll(((AnyOf) t).conditions());
            } else {
                conditions.add(t);
            }
        }
        return new AnyOf(conditions);
    }

    /**
     * A metric's figure on the days of a period compared with a threshold.
     *
     * @param metric     the metric
     * @param figure     the day's own figure or the running total
     * @param period     the days looked at
     * @param comparison how the figure compares with the threshold when the condition holds
     * @param threshold  the threshold
     * @return the condition
     */
    static MetricThreshold metric(MetricId metric, Figure figure, TriggerPeriod period, Comparison comparison,
                                  BigDecimal threshold) {
        return new MetricThreshold(metric, figure, period, comparison, threshold);
    }

    /**
     * A task not done by the end of a day.
     *
     * @param task the task
     * @param by   the last day it may be done on
     * @return the condition
     */
    static TaskOverdue taskNotDoneBy(TaskId task, LocalDate by) {
        return new TaskOverdue(task, by);
    }

    /**
     * A material not delivered by the end of a day.
     *
     * @param material the material's key, as the supply records name it
     * @param by       the last day it may arrive on
     * @return the condition
     */
    static MaterialOverdue materialNotDeliveredBy(String material, LocalDate by) {
        return new MaterialOverdue(material, by);
    }

    /**
     * A recorded reading about the days of a period compared with a threshold.
     *
     * @param indicator  what the reading measures
     * @param period     the days the reading is about
     * @param comparison how the reading compares with the threshold when the condition holds
     * @param threshold  the threshold
     * @return the condition
     */
    static ReadingThreshold reading(Indicator indicator, TriggerPeriod period, Comparison comparison, BigDecimal threshold) {
        return new ReadingThreshold(indicator, period, comparison, threshold);
    }

    /**
     * All of the conditions.
     *
     * @param conditions at least one condition
     * @return the condition
     */
    static AllOf allOf(Trigger... conditions) {
        return new AllOf(List.of(conditions));
    }

    /**
     * Any of the conditions.
     *
     * @param conditions at least one condition
     * @return the condition
     */
    static AnyOf anyOf(Trigger... conditions) {
        return new AnyOf(List.of(conditions));
    }

    private static int depth(Trigger trigger) {
        if (trigger instanceof AllOf) {
            return 1 + ((AllOf) trigger).conditions().stream().mapToInt(Trigger::depth).max().orElse(0);
        }
        if (trigger instanceof AnyOf) {
            return 1 + ((AnyOf) trigger).conditions().stream().mapToInt(Trigger::depth).max().orElse(0);
        }
        return 1;
    }

    private static List<Trigger> combined(List<Trigger> conditions) {
        List<Trigger> copy = Checks.list(conditions, "conditions");
        if (copy.isEmpty()) {
            throw InvalidValueException.of(ValueViolation.EMPTY, "conditions");
        }
        int depth = 1 + copy.stream().mapToInt(Trigger::depth).max().orElse(0);
        if (depth > MAX_DEPTH) {
            throw InvalidValueException.of(RiskViolation.NESTING, "conditions", depth, MAX_DEPTH);
        }
        return copy;
    }

    /**
     * A metric's figure on the days of a period compared with a threshold: 曝光量 (daily) on the
     * first warm-up day below 500,000. It holds when, on one of the period's days that is already
     * over, the figure the facts give stands in the comparison to the threshold.
     *
     * @param metric     the metric, as goals and KPI observations name it
     * @param figure     the day's own figure or the running total
     * @param period     the days looked at
     * @param comparison the comparison that makes the condition hold
     * @param threshold  the threshold
     */
    @Value.Builder
    record MetricThreshold(MetricId metric, Figure figure, TriggerPeriod period, Comparison comparison, BigDecimal threshold)
            implements Trigger {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public MetricThreshold {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(threshold, "threshold");
        }

        /**
         * A builder for the condition.
         *
         * @return a new builder
         */
        public static MetricThresholdBuilder builder() {
            return new MetricThresholdBuilder();
        }
    }

    /**
     * A task not done by the end of a day. It holds once the day is over and the facts say the task
     * was not done on or before it.
     *
     * @param task the task
     * @param by   the last day it may be done on
     */
    record TaskOverdue(TaskId task, LocalDate by) implements Trigger {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public TaskOverdue {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(by, "by");
        }
    }

    /**
     * A material not delivered by the end of a day (物料未在8月1日前到位). It holds once the day is
     * over and the facts say the material had not arrived on or before it.
     *
     * @param material the material's key, as the supply records name it: not blank, no surrounding
     *                 white space, at most 128 characters
     * @param by       the last day it may arrive on
     */
    record MaterialOverdue(String material, LocalDate by) implements Trigger {

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if a component is null, naming it
         * @throws IllegalArgumentException if the material key is blank, padded or too long
         */
        public MaterialOverdue {
            Checks.id(material, "material");
            Objects.requireNonNull(by, "by");
        }
    }

    /**
     * A recorded reading about the days of a period compared with a threshold: 降雨概率 for the
     * pop-up days at least 60. It holds when, for one of the period's days, the latest reading
     * recorded so far stands in the comparison to the threshold; readings may be about days still
     * to come (a forecast).
     *
     * @param indicator  what the reading measures
     * @param period     the days the reading is about
     * @param comparison the comparison that makes the condition hold
     * @param threshold  the threshold
     */
    @Value.Builder
    record ReadingThreshold(Indicator indicator, TriggerPeriod period, Comparison comparison, BigDecimal threshold)
            implements Trigger {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ReadingThreshold {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(threshold, "threshold");
        }

        /**
         * A builder for the condition.
         *
         * @return a new builder
         */
        public static ReadingThresholdBuilder builder() {
            return new ReadingThresholdBuilder();
        }
    }

    /**
     * All of the conditions hold.
     *
     * @param conditions at least one condition
     */
    record AllOf(List<Trigger> conditions) implements Trigger {

        /**
         * Checks and copies the conditions.
         *
         * @throws NullPointerException     if the list or a condition is null
         * @throws IllegalArgumentException if there is no condition or they nest too deep
         */
        public AllOf {
            conditions = combined(conditions);
        }
    }

    /**
     * At least one of the conditions holds.
     *
     * @param conditions at least one condition
     */
    record AnyOf(List<Trigger> conditions) implements Trigger {

        /**
         * Checks and copies the conditions.
         *
         * @throws NullPointerException     if the list or a condition is null
         * @throws IllegalArgumentException if there is no condition or they nest too deep
         */
        public AnyOf {
            conditions = combined(conditions);
        }
    }
}
