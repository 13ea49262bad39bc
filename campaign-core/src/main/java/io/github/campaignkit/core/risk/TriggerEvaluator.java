package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Evaluates trigger conditions against facts, readings and the campaign's phases at one instant.
 * Pure: it keeps nothing between evaluations. In check-only mode it reports the violations of the
 * conditions (unknown names and phases) without looking at any data.
 */
final class TriggerEvaluator {

    /** The outcome of one condition: whether it holds, why, and what is wrong with it. */
    static final class Outcome {
        final boolean holds;
        final java.util.List<Evidence> evidence;
        final Seq<Violation> violations;

        Outcome(boolean holds, java.util.List<Evidence> evidence, Seq<Violation> violations) {
            this.holds = holds;
            this.evidence = evidence;
            this.violations = violations;
        }

        static Outcome no(Seq<Violation> violations) {
            return new Outcome(false, java.util.List.of(), violations);
        }

        static Outcome yes(Evidence evidence) {
            return new Outcome(true, java.util.List.of(evidence), List.empty());
        }
    }

    private final Map<PhaseKind, DateRange> phases = new EnumMap<>(PhaseKind.class);
    private final TriggerFacts facts;
    private final Map<Indicator, java.util.List<Reading>> readings = new HashMap<>();
    private final Instant now;
    private final LocalDate today;
    private final boolean checkOnly;

    private TriggerEvaluator(java.util.List<Phase> phases, TriggerFacts facts, java.util.List<Reading> readings,
                             Instant now, LocalDate today, boolean checkOnly) {
        for (Phase phase : phases) {
            this.phases.putIfAbsent(phase.kind(), phase.range());
        }
        this.facts = facts;
        for (Reading reading : readings) {
            this.readings.computeIfAbsent(reading.indicator(), k -> new ArrayList<>()).add(reading);
        }
        this.now = now;
        this.today = today;
        this.checkOnly = checkOnly;
    }

    static TriggerEvaluator at(java.util.List<Phase> phases, TriggerFacts facts, java.util.List<Reading> readings,
                               Instant now, LocalDate today) {
        return new TriggerEvaluator(phases, facts, readings, now, today, false);
    }

    static TriggerEvaluator checking(java.util.List<Phase> phases, TriggerFacts facts) {
        return new TriggerEvaluator(phases, facts, java.util.List.of(), Instant.EPOCH, LocalDate.MIN, true);
    }

    Outcome evaluate(Trigger trigger, String path) {
        if (trigger instanceof Trigger.MetricThreshold) {
            return metric((Trigger.MetricThreshold) trigger, path);
        }
        if (trigger instanceof Trigger.TaskOverdue) {
            return task((Trigger.TaskOverdue) trigger, path);
        }
        if (trigger instanceof Trigger.MaterialOverdue) {
            return material((Trigger.MaterialOverdue) trigger, path);
        }
        if (trigger instanceof Trigger.ReadingThreshold) {
            return reading((Trigger.ReadingThreshold) trigger, path);
        }
        boolean all = trigger instanceof Trigger.AllOf;
        java.util.List<Trigger> conditions = all ? ((Trigger.AllOf) trigger).conditions()
                : ((Trigger.AnyOf) trigger).conditions();
        boolean holds = all;
        java.util.List<Evidence> evidence = new ArrayList<>();
        Seq<Violation> violations = List.empty();
        for (int i = 0; i < conditions.size(); i++) {
            Outcome o = evaluate(conditions.get(i), RulePaths.join(path, RulePaths.indexed("conditions", i)));
            violations = violations.appendAll(o.violations);
            holds = all ? holds && o.holds : holds || o.holds;
            if (o.holds) {
                evidence.addAll(o.evidence);
            }
        }
        return holds ? new Outcome(true, java.util.List.copyOf(evidence), violations) : Outcome.no(violations);
    }

    private Outcome metric(Trigger.MetricThreshold t, String path) {
        Seq<Violation> found = List.empty();
        MetricId metric = t.metric();
        if (!facts.knowsMetric(metric)) {
            found = found.append(Violation.of(RiskViolation.TRIGGER_METRIC_UNKNOWN, RulePaths.join(path, "metric"),
                    metric));
        }
        Either<Violation, DateRange> days = resolve(t.period(), RulePaths.join(path, "period"));
        if (days.isLeft()) {
            found = found.append(days.getLeft());
        }
        if (!found.isEmpty() || checkOnly) {
            return Outcome.no(found);
        }
        // A day's figure is final once the day is over: today's running figure is not read.
        LocalDate last = min(days.get().end(), today.minusDays(1));
        LocalDate firstMissing = null;
        int missing = 0;
        for (LocalDate day = days.get().start(); !day.isAfter(last); day = day.plusDays(1)) {
            Optional<Fact<BigDecimal>> fact = facts.metric(metric, t.figure(), day);
            if (fact.isPresent() && t.comparison().test(fact.get().value(), t.threshold())) {
                return Outcome.yes(new Evidence.MetricObserved(metric, t.figure(), day, fact.get().value(),
                        t.comparison(), t.threshold(), fact.get().source()));
            }
            if (fact.isEmpty()) {
                firstMissing = firstMissing == null ? day : firstMissing;
                missing++;
            }
        }
        // Not firing for want of a figure is not the same as not firing: say which days had none.
        if (missing > 0) {
            found = found.append(Violation.of(RiskViolation.TRIGGER_METRIC_NO_DATA, RulePaths.join(path, "metric"), metric,
                    firstMissing.toString(), missing));
        }
        return Outcome.no(found);
    }

    private Outcome task(Trigger.TaskOverdue t, String path) {
        if (!facts.knowsTask(t.task())) {
            return Outcome.no(List.of(Violation.of(RiskViolation.TRIGGER_TASK_UNKNOWN, RulePaths.join(path, "task"),
                    t.task())));
        }
        if (checkOnly || !today.isAfter(t.by())) {
            return Outcome.no(List.empty());
        }
        return facts.task(t.task(), t.by())
                .filter(f -> f.value() == Completion.NOT_DONE)
                .map(f -> Outcome.yes(new Evidence.TaskNotDone(t.task(), t.by(), f.source())))
                .orElse(Outcome.no(List.empty()));
    }

    private Outcome material(Trigger.MaterialOverdue t, String path) {
        if (!facts.knowsMaterial(t.material())) {
            return Outcome.no(List.of(Violation.of(RiskViolation.TRIGGER_MATERIAL_UNKNOWN,
                    RulePaths.join(path, "material"), t.material())));
        }
        if (checkOnly || !today.isAfter(t.by())) {
            return Outcome.no(List.empty());
        }
        return facts.material(t.material(), t.by())
                .filter(f -> f.value() == Completion.NOT_DONE)
                .map(f -> Outcome.yes(new Evidence.MaterialNotDelivered(t.material(), t.by(), f.source())))
                .orElse(Outcome.no(List.empty()));
    }

    private Outcome reading(Trigger.ReadingThreshold t, String path) {
        Either<Violation, DateRange> days = resolve(t.period(), RulePaths.join(path, "period"));
        if (days.isLeft()) {
            return Outcome.no(List.of(days.getLeft()));
        }
        if (checkOnly) {
            return Outcome.no(List.empty());
        }
        // The latest reading recorded so far about each day; of two recorded at once, the later in the log.
        TreeMap<LocalDate, Reading> latest = new TreeMap<>();
        for (Reading r : readings.getOrDefault(t.indicator(), java.util.List.of())) {
            if (days.get().contains(r.about()) && !r.recordedAt().isAfter(now)) {
                Reading known = latest.get(r.about());
                if (known == null || !r.recordedAt().isBefore(known.recordedAt())) {
                    latest.put(r.about(), r);
                }
            }
        }
        for (Reading r : latest.values()) {
            if (t.comparison().test(r.value(), t.threshold())) {
                return Outcome.yes(new Evidence.ReadingRecorded(r.indicator(), r.about(), r.value(), t.comparison(),
                        t.threshold(), r.recordedAt(), r.source()));
            }
        }
        return Outcome.no(List.empty());
    }

    private Either<Violation, DateRange> resolve(TriggerPeriod period, String path) {
        if (period instanceof TriggerPeriod.OnDate onDate) {
            return Either.right(DateRange.ofDay(onDate.date()));
        }
        if (period instanceof TriggerPeriod.Between between) {
            return Either.right(between.range());
        }
        PhaseKind kind = period instanceof TriggerPeriod.InPhase inPhase ? inPhase.phase()
                : ((TriggerPeriod.PhaseDay) period).phase();
        DateRange range = phases.get(kind);
        if (range == null) {
            return Either.left(Violation.of(RiskViolation.TRIGGER_PHASE_UNKNOWN, RulePaths.join(path, "phase"), kind));
        }
        if (!(period instanceof TriggerPeriod.PhaseDay phaseDay)) {
            return Either.right(range);
        }
        int day = phaseDay.day();
        if (day > range.days()) {
            return Either.left(Violation.of(RiskViolation.TRIGGER_PHASE_DAY_BEYOND, RulePaths.join(path, "day"), day,
                    kind, range.days()));
        }
        return Either.right(DateRange.ofDay(range.start().plusDays(day - 1L)));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
