package io.github.campaignkit.core.review;

import io.github.campaignkit.core.goal.EvaluationRow;
import io.github.campaignkit.core.goal.Goal;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of a campaign's {@link Review}: the evaluation report exists, covers every goal and was
 * issued on time; the retrospective exists and is complete, above all every unmet goal has an
 * analysis (未达标项分析) and at least one action item (问题改进清单), and every action item has an
 * owner, a due date and a measurable expected effect.
 *
 * <p>Paths are relative to the review: {@code evaluation.issuedOn},
 * {@code retrospective.actions[1].owner}. Every violation is collected.
 */
public final class ReviewRules {

    private ReviewRules() {
    }

    /**
     * The evaluation report is recorded ({@code review.evaluation.missing}), and was issued after the
     * window's end ({@code review.evaluation.before-end}, a warning) and by the policy's due date
     * ({@code review.evaluation.late}, a warning: a late report is recorded, not refused).
     *
     * @param window the campaign window
     * @param policy when the report is due
     * @return the rule
     */
    public static Rule<Review> evaluation(DateRange window, ReviewPolicy policy) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(policy, "policy");
        LocalDate due = policy.due(window);
        return review -> {
            if (review.evaluation().isEmpty()) {
                return List.of(Violation.of(ReviewViolation.EVALUATION_MISSING, "evaluation"));
            }
            LocalDate issued = review.evaluation().get().issuedOn();
            Seq<Violation> found = List.empty();
            if (!issued.isAfter(window.end())) {
                found = found.append(Violation.of(ReviewViolation.EVALUATION_BEFORE_END, "evaluation.issuedOn",
                        issued, window.end()));
            }
            if (issued.isAfter(due)) {
                found = found.append(Violation.of(ReviewViolation.EVALUATION_LATE, "evaluation.issuedOn", issued,
                        due));
            }
            return found;
        };
    }

    /**
     * Given today's date, the evaluation report is not overdue: when none is recorded and today is
     * after the due date, {@code review.evaluation.overdue} (an error). A recorded report, or a day
     * not yet past the due date, passes. The day comes from the caller's clock; this rule reads none.
     *
     * @param window the campaign window
     * @param policy when the report is due
     * @param today  the day to judge on
     * @return the rule
     */
    public static Rule<Review> overdue(DateRange window, ReviewPolicy policy, LocalDate today) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(today, "today");
        LocalDate due = policy.due(window);
        return review -> review.evaluation().isEmpty() && today.isAfter(due)
                ? List.of(Violation.of(ReviewViolation.EVALUATION_OVERDUE, "evaluation", due, today))
                : List.empty();
    }

    /**
     * Every goal of the sheet has a row in the recorded evaluation report
     * ({@code review.evaluation.goal-missing}, path {@code evaluation.rows}). Passes when no report is
     * recorded (that is {@link #evaluation}'s finding).
     *
     * @param goals the campaign's goals
     * @return the rule
     */
    public static Rule<Review> covers(GoalSheet goals) {
        Objects.requireNonNull(goals, "goals");
        return review -> {
            if (review.evaluation().isEmpty()) {
                return List.empty();
            }
            EvaluationReport report = review.evaluation().get();
            Seq<Violation> found = List.empty();
            for (Goal goal : goals.goals()) {
                if (report.row(goal.id()).isEmpty()) {
                    found = found.append(Violation.of(ReviewViolation.EVALUATION_GOAL_MISSING, "evaluation.rows",
                            goal.id().value()));
                }
            }
            return found;
        };
    }

    /**
     * The retrospective is recorded and complete: an overview; every success, problem, action and
     * kept knowledge described; problems with root causes; ids unique; every action item with an
     * owner, a due date (a warning when before the meeting) and a measurable effect, addressing
     * only problems that exist; every goal the recorded evaluation shows as not met analysed by a
     * problem that names it ({@code review.unmet.not-analysed}, path {@code evaluation.rows[i]}) and
     * that problem addressed by at least one action item ({@code review.unmet.no-action}). No
     * success and no knowledge kept are warnings.
     *
     * @return the rule
     */
    public static Rule<Review> retrospective() {
        return ReviewRules::checkRetrospective;
    }

    /**
     * Everything a review needs before the campaign leaves review: {@link #evaluation},
     * {@link #covers} and {@link #retrospective()}.
     *
     * @param window the campaign window
     * @param policy when the report is due
     * @param goals  the campaign's goals
     * @return the rule
     */
    public static Rule<Review> complete(DateRange window, ReviewPolicy policy, GoalSheet goals) {
        return evaluation(window, policy).and(covers(goals)).and(retrospective());
    }

    private static Seq<Violation> checkRetrospective(Review review) {
        if (review.retrospective().isEmpty()) {
            return List.of(Violation.of(ReviewViolation.RETROSPECTIVE_MISSING, "retrospective"));
        }
        Retrospective retro = review.retrospective().get();
        Seq<Violation> found = List.empty();
        if (retro.overview().isBlank()) {
            found = found.append(Violation.of(ReviewViolation.OVERVIEW_BLANK, "retrospective.overview"));
        }
        if (retro.successes().isEmpty()) {
            found = found.append(Violation.of(ReviewViolation.SUCCESSES_EMPTY, "retrospective.successes"));
        }
        for (int i = 0; i < retro.successes().size(); i++) {
            if (retro.successes().get(i).description().isBlank()) {
                found = found.append(Violation.of(ReviewViolation.SUCCESS_BLANK,
                        at("successes", i, "description")));
            }
        }
        found = found.appendAll(problems(retro, review));
        found = found.appendAll(actions(retro));
        if (retro.knowledge().isEmpty()) {
            found = found.append(Violation.of(ReviewViolation.KNOWLEDGE_EMPTY, "retrospective.knowledge"));
        }
        for (int i = 0; i < retro.knowledge().size(); i++) {
            if (retro.knowledge().get(i).title().isBlank()) {
                found = found.append(Violation.of(ReviewViolation.KNOWLEDGE_TITLE_BLANK,
                        at("knowledge", i, "title")));
            }
        }
        return found.appendAll(unmet(retro, review));
    }

    private static Seq<Violation> problems(Retrospective retro, Review review) {
        Seq<Violation> found = List.empty();
        Set<ProblemId> seen = new HashSet<>();
        for (int i = 0; i < retro.problems().size(); i++) {
            Problem p = retro.problems().get(i);
            if (!seen.add(p.id())) {
                found = found.append(Violation.of(ReviewViolation.PROBLEM_DUPLICATE, at("problems", i, "id"),
                        p.id().value()));
            }
            if (p.description().isBlank()) {
                found = found.append(Violation.of(ReviewViolation.PROBLEM_DESCRIPTION_BLANK,
                        at("problems", i, "description"), p.id().value()));
            }
            if (p.rootCause().isBlank()) {
                found = found.append(Violation.of(ReviewViolation.PROBLEM_ROOT_CAUSE_BLANK,
                        at("problems", i, "rootCause"), p.id().value()));
            }
            if (p.goal().isPresent() && review.evaluation().isPresent()
                    && review.evaluation().get().row(p.goal().get()).isEmpty()) {
                found = found.append(Violation.of(ReviewViolation.PROBLEM_GOAL_UNKNOWN, at("problems", i, "goal"),
                        p.id().value(), p.goal().get().value()));
            }
        }
        return found;
    }

    private static Seq<Violation> actions(Retrospective retro) {
        Seq<Violation> found = List.empty();
        Set<ActionId> seen = new HashSet<>();
        for (int i = 0; i < retro.actions().size(); i++) {
            ActionItem a = retro.actions().get(i);
            String id = a.id().value();
            if (!seen.add(a.id())) {
                found = found.append(Violation.of(ReviewViolation.ACTION_DUPLICATE, at("actions", i, "id"), id));
            }
            if (a.task().isBlank()) {
                found = found.append(Violation.of(ReviewViolation.ACTION_TASK_BLANK, at("actions", i, "task"), id));
            }
            if (a.owner().isEmpty()) {
                found = found.append(Violation.of(ReviewViolation.ACTION_OWNER_MISSING, at("actions", i, "owner"), id));
            }
            if (a.due().isEmpty()) {
                found = found.append(Violation.of(ReviewViolation.ACTION_DUE_MISSING, at("actions", i, "due"), id));
            } else if (a.due().get().isBefore(retro.heldOn())) {
                found = found.append(Violation.of(ReviewViolation.ACTION_DUE_BEFORE_RETROSPECTIVE,
                        at("actions", i, "due"), id, a.due().get(), retro.heldOn()));
            }
            if (!a.effect().hasMeasure()) {
                found = found.append(Violation.of(ReviewViolation.ACTION_EFFECT_NOT_MEASURABLE,
                        at("actions", i, "effect"), id));
            }
            for (int j = 0; j < a.addresses().size(); j++) {
                ProblemId problem = a.addresses().get(j);
                if (retro.problem(problem).isEmpty()) {
                    found = found.append(Violation.of(ReviewViolation.ACTION_PROBLEM_UNKNOWN,
                            RulePaths.indexed(at("actions", i, "addresses"), j), id, problem.value()));
                }
            }
        }
        return found;
    }

    private static Seq<Violation> unmet(Retrospective retro, Review review) {
        if (review.evaluation().isEmpty()) {
            return List.empty();
        }
        Seq<Violation> found = List.empty();
        java.util.List<EvaluationRow> rows = review.evaluation().get().rows();
        for (int i = 0; i < rows.size(); i++) {
            EvaluationRow row = rows.get(i);
            if (row.attainment() != io.github.campaignkit.core.goal.Attainment.NOT_MET) {
                continue;
            }
            String path = RulePaths.indexed("evaluation.rows", i);
            if (retro.problemsOf(row.goal()).isEmpty()) {
                found = found.append(Violation.of(ReviewViolation.UNMET_NOT_ANALYSED, path, row.goal().value(),
                        row.metricName()));
            } else if (retro.actionsForGoal(row.goal()).isEmpty()) {
                found = found.append(Violation.of(ReviewViolation.UNMET_NO_ACTION, path, row.goal().value(),
                        row.metricName()));
            }
        }
        return found;
    }

    private static String at(String list, int index, String field) {
        return "retrospective." + RulePaths.indexed(list, index) + "." + field;
    }
}
