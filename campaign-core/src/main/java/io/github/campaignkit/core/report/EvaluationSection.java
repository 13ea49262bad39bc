package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.goal.Evaluation;
import io.github.campaignkit.core.goal.EvaluationRow;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.review.EvaluationReport;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation table (营销活动效果评估表): target, actual, achievement rate and attainment of
 * every goal (the issued report's once there is one, else today's from the campaign's data), each row marked met or missed, then what keeps the evaluation from being complete.
 * Until an actual is known, recorded or given by the campaign's data, the section says so in one line.
 */
final class EvaluationSection {

    private EvaluationSection() {
    }

    static void write(Campaign campaign, HtmlPage page) {
        GoalSheet sheet = campaign.goals();
        page.openSection(ReportSection.EVALUATION);
        if (sheet.goals().isEmpty()) {
            page.none("html.none.goals");
            page.markup().close();
            return;
        }
        Evaluation evaluation = campaign.evaluation();
        if (isEmpty(sheet, evaluation)) {
            page.none("html.none.evaluation");
            page.markup().close();
            return;
        }
        // Once issued, the report's table is the evaluation; the review section does not repeat it.
        table(campaign, campaign.review().evaluation().map(EvaluationReport::rows).orElse(evaluation.rows()), page);
        page.findings(page.get("evaluation.notes"), evaluation.findings());
        page.markup().close();
    }

    /** Whether there is no goal, or no actual yet: nothing recorded and nothing the data give. */
    static boolean isEmpty(Campaign campaign) {
        return campaign.goals().goals().isEmpty() || isEmpty(campaign.goals(), campaign.evaluation());
    }

    private static boolean isEmpty(GoalSheet sheet, Evaluation evaluation) {
        return sheet.results().isEmpty() && evaluation.rows().stream().allMatch(r -> r.actual().isEmpty());
    }

    /** The evaluation table: one row per evaluation row, marked met, missed or unknown. */
    static void table(Campaign campaign, List<EvaluationRow> rows, HtmlPage page) {
        Texts t = page.texts();
        Locale locale = page.locale();
        page.openTable("evaluation", t.get("evaluation.dimension"), t.get("evaluation.metric"),
                t.get("evaluation.target"), t.get("evaluation.actual"), t.get("evaluation.achievement"),
                t.get("evaluation.attainment"), t.get("evaluation.analysis"), t.get("evaluation.owner"));
        for (EvaluationRow row : rows) {
            String css;
            switch (row.attainment()) {
                case MET:
                    css = "met";
                    break;
                case NOT_MET:
                    css = "missed";
                    break;
                default:
                    css = "unknown";
            }
            page.row(css, List.of(row.dimension().label(locale), row.metricName(),
                    row.target().map(target -> t.target(target, row.unit())).orElse(Texts.NONE),
                    row.actual().map(v -> t.value(v, row.unit())).orElse(Texts.NONE),
                    row.achievement().map(Texts::percent).orElse(Texts.NONE),
                    row.attainment().label(locale),
                    row.analysis().isBlank() ? Texts.NONE : row.analysis(),
                    page.member(campaign, row.owner())), 2, 3, 4);
        }
        page.closeTable();
    }
}
