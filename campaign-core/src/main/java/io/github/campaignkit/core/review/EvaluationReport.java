package io.github.campaignkit.core.review;

import io.github.campaignkit.core.budget.ReturnOnInvestment;
import io.github.campaignkit.core.goal.Attainment;
import io.github.campaignkit.core.goal.Evaluation;
import io.github.campaignkit.core.goal.EvaluationRow;
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
 * The evaluation report (活动效果评估报告) as issued: the rows of the goals' {@link Evaluation}
 * (target against actual, achievement rate, analysis, owner: the 效果评估表) and the campaign's
 * {@link ReturnOnInvestment}, on the day it was issued, by its author.
 *
 * <p>Nothing is computed here: the rows are the goal sheet's {@linkplain
 * io.github.campaignkit.core.goal.GoalSheet#evaluate() evaluation} (achievement rates computed once
 * there) and the ROI is the budget's ({@link ReturnOnInvestment#percent()}). The report keeps them as
 * they were when it was issued; the due date (3 working days after the campaign's end by default)
 * is a {@link ReviewPolicy}'s.
 *
 * @param issuedOn           the day it was issued
 * @param author             who issued it (数据组)
 * @param rows               the evaluation's rows, one per goal
 * @param returnOnInvestment the campaign's return on its cost, if it is known
 * @param summary            a closing sentence or two; may be empty
 */
@Value.Builder
public record EvaluationReport(LocalDate issuedOn, MemberId author, List<EvaluationRow> rows,
                               Optional<ReturnOnInvestment> returnOnInvestment, String summary) {

    /**
     * Checks the components and copies the rows.
     *
     * @throws NullPointerException if a component or a row is null, naming it
     */
    public EvaluationReport {
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(author, "author");
        rows = Checks.list(rows, "rows");
        Checks.optional(returnOnInvestment, "returnOnInvestment");
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * A builder; day, author and summary must be set.
     *
     * @return a new builder
     */
    public static EvaluationReportBuilder builder() {
        return new EvaluationReportBuilder();
    }

    /**
     * The report of an evaluation and a return.
     *
     * @param evaluation the goal sheet's evaluation
     * @param roi        the campaign's return on its cost, if known
     * @param issuedOn   the day it is issued
     * @param author     who issues it
     * @return the report, with no summary
     */
    public static EvaluationReport of(Evaluation evaluation, Optional<ReturnOnInvestment> roi, LocalDate issuedOn,
                                      MemberId author) {
        Objects.requireNonNull(evaluation, "evaluation");
        return new EvaluationReport(issuedOn, author, evaluation.rows(), roi, "");
    }

    /**
     * This report with a summary.
     *
     * @param text the summary
     * @return a copy
     */
    public EvaluationReport withSummary(String text) {
        return new EvaluationReport(issuedOn, author, rows, returnOnInvestment, text);
    }

    /**
     * The row of a goal.
     *
     * @param goal the goal's id
     * @return its row
     */
    public Optional<EvaluationRow> row(GoalId goal) {
        Objects.requireNonNull(goal, "goal");
        return rows.stream().filter(r -> r.goal().equals(goal)).findFirst();
    }

    /**
     * The rows of the goals that were not met (未达标项), in order.
     *
     * @return the rows whose attainment is {@link Attainment#NOT_MET}
     */
    public List<EvaluationRow> unmet() {
        return rows.stream().filter(r -> r.attainment() == Attainment.NOT_MET).collect(Collectors.toUnmodifiableList());
    }
}
