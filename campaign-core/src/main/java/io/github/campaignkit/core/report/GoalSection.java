package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.goal.Goal;
import io.github.campaignkit.core.goal.GoalRules;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.team.Department;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The goal breakdown (目标拆解表): one row per goal with the departments whose signature covers it,
 * then what the 活动目标确认书 still lacks, as the planning gate reports it.
 */
final class GoalSection {

    private GoalSection() {
    }

    static void write(Campaign campaign, HtmlPage page) {
        GoalSheet sheet = campaign.goals();
        Locale locale = page.locale();
        Texts t = page.texts();
        page.openSection(ReportSection.GOALS);
        if (ReportSection.GOALS.isEmpty(campaign)) {
            page.none("html.none.goals");
            page.markup().close();
            return;
        }
        page.openTable("goals", t.get("goals.id"), t.get("goals.dimension"), t.get("goals.description"),
                t.get("goals.metric"), t.get("goals.target"), t.get("goals.source"), t.get("goals.owner"),
                t.get("goals.deadline"), t.get("goals.priority"), t.get("goals.signed"));
        for (Goal g : sheet.goals()) {
            Optional<Metric> metric = sheet.metric(g.metric());
            Optional<MetricUnit> unit = metric.map(Metric::unit);
            List<String> signed = sheet.signaturesOn(g).stream().map(Department::name).collect(Collectors.toList());
            page.row(signed.isEmpty() ? "unsigned" : "signed", List.of(
                    g.id().value(),
                    g.dimension().label(locale),
                    g.description().isBlank() ? Texts.NONE : g.description(),
                    metric.map(Metric::name).filter(n -> !n.isBlank()).orElse(g.metric().value()),
                    g.target().map(target -> t.target(target, unit)
                            + g.baseline().filter(b -> target instanceof Target.Uplift)
                                    .map(b -> t.get("target.baseline", t.value(b, unit))).orElse(""))
                            .orElse(Texts.NONE),
                    g.dataSource().isBlank() ? Texts.NONE : g.dataSource(),
                    page.member(campaign, g.owner()),
                    t.deadline(g, Optional.of(campaign.profile().window()), campaign.calendar()),
                    g.priority().label(locale),
                    page.join(signed)), 4);
        }
        page.closeTable();
        page.findings(page.get("html.goals.unsigned"),
                GoalRules.signedBy(campaign.profile().departments()).under("goals").check(sheet));
        page.markup().close();
    }
}
