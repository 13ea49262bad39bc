package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.TaskId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link TriggerFacts} over plain maps, for tests, examples and applications that gather their
 * data themselves. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <pre>{@code
 * TriggerFacts facts = MapTriggerFacts.builder()
 *         .metric(MetricId.of("曝光量"), Figure.DAILY, LocalDate.of(2024, 7, 31), new BigDecimal("50000"), "日报 07-31")
 *         .materialNotDelivered("快闪店物料", "物料清单 08-02")
 *         .knownTask(TaskId.of("物料印刷"))
 *         .build();
 * }</pre>
 *
 * <p>A task or material recorded as done on a day is {@link Completion#DONE} as of that day and
 * later and {@link Completion#NOT_DONE} before; one recorded as not done is {@code NOT_DONE} as of
 * any day; one only declared known has no state. Recording a fact about a name makes it known.
 */
public final class MapTriggerFacts implements TriggerFacts {

    static final MapTriggerFacts EMPTY = new MapTriggerFacts(new Builder());

    private final Set<MetricId> metrics;
    private final Set<TaskId> tasks;
    private final Set<String> materials;
    private final Map<MetricKey, Fact<BigDecimal>> figures;
    private final Map<TaskId, State> taskStates;
    private final Map<String, State> materialStates;

    private MapTriggerFacts(Builder b) {
        this.metrics = Set.copyOf(b.metrics);
        this.tasks = Set.copyOf(b.tasks);
        this.materials = Set.copyOf(b.materials);
        this.figures = Map.copyOf(b.figures);
        this.taskStates = Map.copyOf(b.taskStates);
        this.materialStates = Map.copyOf(b.materialStates);
    }

    /**
     * A builder for facts.
     *
     * @return a new builder holding nothing
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean knowsMetric(MetricId metric) {
        return metrics.contains(Objects.requireNonNull(metric, "metric"));
    }

    @Override
    public boolean knowsTask(TaskId task) {
        return tasks.contains(Objects.requireNonNull(task, "task"));
    }

    @Override
    public boolean knowsMaterial(String material) {
        return materials.contains(Objects.requireNonNull(material, "material"));
    }

    @Override
    public Optional<Fact<BigDecimal>> metric(MetricId metric, Figure figure, LocalDate day) {
        return Optional.ofNullable(figures.get(new MetricKey(metric, figure, day)));
    }

    @Override
    public Optional<Fact<Completion>> task(TaskId task, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return Optional.ofNullable(taskStates.get(Objects.requireNonNull(task, "task"))).map(s -> s.asOf(asOf));
    }

    @Override
    public Optional<Fact<Completion>> material(String material, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return Optional.ofNullable(materialStates.get(Objects.requireNonNull(material, "material")))
                .map(s -> s.asOf(asOf));
    }

    private static final class MetricKey {
        private final MetricId metric;
        private final Figure figure;
        private final LocalDate day;

        MetricKey(MetricId metric, Figure figure, LocalDate day) {
            this.metric = Objects.requireNonNull(metric, "metric");
            this.figure = Objects.requireNonNull(figure, "figure");
            this.day = Objects.requireNonNull(day, "day");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MetricKey && ((MetricKey) o).metric.equals(metric)
                    && ((MetricKey) o).figure == figure && ((MetricKey) o).day.equals(day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(metric, figure, day);
        }
    }

    /** Done on a day (present) or not done (empty), with the source of that knowledge. */
    private static final class State {
        private final Optional<LocalDate> doneOn;
        private final String source;

        State(Optional<LocalDate> doneOn, String source) {
            this.doneOn = doneOn;
            this.source = source;
        }

        Fact<Completion> asOf(LocalDate day) {
            boolean done = doneOn.isPresent() && !doneOn.get().isAfter(day);
            return Fact.of(done ? Completion.DONE : Completion.NOT_DONE, source);
        }
    }

    /** Collects facts; not thread-safe. Each method returns this builder. */
    public static final class Builder {
        private final Set<MetricId> metrics = new HashSet<>();
        private final Set<TaskId> tasks = new HashSet<>();
        private final Set<String> materials = new HashSet<>();
        private final Map<MetricKey, Fact<BigDecimal>> figures = new HashMap<>();
        private final Map<TaskId, State> taskStates = new HashMap<>();
        private final Map<String, State> materialStates = new HashMap<>();

        private Builder() {
        }

        /**
         * Declares a metric known, without figures.
         *
         * @param metric the metric
         * @return this builder
         */
        public Builder knownMetric(MetricId metric) {
            metrics.add(Objects.requireNonNull(metric, "metric"));
            return this;
        }

        /**
         * Records a metric's figure for a day, replacing one recorded before for the same day and
         * figure.
         *
         * @param metric the metric
         * @param figure daily or cumulative
         * @param day    the day
         * @param value  the figure
         * @param source where it came from, not blank
         * @return this builder
         */
        public Builder metric(MetricId metric, Figure figure, LocalDate day, BigDecimal value, String source) {
            figures.put(new MetricKey(metric, figure, day), Fact.of(Objects.requireNonNull(value, "value"), source));
            metrics.add(metric);
            return this;
        }

        /**
         * Declares a task known, without a state.
         *
         * @param task the task
         * @return this builder
         */
        public Builder knownTask(TaskId task) {
            tasks.add(Objects.requireNonNull(task, "task"));
            return this;
        }

        /**
         * Records a task as done on a day.
         *
         * @param task   the task
         * @param doneOn the day it was done
         * @param source where that is recorded, not blank
         * @return this builder
         */
        public Builder taskDone(TaskId task, LocalDate doneOn, String source) {
            return task(task, Optional.of(Objects.requireNonNull(doneOn, "doneOn")), source);
        }

        /**
         * Records a task as not done.
         *
         * @param task   the task
         * @param source where that is recorded, not blank
         * @return this builder
         */
        public Builder taskNotDone(TaskId task, String source) {
            return task(task, Optional.empty(), source);
        }

        private Builder task(TaskId task, Optional<LocalDate> doneOn, String source) {
            taskStates.put(Objects.requireNonNull(task, "task"), new State(doneOn, checkedSource(source)));
            tasks.add(task);
            return this;
        }

        /**
         * Declares a material known, without a delivery state.
         *
         * @param material the material's key
         * @return this builder
         */
        public Builder knownMaterial(String material) {
            materials.add(Checks.id(material, "material"));
            return this;
        }

        /**
         * Records a material as delivered on a day.
         *
         * @param material    the material's key
         * @param deliveredOn the day it arrived
         * @param source      where that is recorded, not blank
         * @return this builder
         */
        public Builder materialDelivered(String material, LocalDate deliveredOn, String source) {
            return material(material, Optional.of(Objects.requireNonNull(deliveredOn, "deliveredOn")), source);
        }

        /**
         * Records a material as not delivered.
         *
         * @param material the material's key
         * @param source   where that is recorded, not blank
         * @return this builder
         */
        public Builder materialNotDelivered(String material, String source) {
            return material(material, Optional.empty(), source);
        }

        private Builder material(String material, Optional<LocalDate> deliveredOn, String source) {
            materialStates.put(Checks.id(material, "material"), new State(deliveredOn, checkedSource(source)));
            materials.add(material);
            return this;
        }

        private static String checkedSource(String source) {
            return Fact.of(Boolean.TRUE, source).source();
        }

        /**
         * The facts collected so far.
         *
         * @return immutable facts
         */
        public MapTriggerFacts build() {
            return new MapTriggerFacts(this);
        }
    }
}
