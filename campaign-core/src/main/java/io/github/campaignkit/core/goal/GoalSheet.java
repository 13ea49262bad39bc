package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A campaign's goals (营销活动目标拆解表) with what hangs on them: the strategic objectives they
 * serve, the catalogue of metrics they (and the KPI dashboard) are measured by, the departments'
 * signatures on the goal confirmation (活动目标确认书), and the actuals the evaluation
 * (活动效果评估表) records at the end.
 *
 * <p>The goals form a decomposition objective → dimension → metric: each goal names the
 * {@linkplain Goal#objective() objective} it serves, its {@linkplain Goal#dimension() dimension}
 * and its {@linkplain Goal#metric() metric}. The sheet is an immutable value; the {@code with…}
 * methods return changed copies. Rules over it are in {@link GoalRules}; paths are relative to
 * the sheet ({@code goals[2].deadline}).
 *
 * @param objectives the strategic objectives, in the order they are listed
 * @param metrics    the campaign's metric catalogue, shared with the KPI dashboard
 * @param goals      the goals, in the order of the breakdown
 * @param signOffs   the latest signature of each department that signed, in the order signed
 * @param results    the actuals recorded for evaluation
 */
@Value.Builder
public record GoalSheet(List<Objective> objectives, List<Metric> metrics, List<Goal> goals, List<SignOff> signOffs,
                        List<GoalResult> results) {

    private static final GoalSheet EMPTY = new GoalSheet(List.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a list or an element is null, naming it
     */
    public GoalSheet {
        objectives = Checks.list(objectives, "objectives");
        metrics = Checks.list(metrics, "metrics");
        goals = Checks.list(goals, "goals");
        signOffs = Checks.list(signOffs, "signOffs");
        results = Checks.list(results, "results");
    }

    /**
     * The sheet of a campaign just planned: nothing on it yet.
     *
     * @return the empty sheet
     */
    public static GoalSheet empty() {
        return EMPTY;
    }

    /**
     * A builder for a sheet.
     *
     * @return a new builder, every list empty
     */
    public static GoalSheetBuilder builder() {
        return new GoalSheetBuilder();
    }

    /**
     * A builder that starts from this sheet.
     *
     * @return a builder holding every component of this sheet
     */
    public GoalSheetBuilder toBuilder() {
        return new GoalSheetBuilder().from(this);
    }

    /**
     * This sheet with an objective added, or replacing the one with the same id.
     *
     * @param objective the objective
     * @return a copy
     */
    public GoalSheet withObjective(Objective objective) {
        return toBuilder().objectives(put(objectives, objective, Objective::id)).build();
    }

    /**
     * This sheet with a metric added to the catalogue, or replacing the one with the same id.
     *
     * @param metric the metric
     * @return a copy
     */
    public GoalSheet withMetric(Metric metric) {
        return toBuilder().metrics(put(metrics, metric, Metric::id)).build();
    }

    /**
     * This sheet with a goal added at the end, or replacing the one with the same id in its place.
     * Replacing a goal by a different one voids every signature on it.
     *
     * @param goal the goal
     * @return a copy
     */
    public GoalSheet withGoal(Goal goal) {
        return toBuilder().goals(put(goals, goal, Goal::id)).build();
    }

    /**
     * This sheet without the goal of the given id (and without its result).
     *
     * @param id the goal's id
     * @return a copy, the same sheet when there is no such goal
     */
    public GoalSheet withoutGoal(GoalId id) {
        Objects.requireNonNull(id, "id");
        List<Goal> kept = new ArrayList<>(goals);
        kept.removeIf(g -> g.id().equals(id));
        List<GoalResult> keptResults = new ArrayList<>(results);
        keptResults.removeIf(r -> r.goal().equals(id));
        return toBuilder().goals(kept).results(keptResults).build();
    }

    /**
     * This sheet with a goal's actual recorded, replacing an earlier result of the same goal.
     *
     * @param result the result
     * @return a copy
     */
    public GoalSheet withResult(GoalResult result) {
        return toBuilder().results(put(results, result, GoalResult::goal)).build();
    }

    /**
     * This sheet signed by a department: its signature covers the goals as they are now and
     * replaces the department's earlier signature, if any.
     *
     * @param department the department signing
     * @param signer     who signs for it
     * @param at         when
     * @return a copy
     */
    public GoalSheet sign(Department department, MemberId signer, Instant at) {
        SignOff signOff = new SignOff(department, signer, at, goals);
        List<SignOff> next = new ArrayList<>(signOffs);
        next.removeIf(s -> s.department().equals(department));
        next.add(signOff);
        return toBuilder().signOffs(next).build();
    }

    /**
     * The goal with the given id.
     *
     * @param id the id
     * @return the first goal with that id
     */
    public Optional<Goal> goal(GoalId id) {
        Objects.requireNonNull(id, "id");
        return goals.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /**
     * The metric of the catalogue with the given id.
     *
     * @param id the id
     * @return the first metric with that id
     */
    public Optional<Metric> metric(MetricId id) {
        Objects.requireNonNull(id, "id");
        return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The objective with the given id.
     *
     * @param id the id
     * @return the first objective with that id
     */
    public Optional<Objective> objective(ObjectiveId id) {
        Objects.requireNonNull(id, "id");
        return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * The result recorded for a goal.
     *
     * @param id the goal's id
     * @return the first result for it
     */
    public Optional<GoalResult> result(GoalId id) {
        Objects.requireNonNull(id, "id");
        return results.stream().filter(r -> r.goal().equals(id)).findFirst();
    }

    /**
     * The latest signature of a department.
     *
     * @param department the department
     * @return its signature, which may no longer cover every goal
     */
    public Optional<SignOff> signOff(Department department) {
        Objects.requireNonNull(department, "department");
        return signOffs.stream().filter(s -> s.department().equals(department)).findFirst();
    }

    /**
     * Whether a department's signature covers every goal as it is now. A sheet without goals is
     * signed by nobody.
     *
     * @param department the department
     * @return true if it signed and no goal changed or was added since
     */
    public boolean isSignedBy(Department department) {
        Optional<SignOff> signOff = signOff(department);
        return !goals.isEmpty() && signOff.isPresent() && goals.stream().allMatch(signOff.get()::covers);
    }

    /**
     * The departments whose signature still covers a goal.
     *
     * @param goal the goal as it is now
     * @return the departments, in the order they signed
     */
    public List<Department> signaturesOn(Goal goal) {
        Objects.requireNonNull(goal, "goal");
        List<Department> found = new ArrayList<>();
        for (SignOff s : signOffs) {
            if (s.covers(goal)) {
                found.add(s.department());
            }
        }
        return List.copyOf(found);
    }

    /**
     * The goals of one objective, in the order of the breakdown.
     *
     * @param objective the objective's id
     * @return its goals
     */
    public List<Goal> goalsOf(ObjectiveId objective) {
        Objects.requireNonNull(objective, "objective");
        return goals.stream().filter(g -> g.objective().filter(objective::equals).isPresent())
                .collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    /**
     * The evaluation (活动效果评估表): each goal's target against its actual, with the achievement
     * rate, whether the target is met, the analysis and the owner.
     *
     * @return the evaluation, with what makes it incomplete among its findings
     */
    public Evaluation evaluate() {
        return Evaluation.of(this);
    }

    private static <T, K> List<T> put(List<T> list, T element, Function<T, K> key) {
        Objects.requireNonNull(element, "element");
        List<T> next = new ArrayList<>(list);
        K k = key.apply(element);
        for (int i = 0; i < next.size(); i++) {
            if (key.apply(next.get(i)).equals(k)) {
                next.set(i, element);
                return next;
            }
        }
        next.add(element);
        return next;
    }

    /**
     * This sheet as the skeleton of the next campaign: the same objectives, metric catalogue and
     * goals (dimension, description, metric, target, baseline, data source, owner, priority,
     * notes, and a deadline in working days after the end, which follows the next campaign's end).
     * Stripped: each goal's deadline day, every signature (the next campaign's goals
     * are signed again) and every result (the actuals).
     *
     * @return the template
     */
    public GoalSheet template() {
        List<Goal> undated = new ArrayList<>();
        for (Goal goal : goals) {
            undated.add(goal.toBuilder().deadline(Optional.empty()).build());
        }
        return new GoalSheet(objectives, metrics, undated, List.of(), List.of());
    }
}
