package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.team.TaskId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a campaign records, as risk triggers ask for it: KPI observations, task states and
 * material deliveries, each with where it came from.
 *
 * <p>This is the plug between the risk register and the data it watches. The campaign adapts
 * its own records to it; an application may add a feed of its own with {@link #or(TriggerFacts)}.
 * External readings (weather, sentiment) are not asked for here: they are recorded in the
 * {@link RiskRegister#readings() register} itself. {@link MapTriggerFacts} implements it over plain
 * maps.
 *
 * <p>Every method answers from the records only, never from a clock. An empty answer means the
 * records hold nothing on the question, and a condition on such absent data never holds. The
 * {@code knows…} methods say which names exist at all, so that a trigger naming a metric, task or
 * material the campaign does not have is reported as a violation rather than waiting forever.
 * Implementations must be pure: the same question gives the same answer.
 */
public interface TriggerFacts {

    /**
     * Whether the campaign has this metric (a goal or KPI measures it).
     *
     * @param metric the metric
     * @return true if known
     */
    boolean knowsMetric(MetricId metric);

    /**
     * Whether the campaign has this task.
     *
     * @param task the task
     * @return true if known
     */
    boolean knowsTask(TaskId task);

    /**
     * Whether the campaign has this material.
     *
     * @param material the material's key
     * @return true if known
     */
    boolean knowsMaterial(String material);

    /**
     * A metric's figure for a day.
     *
     * @param metric the metric
     * @param figure the day's own figure or the running total up to and including the day
     * @param day    the day
     * @return the figure and its source, or empty when nothing is recorded for that day
     */
    Optional<Fact<BigDecimal>> metric(MetricId metric, Figure figure, LocalDate day);

    /**
     * Whether a task was done on or before a day.
     *
     * @param task the task
     * @param asOf the day
     * @return {@link Completion#DONE} or {@link Completion#NOT_DONE} with the source of that
     *         knowledge, or empty when the records say nothing about the task's state
     */
    Optional<Fact<Completion>> task(TaskId task, LocalDate asOf);

    /**
     * Whether a material had arrived on or before a day.
     *
     * @param material the material's key
     * @param asOf     the day
     * @return {@link Completion#DONE} (arrived) or {@link Completion#NOT_DONE} with the source, or
     *         empty when the records say nothing about its delivery
     */
    Optional<Fact<Completion>> material(String material, LocalDate asOf);

    /**
     * Facts that know nothing: every name is unknown and every answer empty.
     *
     * @return the empty facts
     */
    static TriggerFacts none() {
        return MapTriggerFacts.EMPTY;
    }

    /**
     * These facts, completed by another source: a name is known if either knows it, and a question
     * is answered by this source first and by the other when this one has no answer.
     *
     * @param other the other source
     * @return the combined facts
     */
    default TriggerFacts or(TriggerFacts other) {
        Objects.requireNonNull(other, "other");
        TriggerFacts first = this;
        return new TriggerFacts() {
            @Override
            public boolean knowsMetric(MetricId metric) {
                return first.knowsMetric(metric) || other.knowsMetric(metric);
            }

            @Override
            public boolean knowsTask(TaskId task) {
                return first.knowsTask(task) || other.knowsTask(task);
            }

            @Override
            public boolean knowsMaterial(String material) {
                return first.knowsMaterial(material) || other.knowsMaterial(material);
            }

            @Override
            public Optional<Fact<BigDecimal>> metric(MetricId metric, Figure figure, LocalDate day) {
                Optional<Fact<BigDecimal>> found = first.metric(metric, figure, day);
                return found.isPresent() ? found : other.metric(metric, figure, day);
            }

            @Override
            public Optional<Fact<Completion>> task(TaskId task, LocalDate asOf) {
                Optional<Fact<Completion>> found = first.task(task, asOf);
                return found.isPresent() ? found : other.task(task, asOf);
            }

            @Override
            public Optional<Fact<Completion>> material(String material, LocalDate asOf) {
                Optional<Fact<Completion>> found = first.material(material, asOf);
                return found.isPresent() ? found : other.material(material, asOf);
            }
        };
    }
}
