package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.rule.Labelled;
import java.util.function.Predicate;

/**
 * The parts of a campaign an {@link HtmlReport} can show, in the order the report shows them.
 * Each constant's {@linkplain #label label} is its section's heading.
 *
 * <p>This enum is the one place a new part of the campaign joins the report: a constant here,
 * bound to the package-private writer that draws it and to when it has nothing to show, and its
 * label in both languages.
 */
public enum ReportSection implements Labelled {
    /** 营销活动策划总表: name, theme, kind, window and phases, audience, departments, lead, stage. */
    PROFILE(ProfileSection::write, c -> false),
    /** 目标拆解表: every goal with its metric, target, owner, deadline, priority and signatures. */
    GOALS(GoalSection::write, c -> c.goals().goals().isEmpty()),
    /** 任务分工RACI矩阵: a row per task of the board, a cell per member with their R, A, C, I letters. */
    RACI(RaciSection::write, c -> c.board().tasks().isEmpty()),
    /** 合作方评估与职责: the ranking with every score explained, roles, cost and exposure shares, duties. */
    PARTNERS(PartnerSection::write, c -> c.partners().isEmpty()),
    /** 渠道触达矩阵表与方案创意表: a row per channel with the KPIs it serves, a row per creative item. */
    OUTREACH(OutreachSection::write, c -> c.outreach().isEmpty()),
    /** 预算明细表: a bar per category (planned and actual), then the lines grouped by category. */
    BUDGET(BudgetSection::write, c -> c.budget().plan().lines().isEmpty()),
    /** 执行甘特图: a bar per task on a day axis, the critical path highlighted, then the task table. */
    SCHEDULE(GanttSection::write, c -> c.schedule().tasks().isEmpty()),
    /** 风险热力图: one coloured cell per cell of the risk matrix, then the register by score. */
    RISKS(HeatMapSection::write, c -> c.risks().entries().isEmpty()),
    /** 供应商比价与物料清单: the quotes of every need with the chosen one marked, the materials' deliveries. */
    SUPPLY(SupplySection::write, c -> c.supply().needs().isEmpty() && c.supply().materials().isEmpty()
            && c.supply().suppliers().isEmpty()),
    /** 活动流程时间轴: the run of show as a timeline within the venue booking, the notices with deadlines. */
    EVENT(EventSection::write, c -> c.event().date().isEmpty() && c.event().booking().isEmpty()
            && c.event().segments().isEmpty() && c.event().notices().isEmpty()),
    /** 数据监控看板: a row per KPI line with a progress bar against pace and its alert colour. */
    DASHBOARD(DashboardSection::write, c -> c.kpi().targets().isEmpty()),
    /** 效果评估表: target, actual and achievement of every goal, once actuals are recorded. */
    EVALUATION(EvaluationSection::write, EvaluationSection::isEmpty),
    /** 效果评估报告与复盘报告: the evaluation report with its ROI, then the retrospective. */
    REVIEW(ReviewSection::write, c -> c.review().evaluation().isEmpty() && c.review().retrospective().isEmpty());

    /** Draws one section of a campaign on a page. */
    @FunctionalInterface
    interface Writer {
        void write(Campaign campaign, HtmlPage page);
    }

    private final Writer writer;
    private final Predicate<Campaign> empty;

    ReportSection(Writer writer, Predicate<Campaign> empty) {
        this.writer = writer;
        this.empty = empty;
    }

    void write(Campaign campaign, HtmlPage page) {
        writer.write(campaign, page);
    }

    /**
     * Whether a campaign has nothing for this section yet, so that a report shows it only when
     * asked for ({@link HtmlReport#withSections}, {@link HtmlReport#withEmptySections()}), with its
     * one line saying so.
     *
     * @param campaign the campaign
     * @return true when the section would only say that nothing is there
     */
    public boolean isEmpty(Campaign campaign) {
        return empty.test(java.util.Objects.requireNonNull(campaign, "campaign"));
    }
}
