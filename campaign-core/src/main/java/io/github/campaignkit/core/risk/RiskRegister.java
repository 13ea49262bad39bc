package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A campaign's risk register (风险预案表): its risks, the {@link RiskMatrix} that rates them, and
 * the log of external {@link Reading readings} that triggers compare with.
 *
 * <p>The register answers the planning questions (each risk's {@linkplain #levelOf(Risk) level},
 * the register {@linkplain #scored() by score}, the {@linkplain #heatMap() heat map}) and the
 * monitoring ones: {@link #evaluate} says which armed risks fire now and why, {@link #fire} moves
 * them to {@link RiskStatus#TRIGGERED} and raises their {@link RiskAlert alerts}, {@link #changeStatus}
 * records what happens next. Every operation is a pure function returning a new register; inside
 * a campaign, the lifecycle's risk commands apply them.
 *
 * @param entries  the risks, in the order they were entered; no id twice
 * @param matrix   the matrix the risks are rated on
 * @param readings the external readings, in the order they were recorded
 */
@Value.Builder
public record RiskRegister(List<Risk> entries, RiskMatrix matrix, List<Reading> readings) {

    private static final RiskRegister EMPTY = new RiskRegister(List.of(), RiskMatrix.threeByThree(), List.of());

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component or an element is null, naming it
     * @throws IllegalArgumentException if two risks have the same id
     */
    public RiskRegister {
        entries = Checks.list(entries, "entries");
        Objects.requireNonNull(matrix, "matrix");
        readings = Checks.list(readings, "readings");
        Set<RiskId> ids = new HashSet<>();
        for (Risk risk : entries) {
            if (!ids.add(risk.id())) {
                throw InvalidValueException.of(ValueViolation.DUPLICATE, "entries", risk.id());
            }
        }
    }

    /**
     * The register of a new campaign: no risks, the seeds' {@linkplain RiskMatrix#threeByThree() 3 × 3
     * matrix}, no readings.
     *
     * @return the empty register
     */
    public static RiskRegister empty() {
        return EMPTY;
    }

    /**
     * A builder for a register; the matrix must be set.
     *
     * @return a new builder
     */
    public static RiskRegisterBuilder builder() {
        return new RiskRegisterBuilder();
    }

    /**
     * A builder that starts from this register.
     *
     * @return a builder holding every component of this register
     */
    public RiskRegisterBuilder toBuilder() {
        return new RiskRegisterBuilder().from(this);
    }

    /**
     * The risk with the given id.
     *
     * @param id the id
     * @return the risk, or empty when the register has none with that id
     */
    public Optional<Risk> find(RiskId id) {
        Objects.requireNonNull(id, "id");
        return entries.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * This register with a risk added, or put in place of the risk with the same id.
     *
     * @param risk the risk
     * @return a copy
     */
    public RiskRegister with(Risk risk) {
        Objects.requireNonNull(risk, "risk");
        List<Risk> next = new ArrayList<>(entries);
        int at = indexOf(risk.id());
        if (at < 0) {
            next.add(risk);
        } else {
            next.set(at, risk);
        }
        return new RiskRegister(next, matrix, readings);
    }

    /**
     * This register without the risk with the given id (its status history goes with it).
     *
     * @param id the id
     * @return a copy, the same register when it has no such risk
     */
    public RiskRegister without(RiskId id) {
        Objects.requireNonNull(id, "id");
        return new RiskRegister(entries.stream().filter(r -> !r.id().equals(id)).collect(Collectors.toList()),
                matrix, readings);
    }

    /**
     * This register rated on another matrix. Risks whose ratings the new matrix does not know stay,
     * and {@link RiskRules#standard()} reports them.
     *
     * @param newMatrix the matrix
     * @return a copy
     */
    public RiskRegister withMatrix(RiskMatrix newMatrix) {
        return new RiskRegister(entries, newMatrix, readings);
    }

    /**
     * This register with one more reading at the end of the log.
     *
     * @param reading the reading
     * @return a copy
     */
    public RiskRegister plusReading(Reading reading) {
        Objects.requireNonNull(reading, "reading");
        List<Reading> next = new ArrayList<>(readings);
        next.add(reading);
        return new RiskRegister(entries, matrix, next);
    }

    /**
     * The cell of a risk on this register's matrix.
     *
     * @param risk the risk
     * @return the cell, or empty when the matrix does not know its likelihood or impact
     */
    public Optional<Cell> cellOf(Risk risk) {
        Objects.requireNonNull(risk, "risk");
        return matrix.cellOf(risk.likelihood(), risk.impact());
    }

    /**
     * The level of a risk on this register's matrix.
     *
     * @param risk the risk
     * @return the level, or empty when the matrix does not know its likelihood or impact
     */
    public Optional<RiskLevel> levelOf(Risk risk) {
        return cellOf(risk).map(matrix::level);
    }

    /**
     * The risks the matrix can place, highest score first; of two with the same score, the one of
     * higher impact first, then register order. Risks whose ratings the matrix does not know are
     * left out ({@link HeatMap#unplaced()} lists them).
     *
     * @return the scored risks
     */
    public List<ScoredRisk> scored() {
        List<ScoredRisk> scored = new ArrayList<>();
        for (Risk risk : entries) {
            cellOf(risk).ifPresent(cell -> scored.add(new ScoredRisk(risk, cell, matrix.score(cell), matrix.level(cell))));
        }
        scored.sort(Comparator.comparing(ScoredRisk::score).reversed()
                .thenComparing(Comparator.comparingInt((ScoredRisk s) -> s.cell().impact()).reversed()));
        return List.copyOf(scored);
    }

    /**
     * The heat map: every cell of the matrix with the risks rated into it.
     *
     * @return the heat map
     */
    public HeatMap heatMap() {
        List<HeatCell> cells = new ArrayList<>();
        for (Cell cell : matrix.cells()) {
            List<RiskId> in = entries.stream().filter(r -> cellOf(r).filter(cell::equals).isPresent())
                    .map(Risk::id).collect(Collectors.toList());
            cells.add(new HeatCell(cell, matrix.score(cell), matrix.level(cell), in));
        }
        List<RiskId> unplaced = entries.stream().filter(r -> cellOf(r).isEmpty()).map(Risk::id)
                .collect(Collectors.toList());
        return new HeatMap(matrix, cells, unplaced);
    }

    /**
     * Evaluates the triggers of the armed risks (identified or monitoring) at the clock's instant.
     *
     * <p>How each condition is read:
     * <ul>
     *   <li>a {@linkplain Trigger.MetricThreshold metric} condition holds when, on a day of its
     *       period that is over (before the clock's day: a running day's figure is not final), the
     *       figure the facts give stands in the comparison to the threshold; the first such day is
     *       the evidence;</li>
     *   <li>a {@linkplain Trigger.TaskOverdue task} or {@linkplain Trigger.MaterialOverdue material}
     *       condition holds once its day is over and the facts say it was not done (arrived) on or
     *       before that day;</li>
     *   <li>a {@linkplain Trigger.ReadingThreshold reading} condition holds when, for a day of its
     *       period (past or future), the latest reading recorded in this register up to the clock's
     *       instant stands in the comparison to the threshold;</li>
     *   <li>{@linkplain Trigger.AllOf all-of} holds when every condition holds, with the evidence of
     *       all; {@linkplain Trigger.AnyOf any-of} when one does, with the evidence of those that
     *       hold.</li>
     * </ul>
     * Phases in periods are the given phases. A condition whose data is absent does not hold. A
     * condition naming a metric, task or material the facts do not know, or a phase the campaign
     * does not have, does not hold and is reported as a violation (path from the register, e.g.
     * {@code entries[2].trigger.conditions[0].metric}); the other risks are evaluated all the same.
     * The result depends on nothing but the arguments.
     *
     * @param phases the campaign's phases, as its profile gives them
     * @param facts  what the campaign records
     * @param clock  the clock "now" is read from, in the zone that decides the day
     * @return the risks that fire, with evidence, and the violations found
     */
    public TriggerEvaluation evaluate(List<Phase> phases, TriggerFacts facts, Clock clock) {
        Checks.list(phases, "phases");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(clock, "clock");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        TriggerEvaluator evaluator = TriggerEvaluator.at(phases, facts, readings, now, today);
        List<Firing> firings = new ArrayList<>();
        io.vavr.collection.List<Violation> violations = io.vavr.collection.List.empty();
        for (int i = 0; i < entries.size(); i++) {
            Risk risk = entries.get(i);
            if (risk.trigger().isEmpty() || !risk.status().isArmed()) {
                continue;
            }
            TriggerEvaluator.Outcome outcome = evaluator.evaluate(risk.trigger().get(),
                    RulePaths.join(RulePaths.indexed("entries", i), "trigger"));
            violations = violations.appendAll(outcome.violations);
            if (outcome.holds) {
                firings.add(new Firing(risk.id(), outcome.evidence));
            }
        }
        return new TriggerEvaluation(now, today, firings, violations);
    }

    /**
     * Applies an evaluation: every risk that fired moves to {@link RiskStatus#TRIGGERED}, its change
     * carrying the evidence, and raises an alert with its owner and measures.
     *
     * @param evaluation the evaluation, normally of this register
     * @param by         who records the firing (a person, or the member id a monitoring job runs as)
     * @param at         when it is recorded
     * @return the changed register and the alerts, or a refusal when nothing fired, a firing names a
     *         risk this register does not have, or a risk is no longer armed
     */
    public Either<Refusal, Fired> fire(TriggerEvaluation evaluation, MemberId by, Instant at) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        io.vavr.collection.List<Violation> found = io.vavr.collection.List.empty();
        if (evaluation.firings().isEmpty()) {
            found = found.append(Violation.of(RiskViolation.FIRE_NOTHING, "", evaluation.day()));
        }
        List<Risk> next = new ArrayList<>(entries);
        List<RiskAlert> alerts = new ArrayList<>();
        for (Firing firing : evaluation.firings()) {
            int index = indexOf(firing.risk());
            if (index < 0) {
                found = found.append(Violation.of(RiskViolation.RISK_UNKNOWN, "entries", firing.risk().value()));
                continue;
            }
            Risk risk = entries.get(index);
            if (!risk.status().canMoveTo(RiskStatus.TRIGGERED)) {
                found = found.append(Violation.of(RiskViolation.STATUS_MOVE_REFUSED, RulePaths.indexed("entries", index),
                        risk.id().value(), risk.status(), RiskStatus.TRIGGERED));
                continue;
            }
            RiskStatusChange change = new RiskStatusChange(risk.status(), RiskStatus.TRIGGERED, at, by,
                    Optional.empty(), firing.evidence());
            Risk triggered = risk.withChange(change);
            next.set(index, triggered);
            alerts.add(alert(triggered, change));
        }
        if (!found.isEmpty()) {
            return Either.left(Refusal.of(found));
        }
        alerts.sort(Comparator.comparingInt(a -> indexOf(a.risk())));
        return Either.right(new Fired(new RiskRegister(next, matrix, readings), alerts));
    }

    /**
     * Records a change of a risk's status by hand: the owner starts monitoring it, notices its
     * condition himself, reports it mitigated, closes it.
     *
     * @param id   the risk
     * @param to   the new status
     * @param by   who records it
     * @param at   when
     * @param note a note; required, and not blank, when the risk leaves {@code TRIGGERED}: it says
     *             how the risk was resolved
     * @return the changed register, or a refusal naming every reason (unknown risk, a move the
     *         status does not allow, a missing resolution note)
     */
    public Either<Refusal, RiskRegister> changeStatus(RiskId id, RiskStatus to, MemberId by, Instant at,
                                                      Optional<String> note) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
        int index = indexOf(id);
        if (index < 0) {
            return Either.left(Refusal.of(Violation.of(RiskViolation.RISK_UNKNOWN, "entries", id.value())));
        }
        Risk risk = entries.get(index);
        String path = RulePaths.indexed("entries", index);
        io.vavr.collection.List<Violation> found = io.vavr.collection.List.empty();
        if (!risk.status().canMoveTo(to)) {
            found = found.append(Violation.of(RiskViolation.STATUS_MOVE_REFUSED, path, id.value(), risk.status(), to));
        }
        if (risk.status() == RiskStatus.TRIGGERED && note.filter(n -> !n.isBlank()).isEmpty()) {
            found = found.append(Violation.of(RiskViolation.STATUS_NOTE_REQUIRED, path, id.value(), to));
        }
        if (!found.isEmpty()) {
            return Either.left(Refusal.of(found));
        }
        return Either.right(with(risk.withChange(new RiskStatusChange(risk.status(), to, at, by, note, List.of()))));
    }

    /**
     * The alerts of the risks that are triggered now, each from the change that triggered it: what
     * owners still have to answer.
     *
     * @return the open alerts, in register order
     */
    public List<RiskAlert> openAlerts() {
        return entries.stream().filter(r -> r.status() == RiskStatus.TRIGGERED)
                .map(r -> alert(r, r.lastChange().orElseThrow()))
                .collect(Collectors.toUnmodifiableList());
    }

    private RiskAlert alert(Risk risk, RiskStatusChange change) {
        return new RiskAlert(risk.id(), risk.scenario(), risk.category(), levelOf(risk), risk.owner(), risk.measures(),
                change.at(), change.evidence());
    }

    private int indexOf(RiskId id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** What a revision from this register to the next rewrites: histories, removed risks, readings. */
    Seq<Violation> unchangedHistoryIn(RiskRegister next) {
        io.vavr.collection.List<Violation> found = io.vavr.collection.List.empty();
        for (Risk before : entries) {
            int index = next.indexOf(before.id());
            if (index < 0) {
                if (!before.changes().isEmpty()) {
                    found = found.append(Violation.of(RiskViolation.REVISION_RISK_REMOVED, "entries",
                            before.id().value(), before.status()));
                }
            } else if (!next.entries.get(index).changes().equals(before.changes())) {
                found = found.append(Violation.of(RiskViolation.REVISION_HISTORY_CHANGED,
                        RulePaths.join(RulePaths.indexed("entries", index), "changes"), before.id().value()));
            }
        }
        for (int i = 0; i < next.entries.size(); i++) {
            Risk after = next.entries.get(i);
            if (indexOf(after.id()) < 0 && !after.changes().isEmpty()) {
                found = found.append(Violation.of(RiskViolation.REVISION_NEW_WITH_HISTORY,
                        RulePaths.join(RulePaths.indexed("entries", i), "changes"), after.id().value()));
            }
        }
        boolean kept = next.readings.size() >= readings.size()
                && next.readings.subList(0, readings.size()).equals(readings);
        if (!kept) {
            found = found.append(Violation.of(RiskViolation.REVISION_READINGS_REWRITTEN, "readings",
                    readings.size()));
        }
        return found;
    }

    /**
     * This register as the skeleton of the next campaign: the same risks (scenario, category,
     * likelihood, impact, measures, owner) on the same matrix. Stripped: every status change (each
     * risk is {@link RiskStatus#IDENTIFIED} again), the review dates, the recorded readings (the
     * actuals), and every trigger that names a calendar date (a metric on a date or between dates,
     * a task or material due by a date, a reading about a date), since the next campaign has its
     * own dates; triggers tied to phases ({@code 预热期首日曝光量 < 50万}) are kept.
     *
     * @return the template
     */
    public RiskRegister template() {
        List<Risk> kept = new ArrayList<>();
        for (Risk risk : entries) {
            kept.add(risk.toBuilder().changes(List.of()).reviewOn(Optional.empty())
                    .trigger(risk.trigger().filter(t -> !Triggers.namesDate(t))).build());
        }
        return new RiskRegister(kept, matrix, List.of());
    }
}
