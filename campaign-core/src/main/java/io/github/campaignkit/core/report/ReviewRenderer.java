package io.github.campaignkit.core.report;

import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.ReturnOnInvestment;
import io.github.campaignkit.core.goal.Evaluation;
import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.review.ActionItem;
import io.github.campaignkit.core.review.EvaluationReport;
import io.github.campaignkit.core.review.ExpectedEffect;
import io.github.campaignkit.core.review.Knowledge;
import io.github.campaignkit.core.review.Problem;
import io.github.campaignkit.core.review.ProblemId;
import io.github.campaignkit.core.review.Retrospective;
import io.github.campaignkit.core.review.Review;
import io.github.campaignkit.core.review.Success;
import io.github.campaignkit.core.team.Team;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders a campaign's review as text, in Chinese or English: the evaluation report (the
 * {@linkplain EvaluationRenderer evaluation table} with the report's date and author, then the ROI
 * as the seeds write it, {@code ROI = (500,000 − 77,000) / 77,000 × 100% = 549.35%}) and the
 * retrospective (复盘报告) in the seeds' framework: 活动概述, 成功经验, 问题与不足 with root causes,
 * 改进行动项 with owner, due date and measurable effect, 经验沉淀. Tables are aligned by display
 * width. Immutable and thread-safe.
 */
public final class ReviewRenderer {

    private static final ReviewRenderer STANDARD = new ReviewRenderer(Team.empty());

    private final Team team;

    private ReviewRenderer(Team team) {
        this.team = team;
    }

    /**
     * The renderer.
     *
     * @return the shared instance
     */
    public static ReviewRenderer standard() {
        return STANDARD;
    }

    /**
     * This renderer naming the author, participants, owners and keepers from a team (张*, not zhang).
     *
     * @param names the campaign's team
     * @return a renderer
     */
    public ReviewRenderer withTeam(Team names) {
        return new ReviewRenderer(Objects.requireNonNull(names, "names"));
    }

    /**
     * The whole review: the evaluation report and the retrospective, each when recorded.
     *
     * @param review  the review
     * @param metrics the metric catalogue, for the names and units of expected effects (may be empty)
     * @param locale  the reader's language
     * @return the text, lines ending in {@code \n}
     */
    public String render(Review review, Collection<Metric> metrics, Locale locale) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(locale, "locale");
        Texts t = new Texts(locale);
        StringBuilder out = new StringBuilder();
        out.append(review.evaluation().map(e -> evaluation(e, locale)).orElse(t.get("review.no-evaluation") + "\n"));
        out.append('\n');
        out.append(review.retrospective().map(r -> retrospective(r, metrics, locale))
                .orElse(t.get("review.no-retrospective") + "\n"));
        return out.toString();
    }

    /**
     * The evaluation report: its date and author, the evaluation table and the ROI.
     *
     * @param report the report
     * @param locale the reader's language
     * @return the text, lines ending in {@code \n}
     */
    public String evaluation(EvaluationReport report, Locale locale) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(locale, "locale");
        Texts t = new Texts(locale);
        StringBuilder out = new StringBuilder(t.get("review.report.title", report.issuedOn().toString(),
                MemberNames.name(team, report.author(), t.chinese()))).append('\n');
        out.append(EvaluationRenderer.standard().withTeam(team).render(new Evaluation(report.rows(), List.of()), locale));
        report.returnOnInvestment().ifPresent(roi -> out.append(roi(roi, t)).append('\n'));
        if (!report.summary().isBlank()) {
            out.append(report.summary()).append('\n');
        }
        return out.toString();
    }

    /**
     * The retrospective, with expected effects in the metrics' names and units when the catalogue
     * has them.
     *
     * @param retrospective the retrospective
     * @param metrics       the metric catalogue (may be empty)
     * @param locale        the reader's language
     * @return the text, lines ending in {@code \n}
     */
    public String retrospective(Retrospective retrospective, Collection<Metric> metrics, Locale locale) {
        Objects.requireNonNull(retrospective, "retrospective");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(locale, "locale");
        Texts t = new Texts(locale);
        StringBuilder out = new StringBuilder(t.get("retro.title", retrospective.heldOn().toString())).append('\n');
        out.append(t.get("retro.overview")).append('\n').append("  ")
                .append(retrospective.overview().isBlank() ? Texts.NONE : retrospective.overview()).append('\n');
        if (!retrospective.participants().isEmpty()) {
            out.append(t.get("retro.participants", retrospective.participants().stream().map(id -> MemberNames.name(team, id, t.chinese()))
                    .collect(Collectors.joining(t.chinese() ? "、" : ", ")))).append('\n');
        }
        out.append(t.get("retro.successes")).append('\n');
        List<Success> successes = retrospective.successes();
        if (successes.isEmpty()) {
            out.append("  ").append(Texts.NONE).append('\n');
        }
        for (int i = 0; i < successes.size(); i++) {
            Success s = successes.get(i);
            out.append("  ").append(i + 1).append(". ").append(s.description());
            if (!s.evidence().isBlank()) {
                out.append(t.chinese() ? "（" : " (").append(s.evidence()).append(t.chinese() ? "）" : ")");
            }
            out.append('\n');
        }
        out.append(t.get("retro.problems")).append('\n');
        TextTable problems = new TextTable(List.of(t.get("retro.problem.id"), t.get("retro.problem.goal"),
                t.get("retro.problem.description"), t.get("retro.problem.root-cause")));
        for (Problem p : retrospective.problems()) {
            problems.add(List.of(p.id().value(), p.goal().map(GoalId::value).orElse(Texts.NONE),
                    blank(p.description()), blank(p.rootCause())));
        }
        out.append(problems.render());
        out.append(t.get("retro.actions")).append('\n');
        TextTable actions = new TextTable(List.of(t.get("retro.action.id"), t.get("retro.action.task"),
                t.get("retro.action.owner"), t.get("retro.action.due"), t.get("retro.action.effect"),
                t.get("retro.action.measure"), t.get("retro.action.addresses")));
        for (ActionItem a : retrospective.actions()) {
            actions.add(List.of(a.id().value(), blank(a.task()), a.owner().map(id -> MemberNames.name(team, id, t.chinese())).orElse(Texts.NONE),
                    a.due().map(Object::toString).orElse(Texts.NONE), blank(a.effect().description()),
                    measure(a.effect(), metrics, t),
                    a.addresses().isEmpty() ? Texts.NONE
                            : a.addresses().stream().map(ProblemId::value).collect(Collectors.joining(", "))));
        }
        out.append(actions.render());
        out.append(t.get("retro.knowledge")).append('\n');
        if (retrospective.knowledge().isEmpty()) {
            out.append("  ").append(Texts.NONE).append('\n');
        }
        for (Knowledge k : retrospective.knowledge()) {
            out.append("  [").append(k.kind().label(locale)).append("] ").append(blank(k.title()));
            k.keeper().ifPresent(m -> out.append(t.chinese() ? "（" : " (").append(t.get("retro.keeper", MemberNames.name(team, m, t.chinese())))
                    .append(t.chinese() ? "）" : ")"));
            out.append('\n');
            for (String item : k.items()) {
                out.append("    - ").append(item).append('\n');
            }
        }
        return out.toString();
    }

    /** The ROI as the seeds write it: {@code ROI = (500,000元 − 77,000元) / 77,000元 × 100% = 549.35%}. */
    static String roi(ReturnOnInvestment roi, Texts t) {
        return "ROI = (" + money(roi.revenue(), t) + " − " + money(roi.cost(), t) + ") / " + money(roi.cost(), t)
                + " × 100% = " + Texts.percent(roi.percent());
    }

    private static String money(Money money, Texts t) {
        return t.money(money);
    }

    /** What measures an expected effect: the metric's name and the target, or "-". */
    static String measure(ExpectedEffect effect, Collection<Metric> metrics, Texts t) {
        if (!effect.hasMeasure()) {
            return Texts.NONE;
        }
        MetricId id = effect.metric().orElseThrow();
        Optional<Metric> metric = metrics.stream().filter(m -> m.id().equals(id)).findFirst();
        Optional<MetricUnit> unit = metric.map(Metric::unit);
        Target target = effect.target().orElseThrow();
        return metric.map(Metric::name).orElse(id.value()) + " " + t.target(target, unit);
    }

    private static String blank(String text) {
        return text.isBlank() ? Texts.NONE : text;
    }
}
