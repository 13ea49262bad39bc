package io.github.campaignkit.core.review;

import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The retrospective (复盘报告) in the seeds' three parts, successes, problems, actions: an overview
 * (活动概述), what worked (成功经验), what did not and why (问题与不足, with root causes), what will be
 * done about it (改进行动项: owner, due date, measurable effect) and what is kept for the next
 * campaign (经验沉淀). Goal achievement is the {@linkplain EvaluationReport evaluation}'s, not
 * repeated here.
 *
 * <p>A retrospective may be a draft; {@link ReviewRules#retrospective()} says what it still lacks,
 * in particular an analysis and an action item for every unmet goal.
 *
 * @param heldOn       the day of the retrospective meeting (复盘会)
 * @param overview     活动概述: theme, time, goals and core strategy in a few sentences
 * @param participants who took part (执行团队、销售部门、客服部门 …)
 * @param successes    成功经验
 * @param problems     待改进问题 with their root causes, including the analyses of unmet goals
 * @param actions      改进行动项 (问题改进清单)
 * @param knowledge    经验沉淀: checklists, templates, libraries kept for the next campaign
 */
@Value.Builder
public record Retrospective(LocalDate heldOn, String overview, List<MemberId> participants, List<Success> successes,
                            List<Problem> problems, List<ActionItem> actions, List<Knowledge> knowledge) {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public Retrospective {
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(overview, "overview");
        participants = Checks.list(participants, "participants");
        successes = Checks.list(successes, "successes");
        problems = Checks.list(problems, "problems");
        actions = Checks.list(actions, "actions");
        knowledge = Checks.list(knowledge, "knowledge");
    }

    /**
     * A builder; the day and the overview must be set, every list starts empty.
     *
     * @return a new builder
     */
    public static RetrospectiveBuilder builder() {
        return new RetrospectiveBuilder();
    }

    /**
     * A builder that starts from this retrospective.
     *
     * @return a builder holding every component
     */
    public RetrospectiveBuilder toBuilder() {
        return new RetrospectiveBuilder().from(this);
    }

    /**
     * The problem with the given id.
     *
     * @param id the id
     * @return the first problem with that id
     */
    public Optional<Problem> problem(ProblemId id) {
        Objects.requireNonNull(id, "id");
        return problems.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The problems that analyse a goal (its 未达标项分析).
     *
     * @param goal the goal
     * @return the problems naming it, in order
     */
    public List<Problem> problemsOf(GoalId goal) {
        Objects.requireNonNull(goal, "goal");
        return problems.stream().filter(p -> p.goal().filter(goal::equals).isPresent())
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * The action items that address a problem.
     *
     * @param problem the problem's id
     * @return the items, in order
     */
    public List<ActionItem> actionsFor(ProblemId problem) {
        Objects.requireNonNull(problem, "problem");
        return actions.stream().filter(a -> a.addresses(problem)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The action items that address any analysis of a goal: its 问题改进清单.
     *
     * @param goal the goal
     * @return the items, in order, each once
     */
    public List<ActionItem> actionsForGoal(GoalId goal) {
        List<ProblemId> analyses = problemsOf(goal).stream().map(Problem::id).collect(Collectors.toList());
        return actions.stream().filter(a -> a.addresses().stream().anyMatch(analyses::contains))
                .collect(Collectors.toUnmodifiableList());
    }
}
