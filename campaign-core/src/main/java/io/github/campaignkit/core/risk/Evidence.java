package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.team.TaskId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Why a trigger condition held: the observation, the date and the source, one per condition that
 * held. A firing keeps its evidence in the risk's status history.
 */
public sealed interface Evidence {

    /**
     * Where the fact came from.
     *
     * @return the source, as the facts named it
     */
    String source();

    private static String checkSource(String source) {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw InvalidValueException.of(ValueViolation.BLANK, "source");
        }
        return source;
    }

    /**
     * A metric's figure on a day stood in the trigger's comparison to its threshold.
     *
     * @param metric     the metric
     * @param figure     which figure
     * @param day        the day observed
     * @param value      the figure observed
     * @param comparison the trigger's comparison
     * @param threshold  the trigger's threshold
     * @param source     where the observation came from, not blank
     */
    @Value.Builder
    record MetricObserved(MetricId metric, Figure figure, LocalDate day, BigDecimal value, Comparison comparison,
                          BigDecimal threshold, String source) implements Evidence {

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if a component is null, naming it
         * @throws IllegalArgumentException if the source is blank
         */
        public MetricObserved {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(threshold, "threshold");
            checkSource(source);
        }

        /**
         * A builder for the evidence.
         *
         * @return a new builder
         */
        public static MetricObservedBuilder builder() {
            return new MetricObservedBuilder();
        }
    }

    /**
     * A task was not done by its due day.
     *
     * @param task   the task
     * @param due    the last day it could be done on
     * @param source where its state came from, not blank
     */
    record TaskNotDone(TaskId task, LocalDate due, String source) implements Evidence {

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if a component is null, naming it
         * @throws IllegalArgumentException if the source is blank
         */
        public TaskNotDone {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(due, "due");
            checkSource(source);
        }
    }

    /**
     * A material had not arrived by its due day.
     *
     * @param material the material's key
     * @param due      the last day it could arrive on
     * @param source   where its state came from, not blank
     */
    record MaterialNotDelivered(String material, LocalDate due, String source) implements Evidence {

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if a component is null, naming it
         * @throws IllegalArgumentException if the key is not a valid key or the source is blank
         */
        public MaterialNotDelivered {
            Checks.id(material, "material");
            Objects.requireNonNull(due, "due");
            checkSource(source);
        }
    }

    /**
     * A recorded reading stood in the trigger's comparison to its threshold.
     *
     * @param indicator  what was measured
     * @param about      the day the reading is about
     * @param value      the reading
     * @param comparison the trigger's comparison
     * @param threshold  the trigger's threshold
     * @param recordedAt when the reading was recorded
     * @param source     where the reading came from, not blank
     */
    @Value.Builder
    record ReadingRecorded(Indicator indicator, LocalDate about, BigDecimal value, Comparison comparison,
                           BigDecimal threshold, Instant recordedAt, String source) implements Evidence {

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if a component is null, naming it
         * @throws IllegalArgumentException if the source is blank
         */
        public ReadingRecorded {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(about, "about");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(threshold, "threshold");
            Objects.requireNonNull(recordedAt, "recordedAt");
            checkSource(source);
        }

        /**
         * A builder for the evidence.
         *
         * @return a new builder
         */
        public static ReadingRecordedBuilder builder() {
            return new ReadingRecordedBuilder();
        }
    }
}
