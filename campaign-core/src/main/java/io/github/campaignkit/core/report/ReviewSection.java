package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.review.ActionItem;
import io.github.campaignkit.core.review.EvaluationReport;
import io.github.campaignkit.core.review.Knowledge;
import io.github.campaignkit.core.review.Problem;
import io.github.campaignkit.core.review.ProblemId;
import io.github.campaignkit.core.review.Retrospective;
import io.github.campaignkit.core.review.Review;
import io.github.campaignkit.core.review.ReviewRules;
import io.github.campaignkit.core.review.Success;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The review (效果评估报告与复盘报告): the evaluation report with its date and author, its table
 * only when the report leaves the {@linkplain EvaluationSection evaluation section} out (which
 * draws the issued report's table), the ROI as the seeds write it ({@code p.roi}) and its summary; then the retrospective in the seeds'
 * framework: overview, participants, what worked ({@code li.success}), problems with their root
 * causes ({@code tr.problem}), action items with owner, due date and measurable effect
 * ({@code tr.action}), and the knowledge kept ({@code div.knowledge}); then what
 * {@link ReviewRules#retrospective()} and {@link ReviewRules#covers} find.
 */
final class ReviewSection {

    private ReviewSection() {
    }

    static void write(Campaign campaign, HtmlPage page) {
        Review review = campaign.review();
        page.openSection(ReportSection.REVIEW);
        if (ReportSection.REVIEW.isEmpty(campaign)) {
            page.none("html.none.review");
            page.markup().close();
            return;
        }
        Texts t = page.texts();
        Markup m = page.markup();
        if (review.evaluation().isPresent()) {
            EvaluationReport report = review.evaluation().get();
            m.element("h3", t.get("review.report.title", report.issuedOn().toString(),
                    HtmlPage.name(campaign, report.author())));
            if (!page.shows(ReportSection.EVALUATION)) {
                EvaluationSection.table(campaign, report.rows(), page);
            }
            report.returnOnInvestment().ifPresent(roi -> page.paragraph(ReviewRenderer.roi(roi, t), "roi"));
            if (!report.summary().isBlank()) {
                page.paragraph(report.summary(), "summary");
            }
        } else {
            page.paragraph(t.get("review.no-evaluation"), "none");
        }
        if (review.retrospective().isPresent()) {
            retrospective(campaign, review.retrospective().get(), page);
        } else {
            page.paragraph(t.get("review.no-retrospective"), "none");
        }
        page.findings(page.get("html.findings"), ReviewRules.retrospective().check(review)
                .appendAll(ReviewRules.covers(campaign.goals()).check(review)));
        m.close();
    }

    private static void retrospective(Campaign campaign, Retrospective retro, HtmlPage page) {
        Texts t = page.texts();
        Markup m = page.markup();
        m.element("h3", t.get("retro.title", retro.heldOn().toString()));
        m.element("p", strip(t.get("retro.overview")), "class", "caption");
        page.paragraph(blank(retro.overview()), "overview");
        if (!retro.participants().isEmpty()) {
            page.paragraph(t.get("retro.participants", page.join(retro.participants().stream()
                    .map(id -> HtmlPage.member(campaign, id, t.chinese())).collect(Collectors.toList()))),
                    "participants");
        }
        m.element("p", strip(t.get("retro.successes")), "class", "caption");
        if (retro.successes().isEmpty()) {
            page.paragraph(Texts.NONE, "none");
        } else {
            m.open("ol", "class", "successes");
            for (Success s : retro.successes()) {
                m.element("li", s.description() + (s.evidence().isBlank() ? ""
                        : t.chinese() ? "（" + s.evidence() + "）" : " (" + s.evidence() + ")"), "class", "success");
            }
            m.close();
        }
        m.element("p", strip(t.get("retro.problems")), "class", "caption");
        if (retro.problems().isEmpty()) {
            page.paragraph(Texts.NONE, "none");
        } else {
            page.openTable("problems", t.get("retro.problem.id"), t.get("retro.problem.goal"),
                    t.get("retro.problem.description"), t.get("retro.problem.root-cause"));
            for (Problem p : retro.problems()) {
                page.row("problem", List.of(p.id().value(), p.goal().map(GoalId::value).orElse(Texts.NONE),
                        blank(p.description()), blank(p.rootCause())));
            }
            page.closeTable();
        }
        m.element("p", strip(t.get("retro.actions")), "class", "caption");
        if (retro.actions().isEmpty()) {
            page.paragraph(Texts.NONE, "none");
        } else {
            page.openTable("actions", t.get("retro.action.id"), t.get("retro.action.task"),
                    t.get("retro.action.owner"), t.get("retro.action.due"), t.get("retro.action.effect"),
                    t.get("retro.action.measure"), t.get("retro.action.addresses"));
            for (ActionItem a : retro.actions()) {
                page.row("action", List.of(a.id().value(), blank(a.task()), page.member(campaign, a.owner()),
                        a.due().map(Object::toString).orElse(Texts.NONE), blank(a.effect().description()),
                        ReviewRenderer.measure(a.effect(), campaign.goals().metrics(), t),
                        a.addresses().isEmpty() ? Texts.NONE
                                : a.addresses().stream().map(ProblemId::value).collect(Collectors.joining(", "))));
            }
            page.closeTable();
        }
        m.element("p", strip(t.get("retro.knowledge")), "class", "caption");
        if (retro.knowledge().isEmpty()) {
            page.paragraph(Texts.NONE, "none");
        }
        for (Knowledge k : retro.knowledge()) {
            m.open("div", "class", "knowledge");
            m.element("p", "[" + k.kind().label(page.locale()) + "] " + blank(k.title())
                    + k.keeper().map(id -> (t.chinese() ? "（" : " (") + t.get("retro.keeper",
                    HtmlPage.name(campaign, id)) + (t.chinese() ? "）" : ")")).orElse(""));
            if (!k.items().isEmpty()) {
                m.open("ul");
                for (String item : k.items()) {
                    m.element("li", item);
                }
                m.close();
            }
            m.close();
        }
    }

    /** A caption without the colon the text renderer ends it with. */
    private static String strip(String caption) {
        return caption.endsWith(":") || caption.endsWith("：") ? caption.substring(0, caption.length() - 1) : caption;
    }

    private static String blank(String text) {
        return text.isBlank() ? Texts.NONE : text;
    }
}
