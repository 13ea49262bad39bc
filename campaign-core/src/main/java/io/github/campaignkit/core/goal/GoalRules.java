package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.Department;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules over a {@link GoalSheet}: its structure, the SMART check with one rule per letter, the
 * departments' signatures and the recorded results. Every rule collects all it finds; paths are
 * relative to the sheet ({@code goals[2].deadline}).
 *
 * <p>The SMART check, letter by letter:
 * <ul>
 *   <li><b>S</b>pecific ({@link #specific()}): the goal is described, a custom dimension is named,
 *       the metric is in the catalogue (whose metrics {@link #structure()} requires to be named);</li>
 *   <li><b>M</b>easurable ({@link #measurable()}): a target is set, a range is not inverted, the
 *       target's level is positive (a zero target makes achievement undefined), a count target is
 *       whole, an uplift has a baseline; a missing data source or a target against the metric's
 *       direction is a warning;</li>
 *   <li><b>A</b>chievable ({@link #achievable(SmartPolicy)}): an uplift beyond the policy's bound,
 *       or a target further from the baseline than that bound, is a warning — ambition is not an
 *       error;</li>
 *   <li><b>R</b>elevant ({@link #relevant()}): the goal serves an objective of the sheet;</li>
 *   <li><b>T</b>ime-bound ({@link #timeBound(DateRange, SmartPolicy)}): a deadline is set, not
 *       before the campaign's first day and not more working days after its last day than the
 *       policy allows, counted on the policy's calendar (the campaign's), which also turns a
 *       deadline of working days after the end into a day. The campaign's window is a parameter,
 *       so the rule needs no campaign.</li>
 * </ul>
 */
public final class GoalRules {

    private static final Rule<GoalSheet> STRUCTURE = GoalRules::checkStructure;
    private static final Rule<GoalSheet> SPECIFIC = GoalRules::checkSpecific;
    private static final Rule<GoalSheet> MEASURABLE = GoalRules::checkMeasurable;
    private static final Rule<GoalSheet> RELEVANT = GoalRules::checkRelevant;
    private static final Rule<GoalSheet> NOT_EMPTY = sheet -> sheet.goals().isEmpty()
            ? List.of(Violation.of(GoalViolation.NONE, "goals")) : List.empty();
    private static final Rule<GoalSheet> RESULTS = results(Map.of());

    private GoalRules() {
    }

    /**
     * At least one goal is set.
     *
     * @return the rule, raising {@link GoalViolation#NONE}
     */
    public static Rule<GoalSheet> notEmpty() {
        return NOT_EMPTY;
    }

    /**
     * The sheet hangs together: goal, objective and metric ids are unique, objectives are stated,
     * metrics are named, and a rate metric's numerator and denominator are counts or amounts of
     * the catalogue.
     *
     * @return the rule
     */
    public static Rule<GoalSheet> structure() {
        return STRUCTURE;
    }

    /**
     * S: every goal is described, its custom dimension named, its metric in the catalogue.
     *
     * @return the rule
     */
    public static Rule<GoalSheet> specific() {
        return SPECIFIC;
    }

    /**
     * M: every goal has a usable numeric target in its metric's unit and a data source.
     *
     * @return the rule
     */
    public static Rule<GoalSheet> measurable() {
        return MEASURABLE;
    }

    /**
     * A: no goal reaches further beyond its baseline than the policy allows; warnings only.
     *
     * @param policy the bound
     * @return the rule
     */
    public static Rule<GoalSheet> achievable(SmartPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return sheet -> checkAchievable(sheet, policy);
    }

    /**
     * R: every goal serves an objective of the sheet.
     *
     * @return the rule
     */
    public static Rule<GoalSheet> relevant() {
        return RELEVANT;
    }

    /**
     * T: every goal has a deadline inside the campaign's window or within the policy's working
     * days after it ({@code goal.time-bound.too-late} names the latest day allowed). A deadline
     * given in working days after the end is measured as the day it falls on; a day the policy's
     * calendar does not cover is reported ({@code schedule.value.uncovered}) at the goal's path.
     *
     * @param window the campaign's window
     * @param policy how many working days after the window a deadline may fall, and on which calendar
     * @return the rule
     */
    public static Rule<GoalSheet> timeBound(DateRange window, SmartPolicy policy) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(policy, "policy");
        return sheet -> checkTimeBound(sheet, window, policy);
    }

    /**
     * The whole SMART check: {@link #structure()}, then the five letters in order.
     *
     * @param window the campaign's window
     * @param policy the bounds
     * @return the rule
     */
    public static Rule<GoalSheet> smart(DateRange window, SmartPolicy policy) {
        return Rule.all(structure(), specific(), measurable(), achievable(policy), relevant(),
                timeBound(window, policy));
    }

    /**
     * Every given department's signature covers every goal as it is now: a department that never
     * signed is reported once ({@link GoalViolation#SIGNOFF_MISSING}); for one that did, every goal
     * changed since ({@link GoalViolation#SIGNOFF_VOID}) or added since
     * ({@link GoalViolation#SIGNOFF_NOT_COVERED}) is reported at the goal.
     *
     * @param departments the departments that must sign, typically the campaign's participating
     *                    departments
     * @return the rule
     */
    public static Rule<GoalSheet> signedBy(java.util.List<Department> departments) {
        java.util.List<Department> required = java.util.List.copyOf(departments);
        return sheet -> checkSigned(sheet, required);
    }

    /**
     * Every goal has a recorded actual; every result names a goal of the sheet, once; an unmet goal
     * has an analysis (a warning). See {@link #results(Map)} for the actuals a campaign's data give.
     *
     * @return the rule
     */
    public static Rule<GoalSheet> results() {
        return RESULTS;
    }

    /**
     * Every goal has an actual, recorded or given by the campaign's data; a recorded actual agrees
     * with the data's ({@link GoalViolation#RESULT_DISAGREES}, naming both); every result names a
     * goal of the sheet, once; an unmet goal has an analysis (a warning).
     *
     * @param measured the actuals the campaign's data give, by metric: the dashboard's totals and
     *                 computed returns on investment
     * @return the rule
     */
    public static Rule<GoalSheet> results(Map<MetricId, Actual> measured) {
        Map<MetricId, Actual> copy = Map.copyOf(measured);
        return sheet -> checkResults(sheet, copy);
    }

    private static Seq<Violation> checkStructure(GoalSheet sheet) {
        List<Violation> found = List.empty();
        Set<ObjectiveId> objectives = new HashSet<>();
        for (int i = 0; i < sheet.objectives().size(); i++) {
            Objective o = sheet.objectives().get(i);
            String path = RulePaths.indexed("objectives", i);
            if (!objectives.add(o.id())) {
                found = found.append(Violation.of(GoalViolation.OBJECTIVE_DUPLICATE, path + ".id", o.id().value()));
            }
            if (o.statement().isBlank()) {
                found = found.append(Violation.of(GoalViolation.OBJECTIVE_BLANK, path + ".statement", o.id().value()));
            }
        }
        Map<MetricId, Metric> metrics = new HashMap<>();
        for (int i = 0; i < sheet.metrics().size(); i++) {
            Metric m = sheet.metrics().get(i);
            if (metrics.putIfAbsent(m.id(), m) != null) {
                found = found.append(Violation.of(GoalViolation.METRIC_DUPLICATE, RulePaths.indexed("metrics", i) + ".id",
                        m.id().value()));
            }
        }
        for (int i = 0; i < sheet.metrics().size(); i++) {
            Metric m = sheet.metrics().get(i);
            String path = RulePaths.indexed("metrics", i);
            if (m.name().isBlank()) {
                found = found.append(Violation.of(GoalViolation.METRIC_NAME_BLANK, path + ".name", m.id().value()));
            }
            if (m.rate().isPresent()) {
                found = found.appendAll(ratePart(metrics, m, m.rate().get().numerator(), path + ".rate.numerator"));
                found = found.appendAll(ratePart(metrics, m, m.rate().get().denominator(), path + ".rate.denominator"));
            }
            if (m.revenue().isPresent()) {
                Metric revenue = metrics.get(m.revenue().get());
                if (revenue == null || revenue.unit().kind() != UnitKind.CURRENCY) {
                    found = found.append(Violation.of(GoalViolation.METRIC_REVENUE_NOT_MONEY, path + ".revenue", m.id(),
                            m.revenue().get()));
                }
            }
        }
        Set<GoalId> goals = new HashSet<>();
        for (int i = 0; i < sheet.goals().size(); i++) {
            Goal g = sheet.goals().get(i);
            if (!goals.add(g.id())) {
                found = found.append(Violation.of(GoalViolation.ID_DUPLICATE, RulePaths.indexed("goals", i) + ".id",
                        g.id().value()));
            }
        }
        return found;
    }

    private static Seq<Violation> ratePart(Map<MetricId, Metric> metrics, Metric rate, MetricId part, String path) {
        Metric found = metrics.get(part);
        if (found == null) {
            return List.of(Violation.of(GoalViolation.METRIC_RATE_PART_UNKNOWN, path, rate.id(), part.value()));
        }
        if (found.aggregation() != Aggregation.SUM) {
            return List.of(Violation.of(GoalViolation.METRIC_RATE_PART_NOT_ADDITIVE, path, rate.id(),
                    part.value(), found.unit().kind()));
        }
        return List.empty();
    }

    private static Seq<Violation> checkSpecific(GoalSheet sheet) {
        List<Violation> found = List.empty();
        for (int i = 0; i < sheet.goals().size(); i++) {
            Goal g = sheet.goals().get(i);
            String path = RulePaths.indexed("goals", i);
            if (g.description().isBlank()) {
                found = found.append(Violation.of(GoalViolation.SPECIFIC_DESCRIPTION_BLANK, path + ".description",
                        g.id().value()));
            }
            if (g.dimension().name().filter(String::isBlank).isPresent()) {
                found = found.append(Violation.of(GoalViolation.SPECIFIC_DIMENSION_BLANK, path + ".dimension",
                        g.id().value()));
            }
            if (sheet.metric(g.metric()).isEmpty()) {
                found = found.append(Violation.of(GoalViolation.SPECIFIC_METRIC_UNKNOWN, path + ".metric",
                        g.id().value(), g.metric().value()));
            }
        }
        return found;
    }

    private static Seq<Violation> checkMeasurable(GoalSheet sheet) {
        List<Violation> found = List.empty();
        for (int i = 0; i < sheet.goals().size(); i++) {
            Goal g = sheet.goals().get(i);
            String path = RulePaths.indexed("goals", i);
            Optional<Metric> metric = sheet.metric(g.metric());
            if (g.dataSource().isBlank()) {
                found = found.append(Violation.of(GoalViolation.MEASURABLE_SOURCE_BLANK, path + ".dataSource",
                        g.id().value()));
            }
            if (g.target().isEmpty()) {
                found = found.append(Violation.of(GoalViolation.MEASURABLE_TARGET_MISSING, path + ".target",
                        g.id().value()));
                continue;
            }
            found = found.appendAll(target(g, g.target().get(), metric, path + ".target"));
        }
        return found;
    }

    private static Seq<Violation> target(Goal g, Target target, Optional<Metric> metric, String path) {
        List<Violation> found = List.empty();
        String id = g.id().value();
        Direction direction = metric.map(Metric::direction).orElse(Direction.HIGHER_IS_BETTER);
        if (target instanceof Target.Between) {
            Target.Between range = (Target.Between) target;
            if (range.min().compareTo(range.max()) > 0) {
                found = found.append(Violation.of(GoalViolation.MEASURABLE_RANGE_INVERTED, path, id, range.min(),
                        range.max()));
            }
        }
        if (target instanceof Target.Uplift && g.baseline().isEmpty()) {
            found = found.append(Violation.of(GoalViolation.MEASURABLE_BASELINE_MISSING, path, id,
                    ((Target.Uplift) target).percent()));
        }
        Optional<BigDecimal> level = target.level(direction, g.baseline());
        if (level.isPresent() && level.get().signum() == 0) {
            found = found.append(Violation.of(GoalViolation.MEASURABLE_TARGET_ZERO, path, id));
        } else if (level.isPresent() && level.get().signum() < 0) {
            found = found.append(Violation.of(GoalViolation.MEASURABLE_TARGET_NEGATIVE, path, id, level.get()));
        }
        if (metric.filter(m -> m.unit().kind() == UnitKind.COUNT).isPresent()) {
            for (BigDecimal value : bounds(target)) {
                if (value.stripTrailingZeros().scale() > 0) {
                    found = found.append(Violation.of(GoalViolation.MEASURABLE_TARGET_FRACTIONAL, path, id, value));
                    break;
                }
            }
        }
        boolean directed = !(target instanceof Target.Between)
                && !(target instanceof Target.Uplift && ((Target.Uplift) target).percent().signum() == 0);
        if (metric.isPresent() && directed && target.direction(direction) != direction) {
            found = found.append(Violation.of(GoalViolation.MEASURABLE_DIRECTION_MISMATCH, path, id, direction));
        }
        return found;
    }

    private static java.util.List<BigDecimal> bounds(Target target) {
        if (target instanceof Target.AtLeast) {
            return java.util.List.of(((Target.AtLeast) target).value());
        }
        if (target instanceof Target.AtMost) {
            return java.util.List.of(((Target.AtMost) target).value());
        }
        if (target instanceof Target.Between) {
            return java.util.List.of(((Target.Between) target).min(), ((Target.Between) target).max());
        }
        return java.util.List.of();
    }

    private static Seq<Violation> checkAchievable(GoalSheet sheet, SmartPolicy policy) {
        List<Violation> found = List.empty();
        BigDecimal bound = policy.maxUpliftPercent();
        for (int i = 0; i < sheet.goals().size(); i++) {
            Goal g = sheet.goals().get(i);
            String path = RulePaths.indexed("goals", i) + ".target";
            if (g.target().isEmpty()) {
                continue;
            }
            Target target = g.target().get();
            if (target instanceof Target.Uplift) {
                BigDecimal percent = ((Target.Uplift) target).percent();
                if (percent.abs().compareTo(bound) > 0) {
                    found = found.append(Violation.of(GoalViolation.ACHIEVABLE_UPLIFT_TOO_HIGH, path, g.id().value(),
                            percent, bound));
                }
                continue;
            }
            if (g.baseline().isEmpty() || g.baseline().get().signum() <= 0) {
                continue;
            }
            BigDecimal baseline = g.baseline().get();
            Direction direction = sheet.metric(g.metric()).map(Metric::direction).orElse(Direction.HIGHER_IS_BETTER);
            BigDecimal level = target.level(direction, g.baseline()).orElseThrow();
            // compared unrounded: 50.04% is beyond a 50% bound although it displays as 50.0%
            if (Percentages.compare(level.subtract(baseline).abs(), baseline, bound) > 0) {
                BigDecimal uplift = Percentages.of(level.subtract(baseline), baseline, 1);
                found = found.append(Violation.of(GoalViolation.ACHIEVABLE_FAR_BEYOND_BASELINE, path, g.id().value(),
                        level, baseline, uplift, bound));
            }
        }
        return found;
    }

    private static Seq<Violation> checkRelevant(GoalSheet sheet) {
        List<Violation> found = List.empty();
        for (int i = 0; i < sheet.goals().size(); i++) {
            Goal g = sheet.goals().get(i);
            String path = RulePaths.indexed("goals", i) + ".objective";
            if (g.objective().isEmpty()) {
                found = found.append(Violation.of(GoalViolation.RELEVANT_OBJECTIVE_MISSING, path, g.id().value()));
            } else if (sheet.objective(g.objective().get()).isEmpty()) {
                found = found.append(Violation.of(GoalViolation.RELEVANT_OBJECTIVE_UNKNOWN, path, g.id().value(),
                        g.objective().get().value()));
            }
        }
        return found;
    }

    private static Seq<Violation> checkTimeBound(GoalSheet sheet, DateRange window, SmartPolicy policy) {
        List<Violation> found = List.empty();
        WorkingCalendar calendar = policy.countingCalendar();
        LocalDate latest;
        try {
            latest = calendar.plusWorkingDays(window.end(), policy.deadlineWorkingDays());
        } catch (InvalidValueException uncovered) {
            return List.of(at(uncovered.violation(), "window"));
        }
        for (int i = 0; i < sheet.goals().size(); i++) {
            Goal g = sheet.goals().get(i);
            String path = RulePaths.indexed("goals", i) + (g.deadline().isEmpty() && g.deadlineWorkingDaysAfterEnd().isPresent()
                    ? ".deadlineWorkingDaysAfterEnd" : ".deadline");
            Optional<LocalDate> deadline;
            try {
                deadline = g.deadlineOn(window, calendar);
            } catch (InvalidValueException uncovered) {
                found = found.append(at(uncovered.violation(), path));
                continue;
            }
            if (deadline.isEmpty()) {
                found = found.append(Violation.of(GoalViolation.TIME_BOUND_DEADLINE_MISSING, path, g.id().value()));
            } else if (deadline.get().isBefore(window.start())) {
                found = found.append(Violation.of(GoalViolation.TIME_BOUND_BEFORE_START, path, g.id().value(),
                        deadline.get().toString(), window.start().toString()));
            } else if (deadline.get().isAfter(latest)) {
                found = found.append(Violation.of(GoalViolation.TIME_BOUND_TOO_LATE, path, g.id().value(),
                        deadline.get().toString(), window.end().toString(), latest.toString(),
                        policy.deadlineWorkingDays()));
            }
        }
        return found;
    }

    /** A refusal of the calendar's, placed at the path of what asked it. */
    private static Violation at(Violation refusal, String path) {
        return new Violation(refusal.code(), refusal.severity(), path, refusal.arguments());
    }

    private static Seq<Violation> checkSigned(GoalSheet sheet, java.util.List<Department> departments) {
        List<Violation> found = List.empty();
        if (sheet.goals().isEmpty()) {
            return found;
        }
        for (Department department : departments) {
            Optional<SignOff> signOff = sheet.signOff(department);
            if (signOff.isEmpty()) {
                found = found.append(Violation.of(GoalViolation.SIGNOFF_MISSING, "signOffs", department.name()));
                continue;
            }
            for (int i = 0; i < sheet.goals().size(); i++) {
                Goal g = sheet.goals().get(i);
                if (signOff.get().covers(g)) {
                    continue;
                }
                boolean signedBefore = signOff.get().goals().stream().anyMatch(s -> s.id().equals(g.id()));
                found = found.append(Violation.of(signedBefore ? GoalViolation.SIGNOFF_VOID
                                : GoalViolation.SIGNOFF_NOT_COVERED, RulePaths.indexed("goals", i), g.id().value(),
                        department.name(), signOff.get().signer()));
            }
        }
        return found;
    }

    static Seq<Violation> checkResults(GoalSheet sheet, Map<MetricId, Actual> measured) {
        List<Violation> found = List.empty();
        for (int i = 0; i < sheet.goals().size(); i++) {
            Goal g = sheet.goals().get(i);
            Optional<GoalResult> result = sheet.result(g.id());
            Actual data = measured.get(g.metric());
            if (data == null && result.flatMap(GoalResult::actual).isEmpty()) {
                found = found.append(Violation.of(GoalViolation.RESULT_MISSING, RulePaths.indexed("goals", i), g.id()));
            } else if (data != null && result.isEmpty() && isUnmet(sheet, g, data.value())) {
                found = found.append(Violation.of(GoalViolation.RESULT_ANALYSIS_MISSING, RulePaths.indexed("goals", i),
                        g.id(), data.value()));
            }
        }
        Set<GoalId> seen = new HashSet<>();
        for (int j = 0; j < sheet.results().size(); j++) {
            GoalResult r = sheet.results().get(j);
            String path = RulePaths.indexed("results", j);
            Optional<Goal> goal = sheet.goal(r.goal());
            if (goal.isEmpty()) {
                found = found.append(Violation.of(GoalViolation.RESULT_UNKNOWN_GOAL, path + ".goal", r.goal()));
                continue;
            }
            if (!seen.add(r.goal())) {
                found = found.append(Violation.of(GoalViolation.RESULT_DUPLICATE, path + ".goal", r.goal()));
                continue;
            }
            Actual data = measured.get(goal.get().metric());
            if (data != null && r.actual().isPresent() && r.actual().get().compareTo(data.value()) != 0) {
                found = found.append(Violation.of(GoalViolation.RESULT_DISAGREES, path + ".actual", r.goal(),
                        r.actual().get(), data.value(), data.source()));
            }
            Optional<BigDecimal> actual = data != null ? Optional.of(data.value()) : r.actual();
            if (actual.isPresent() && r.analysis().isBlank() && isUnmet(sheet, goal.get(), actual.get())) {
                found = found.append(Violation.of(GoalViolation.RESULT_ANALYSIS_MISSING, path + ".analysis",
                        r.goal(), actual.get()));
            }
        }
        return found;
    }

    private static boolean isUnmet(GoalSheet sheet, Goal goal, BigDecimal actual) {
        Optional<Metric> metric = sheet.metric(goal.metric());
        return goal.target().isPresent() && metric.isPresent()
                && goal.target().get().attainment(actual, metric.get().direction(), goal.baseline()) == Attainment.NOT_MET;
    }
}
