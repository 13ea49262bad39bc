package io.github.campaignkit.core.report;

import io.github.campaignkit.core.goal.Evaluation;
import io.github.campaignkit.core.goal.EvaluationRow;
import io.github.campaignkit.core.rule.MessageRenderer;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.Team;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders an evaluation as the evaluation table (营销活动效果评估表): 评估维度, 核心指标, 目标值,
 * 实际值, 达成率, whether the target is met, 分析说明, 负责人, one line per goal, followed by what
 * keeps the evaluation from being complete. Immutable and thread-safe.
 */
public final class EvaluationRenderer {

    private static final EvaluationRenderer STANDARD = new EvaluationRenderer(Team.empty());

    private final Team team;

    private EvaluationRenderer(Team team) {
        this.team = team;
    }

    /**
     * The renderer.
     *
     * @return the shared instance
     */
    public static EvaluationRenderer standard() {
        return STANDARD;
    }

    /**
     * This renderer naming the goals' owners from a team (张*, not zhang).
     *
     * @param names the campaign's team
     * @return a renderer
     */
    public EvaluationRenderer withTeam(Team names) {
        return new EvaluationRenderer(Objects.requireNonNull(names, "names"));
    }

    /**
     * The evaluation as text.
     *
     * @param evaluation the evaluation
     * @param locale     the reader's language
     * @return the text, lines ending in {@code \n}
     */
    public String render(Evaluation evaluation, Locale locale) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(locale, "locale");
        Texts t = new Texts(locale);
        TextTable table = new TextTable(List.of(t.get("evaluation.dimension"), t.get("evaluation.metric"),
                t.get("evaluation.target"), t.get("evaluation.actual"), t.get("evaluation.achievement"),
                t.get("evaluation.attainment"), t.get("evaluation.analysis"), t.get("evaluation.owner")),
                false, false, true, true, true, false, false, false);
        for (EvaluationRow row : evaluation.rows()) {
            table.add(List.of(
                    row.dimension().label(locale),
                    row.metricName(),
                    row.target().map(target -> t.target(target, row.unit())).orElse(Texts.NONE),
                    row.actual().map(v -> t.value(v, row.unit())).orElse(Texts.NONE),
                    row.achievement().map(Texts::percent).orElse(Texts.NONE),
                    row.attainment().label(locale),
                    row.analysis().isBlank() ? Texts.NONE : row.analysis(),
                    row.owner().map(id -> MemberNames.name(team, id, t.chinese())).orElse(Texts.NONE)));
        }
        StringBuilder out = new StringBuilder(t.get("evaluation.title")).append('\n').append(table.render());
        if (!evaluation.findings().isEmpty()) {
            out.append(t.get("evaluation.notes")).append('\n');
            for (Violation v : evaluation.findings()) {
                out.append("  ").append(MessageRenderer.standard().describe(v, locale)).append('\n');
            }
        }
        return out.toString();
    }
}
