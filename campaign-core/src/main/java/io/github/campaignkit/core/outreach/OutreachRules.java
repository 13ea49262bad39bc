package io.github.campaignkit.core.outreach;

import io.github.campaignkit.core.goal.Goal;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules over an {@link OutreachPlan}. Each returns every violation it finds, with paths
 * relative to the plan ({@code matrix[2].metrics[0]}, {@code creative[1].due}).
 */
public final class OutreachRules {

    private static final Rule<OutreachPlan> PLANNED = plan -> plan.matrix().isEmpty()
            ? List.of(Violation.of(OutreachViolation.MATRIX_EMPTY, "matrix")) : List.empty();

    private OutreachRules() {
    }

    /**
     * The channel matrix has at least one row ({@code outreach.matrix.empty}).
     *
     * @return the rule
     */
    public static Rule<OutreachPlan> planned() {
        return PLANNED;
    }

    /**
     * The channel matrix reaches every goal and every channel serves a KPI: every goal's metric is
     * served by at least one row ({@code outreach.goal.unserved} at {@code matrix}, naming the
     * goal); every row serves at least one metric ({@code outreach.channel.no-kpi} at
     * {@code matrix[1].metrics}), each in the goal sheet's catalogue
     * ({@code outreach.channel.unknown-metric} at {@code matrix[1].metrics[0]}); every row names its
     * content form; every row has a timing ({@code outreach.channel.timing-missing}) inside its
     * phase when the campaign plans that phase ({@code outreach.channel.outside-phase}), inside the
     * window otherwise ({@code outreach.channel.outside-window}).
     *
     * @param goals  the goal sheet: its goals and its metric catalogue
     * @param window the campaign window
     * @param phases the campaign's phases
     * @return the rule
     */
    public static Rule<OutreachPlan> matrix(GoalSheet goals, DateRange window, java.util.List<Phase> phases) {
        Objects.requireNonNull(goals, "goals");
        Objects.requireNonNull(window, "window");
        java.util.List<Phase> phaseList = Checks.list(phases, "phases");
        return plan -> matrixProblems(plan, goals, window, phaseList);
    }

    /**
     * The creative plan is complete and due during preparation: every item has a design point and
     * content ({@code outreach.creative.blank}) and a due date ({@code outreach.creative.due-missing})
     * before the day the campaign opens ({@code outreach.creative.due-late}) and, when preparation's
     * first day is known, not before it ({@code outreach.creative.due-early}); a module without an
     * item is a warning ({@code outreach.creative.module-missing}). An empty creative plan passes.
     *
     * @param preparationStart the first day of preparation, if known (for example the schedule's
     *                         start)
     * @param opening          the first day of the campaign window
     * @return the rule
     */
    public static Rule<OutreachPlan> creative(Optional<LocalDate> preparationStart, LocalDate opening) {
        Checks.optional(preparationStart, "preparationStart");
        Objects.requireNonNull(opening, "opening");
        Optional<LocalDate> first = preparationStart.filter(d -> d.isBefore(opening));
        return plan -> creativeProblems(plan, first, opening);
    }

    /**
     * Whether every goal's metric is served by at least one row.
     *
     * @param plan  the plan
     * @param goals the goal sheet
     * @return true when the matrix reaches every goal
     */
    public static boolean servesEveryGoal(OutreachPlan plan, GoalSheet goals) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(goals, "goals");
        return goals.goals().stream().allMatch(g -> !plan.serving(g.metric()).isEmpty());
    }

    private static Seq<Violation> matrixProblems(OutreachPlan plan, GoalSheet goals, DateRange window,
                                                 java.util.List<Phase> phases) {
        List<Violation> found = List.empty();
        for (Goal goal : goals.goals()) {
            if (plan.serving(goal.metric()).isEmpty()) {
                found = found.append(Violation.of(OutreachViolation.GOAL_UNSERVED, "matrix", goal.id().value(),
                        goal.metric().value()));
            }
        }
        for (int i = 0; i < plan.matrix().size(); i++) {
            ChannelRow row = plan.matrix().get(i);
            String path = RulePaths.indexed("matrix", i);
            String channel = row.channel().name();
            if (row.metrics().isEmpty()) {
                found = found.append(Violation.of(OutreachViolation.CHANNEL_NO_KPI, path + ".metrics", channel));
            }
            for (int j = 0; j < row.metrics().size(); j++) {
                MetricId metric = row.metrics().get(j);
                if (goals.metric(metric).isEmpty()) {
                    found = found.append(Violation.of(OutreachViolation.CHANNEL_UNKNOWN_METRIC,
                            RulePaths.join(path, RulePaths.indexed("metrics", j)), channel, metric));
                }
            }
            if (row.contentForm().isBlank()) {
                found = found.append(Violation.of(OutreachViolation.CHANNEL_CONTENT_BLANK, path + ".contentForm",
                        channel));
            }
            if (row.timing().isEmpty()) {
                found = found.append(Violation.of(OutreachViolation.CHANNEL_TIMING_MISSING, path + ".timing",
                        channel));
                continue;
            }
            DateRange timing = row.timing().get();
            Optional<Phase> phase = phases.stream().filter(p -> p.kind() == row.phase()).findFirst();
            if (phase.isPresent()) {
                if (!phase.get().range().contains(timing)) {
                    found = found.append(Violation.of(OutreachViolation.CHANNEL_OUTSIDE_PHASE, path + ".timing",
                            channel, timing.toString(), row.phase(), phase.get().range().toString()));
                }
            } else if (!window.contains(timing)) {
                found = found.append(Violation.of(OutreachViolation.CHANNEL_OUTSIDE_WINDOW, path + ".timing",
                        channel, timing.toString(), window.toString()));
            }
        }
        return found;
    }

    private static Seq<Violation> creativeProblems(OutreachPlan plan, Optional<LocalDate> first, LocalDate opening) {
        List<Violation> found = List.empty();
        Set<CreativeModule> modules = EnumSet.noneOf(CreativeModule.class);
        for (int i = 0; i < plan.creative().size(); i++) {
            CreativeItem item = plan.creative().get(i);
            String path = RulePaths.indexed("creative", i);
            modules.add(item.module());
            if (item.designPoint().isBlank()) {
                found = found.append(Violation.of(OutreachViolation.CREATIVE_BLANK, path + ".designPoint",
                        item.module()));
            }
            if (item.content().isBlank()) {
                found = found.append(Violation.of(OutreachViolation.CREATIVE_BLANK, path + ".content",
                        item.module()));
            }
            if (item.due().isEmpty()) {
                found = found.append(Violation.of(OutreachViolation.CREATIVE_DUE_MISSING, path + ".due",
                        item.module()));
            } else if (!item.due().get().isBefore(opening)) {
                found = found.append(Violation.of(OutreachViolation.CREATIVE_DUE_LATE, path + ".due", item.module(),
                        item.due().get().toString(), opening.toString()));
            } else if (first.isPresent() && item.due().get().isBefore(first.get())) {
                found = found.append(Violation.of(OutreachViolation.CREATIVE_DUE_EARLY, path + ".due", item.module(),
                        item.due().get().toString(), first.get().toString()));
            }
        }
        if (!plan.creative().isEmpty()) {
            for (CreativeModule module : CreativeModule.values()) {
                if (!modules.contains(module)) {
                    found = found.append(Violation.of(OutreachViolation.CREATIVE_MODULE_MISSING, "creative", module));
                }
            }
        }
        return found;
    }
}
