package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.outreach.ChannelRow;
import io.github.campaignkit.core.outreach.CreativeItem;
import io.github.campaignkit.core.outreach.OutreachPlan;
import io.github.campaignkit.core.outreach.OutreachRules;
import io.github.campaignkit.core.schedule.DateRange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The channel matrix and the creative plan (渠道触达矩阵表, 方案创意表): one row ({@code tr.channel})
 * per row of the matrix with its channel, kind, content form, phase, timing, owner and the KPIs it
 * serves by their catalogue names; then one row ({@code tr.creative}) per creative item; then what
 * {@link OutreachRules#matrix} finds against the goal sheet, the window and the phases (goals no
 * channel serves among them).
 */
final class OutreachSection {

    private OutreachSection() {
    }

    static void write(Campaign campaign, HtmlPage page) {
        OutreachPlan plan = campaign.outreach();
        page.openSection(ReportSection.OUTREACH);
        if (ReportSection.OUTREACH.isEmpty(campaign)) {
            page.none("html.none.outreach");
            page.markup().close();
            return;
        }
        Texts t = page.texts();
        Locale locale = page.locale();
        Markup m = page.markup();
        GoalSheet goals = campaign.goals();
        m.element("h3", t.get("matrix.title"));
        if (plan.matrix().isEmpty()) {
            page.none("html.none.matrix");
        } else {
            page.openTable("channels", t.get("matrix.channel"), t.get("matrix.kind"), t.get("matrix.content"),
                    t.get("matrix.phase"), t.get("matrix.timing"), t.get("matrix.owner"), t.get("matrix.metrics"));
            for (ChannelRow row : plan.matrix()) {
                page.row("channel kind-" + row.kind().name().toLowerCase(Locale.ROOT), List.of(row.channel().name(),
                        row.kind().label(locale), orNone(row.contentForm()), row.phase().label(locale),
                        row.timing().map(r -> range(r, page)).orElse(Texts.NONE),
                        page.member(campaign, Optional.of(row.owner())),
                        row.metrics().isEmpty() ? Texts.NONE : page.join(row.metrics().stream()
                                .map(id -> goals.metric(id).map(Metric::name).filter(n -> !n.isBlank())
                                        .orElse(id.value()))
                                .collect(Collectors.toList()))));
            }
            page.closeTable();
        }
        m.element("h3", t.get("creative.title"));
        if (plan.creative().isEmpty()) {
            page.none("html.none.creative");
        } else {
            page.openTable("creative", t.get("creative.module"), t.get("creative.designPoint"),
                    t.get("creative.content"), t.get("creative.alternative"), t.get("creative.owner"),
                    t.get("creative.due"));
            for (CreativeItem item : plan.creative()) {
                page.row("creative", List.of(item.module().label(locale), orNone(item.designPoint()),
                        orNone(item.content()), item.alternative().filter(a -> !a.isBlank()).orElse(Texts.NONE),
                        page.member(campaign, Optional.of(item.owner())),
                        item.due().map(Object::toString).orElse(Texts.NONE)));
            }
            page.closeTable();
        }
        page.findings(page.get("html.findings"), OutreachRules.matrix(goals, campaign.profile().window(),
                campaign.profile().phases()).check(plan));
        m.close();
    }

    private static String range(DateRange range, HtmlPage page) {
        return range.start() + (page.texts().chinese() ? " 至 " : " to ") + range.end();
    }

    private static String orNone(String text) {
        return text.isBlank() ? Texts.NONE : text;
    }
}
