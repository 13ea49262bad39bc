package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.ReturnOnInvestment;
import io.github.campaignkit.core.event.EventRules;
import io.github.campaignkit.core.goal.Evaluation;
import io.github.campaignkit.core.goal.EvaluationRow;
import io.github.campaignkit.core.goal.GoalRules;
import io.github.campaignkit.core.goal.GoalViolation;
import io.github.campaignkit.core.kpi.KpiRules;
import io.github.campaignkit.core.outreach.OutreachRules;
import io.github.campaignkit.core.partner.PartnerRules;
import io.github.campaignkit.core.review.EvaluationReport;
import io.github.campaignkit.core.review.ReviewRules;
import io.github.campaignkit.core.risk.RiskRules;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.GanttTask;
import io.github.campaignkit.core.schedule.ScheduleForecast;
import io.github.campaignkit.core.schedule.ScheduleRules;
import io.github.campaignkit.core.schedule.TaskForecast;
import io.github.campaignkit.core.supply.SupplyRules;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.tracking.TrackingRules;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * The domain rules a whole {@link Campaign} is checked against whatever its stage, for example
 * when a stored campaign is loaded again: every violation of every part, and every disagreement
 * between parts that hold the same fact, with paths from the campaign root
 * ({@code profile.phases[1].range}, {@code board.tasks[3].owner}).
 *
 * <p>Each part is checked for what it must never contain: the profile ({@link ProfileRules#standard()}),
 * the team and the board ({@link Gates#teamValid()}, {@link Gates#boardValid()}), the goal sheet's
 * structure ({@link GoalRules#structure()}), the KPI lines and observations against the catalogue
 * ({@link KpiRules#standard}), the risk register ({@link RiskRules#standard()}), the schedule once it has
 * tasks ({@link ScheduleRules#standard()}), the supply plan ({@link SupplyRules#standard()}), the
 * partners' scoring ({@link PartnerRules#scoring()}), the channel matrix once it has rows
 * ({@link OutreachRules#matrix}), the tracking records ({@link TrackingRules#standard()}) and the
 * run of show ({@link EventRules#runOfShow()}).
 *
 * <p>And the parts agree: the Gantt's tasks are on the board, with the board's name, module, owner
 * and the dates the board plans ({@link AgreementViolation#TASK_DATES} and the others, naming both); a recorded actual agrees with the one the
 * dashboard or the budget gives ({@link GoalViolation#RESULT_DISAGREES}); the recorded evaluation
 * report covers every goal ({@link ReviewRules#covers}) with today's actuals and return on
 * investment ({@link AgreementViolation#EVALUATION_ACTUAL}, {@link AgreementViolation#EVALUATION_ROI});
 * every need is paid from a line of the budget in its currency ({@link SupplyRules#fundedBy}); the
 * partners' cost shares are the budget's agreement ({@link PartnerRules#sharingMatches}).
 *
 * <p>The gates that depend on a stage (an approved budget, signed goals, a ready schedule, triggers
 * that name only what the campaign records, every goal's actual) are not part of it: a campaign in planning is not yet expected to pass them.
 * Check those with {@link Gates#defaults(Stage)} when a stage is to be left.
 */
public final class CampaignRules {

    private static final Rule<CampaignProfile> PROFILE = ProfileRules.standard().under("profile");

    /** What a recorded result may be refused for whatever the stage: not a missing actual or analysis. */
    private static final Set<String> RESULT_AGREEMENT = Set.of(GoalViolation.RESULT_DISAGREES.code(),
            GoalViolation.RESULT_UNKNOWN_GOAL.code(), GoalViolation.RESULT_DUPLICATE.code());

    private static final Rule<Campaign> STANDARD = campaign -> Names.named(parts(campaign).appendAll(agreements(campaign)),
            campaign);

    private CampaignRules() {
    }

    /**
     * The standard rules for a whole campaign: every part, and the agreements between parts.
     *
     * @return the rule; pure and thread-safe
     */
    public static Rule<Campaign> standard() {
        return STANDARD;
    }

    private static Seq<Violation> parts(Campaign c) {
        Seq<Violation> found = PROFILE.check(c.profile())
                .appendAll(Gates.teamValid().check(c))
                .appendAll(Gates.boardValid().check(c))
                .appendAll(GoalRules.structure().under("goals").check(c.goals()))
                .appendAll(KpiRules.standard(c.goals().metrics()).under("kpi").check(c.kpi()))
                .appendAll(RiskRules.standard().under("risks").check(c.risks()))
                .appendAll(SupplyRules.standard().under("supply").check(c.supply()))
                .appendAll(PartnerRules.scoring().under("partners").check(c.partners()))
                .appendAll(TrackingRules.standard().under("tracking").check(c.tracking()))
                .appendAll(EventRules.runOfShow().under("event").check(c.event()));
        if (!c.schedule().tasks().isEmpty()) {
            found = found.appendAll(ScheduleRules.standard().under("schedule").check(c.schedule()));
        }
        if (!c.outreach().matrix().isEmpty()) {
            found = found.appendAll(OutreachRules.matrix(c.goals(), c.profile().window(), c.profile().phases())
                    .under("outreach").check(c.outreach()));
        }
        return found;
    }

    private static Seq<Violation> agreements(Campaign c) {
        Evaluation evaluation = c.evaluation();
        return tasks(c)
                .appendAll(List.ofAll(evaluation.findings()).filter(v -> RESULT_AGREEMENT.contains(v.code()))
                        .map(v -> v.under("goals")))
                .appendAll(ReviewRules.covers(c.goals()).under("review").check(c.review()))
                .appendAll(report(c, evaluation))
                .appendAll(SupplyRules.fundedBy(c.budget().plan()).under("supply").check(c.supply()))
                .appendAll(PartnerRules.sharingMatches(c.budget().costSharing()).under("partners").check(c.partners()));
    }

    /** The Gantt's tasks are the board's, on the dates the board plans. */
    private static Seq<Violation> tasks(Campaign c) {
        Seq<Violation> found = List.empty();
        Validation<Seq<Violation>, ScheduleForecast> forecast = c.schedule().tasks().isEmpty()
                ? Validation.invalid(List.empty()) : c.schedule().forecast();
        for (int i = 0; i < c.schedule().tasks().size(); i++) {
            GanttTask row = c.schedule().tasks().get(i);
            String path = "schedule." + RulePaths.indexed("tasks", i);
            Optional<Task> task = c.board().task(row.id());
            if (task.isEmpty()) {
                found = found.append(Violation.of(AgreementViolation.TASK_NOT_ON_BOARD, path + ".id", row.id()));
                continue;
            }
            Task board = task.get();
            if (!row.name().equals(board.name())) {
                found = found.append(Violation.of(AgreementViolation.TASK_NAME, path + ".name", row.id(), board.name(),
                        row.name()));
            }
            if (row.module().filter(m -> !m.equals(board.module().value())).isPresent()) {
                found = found.append(Violation.of(AgreementViolation.TASK_MODULE, path + ".module", row.id(),
                        board.module().value(), row.module().get()));
            }
            if (row.owner().filter(o -> !o.equals(board.owner())).isPresent()) {
                found = found.append(Violation.of(AgreementViolation.TASK_OWNER, path + ".owner", row.id(), board.owner(),
                        row.owner().get()));
            }
            Optional<TaskForecast> computed = forecast.isValid() ? forecast.get().task(row.id()) : Optional.empty();
            if (computed.isPresent() && (!computed.get().earlyStart().equals(task.get().start())
                    || !computed.get().earlyFinish().equals(task.get().end()))) {
                found = found.append(Violation.of(AgreementViolation.TASK_DATES, path, row.id(), task.get().start(),
                        task.get().end(), computed.get().earlyStart(), computed.get().earlyFinish()));
            }
        }
        return found;
    }

    /** The recorded evaluation report says what the campaign's data and results say now. */
    private static Seq<Violation> report(Campaign c, Evaluation evaluation) {
        if (c.review().evaluation().isEmpty()) {
            return List.empty();
        }
        EvaluationReport report = c.review().evaluation().get();
        Seq<Violation> found = List.empty();
        for (int i = 0; i < report.rows().size(); i++) {
            EvaluationRow stored = report.rows().get(i);
            Optional<BigDecimal> now = evaluation.row(stored.goal()).flatMap(EvaluationRow::actual);
            if (stored.actual().isPresent() && now.isPresent() && stored.actual().get().compareTo(now.get()) != 0) {
                found = found.append(Violation.of(AgreementViolation.EVALUATION_ACTUAL,
                        "review.evaluation." + RulePaths.indexed("rows", i) + ".actual", stored.goal(),
                        stored.actual().get(), now.get()));
            }
        }
        Validation<Seq<Violation>, ReturnOnInvestment> roi = c.returnOnInvestment();
        if (report.returnOnInvestment().isPresent() && roi.isValid()
                && report.returnOnInvestment().get().percent().compareTo(roi.get().percent()) != 0) {
            found = found.append(Violation.of(AgreementViolation.EVALUATION_ROI, "review.evaluation.returnOnInvestment",
                    report.returnOnInvestment().get().percent(), roi.get().percent()));
        }
        return found;
    }
}
