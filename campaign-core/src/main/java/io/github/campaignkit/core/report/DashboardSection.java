package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.kpi.AlertStatus;
import io.github.campaignkit.core.kpi.AllChannels;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.Dashboard;
import io.github.campaignkit.core.kpi.DashboardRow;
import io.github.campaignkit.core.rule.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The KPI dashboard (数据监控看板) of the report's day: one table row per dashboard row, each with
 * one SVG progress bar ({@code svg} of class {@code progress}) filled up to the achievement rate in
 * the colour of its alert status, a tick where the pace stands, and the status cell coloured
 * likewise; then every alert's reason and the dashboard's findings.
 */
final class DashboardSection {

    private static final int BAR = 160;
    private static final int HEIGHT = 16;

    private DashboardSection() {
    }

    static void write(Campaign campaign, HtmlPage page) {
        page.openSection(ReportSection.DASHBOARD);
        if (ReportSection.DASHBOARD.isEmpty(campaign)) {
            page.none("html.none.dashboard");
            page.markup().close();
            return;
        }
        Dashboard dashboard = campaign.dashboard(page.asOf());
        Texts t = page.texts();
        Locale locale = page.locale();
        Markup m = page.markup();
        page.paragraph(t.get("dashboard.title", dashboard.asOf().toString()), "dashboard-title");
        if (dashboard.rows().isEmpty()) {
            page.none("html.none.dashboard");
        } else {
            page.openTable("dashboard", t.get("dashboard.channel"), t.get("dashboard.metric"), t.get("dashboard.today"),
                    t.get("dashboard.cumulative"), t.get("dashboard.target"), t.get("dashboard.achievement"),
                    t.get("dashboard.pace"), t.get("dashboard.progress"), t.get("dashboard.status"),
                    t.get("dashboard.analysis"), t.get("dashboard.owner"));
            for (DashboardRow row : dashboard.rows()) {
                Optional<MetricUnit> unit = Optional.of(row.unit());
                String status = row.status().name().toLowerCase(Locale.ROOT);
                m.open("tr", "class", "status-" + status);
                m.element("td", row.channel().map(Channel::name).orElseGet(() -> AllChannels.ALL.label(locale)));
                m.element("td", row.metricName().isBlank() ? row.metric().value() : row.metricName());
                m.element("td", row.today().map(v -> t.value(v, unit)).orElse(Texts.NONE), "class", "num");
                m.element("td", row.cumulative().map(v -> t.value(v, unit)).orElse(Texts.NONE), "class", "num");
                m.element("td", t.target(row.target(), unit), "class", "num");
                m.element("td", row.achievement().map(Texts::percent).orElse(Texts.NONE), "class", "num");
                m.element("td", Texts.percent(row.pace()), "class", "num");
                m.open("td", "class", "progress");
                bar(row, page);
                m.close();
                m.element("td", row.status().label(locale), "class", "alert alert-" + status);
                m.element("td", row.analysis().filter(a -> !a.isBlank()).orElse(Texts.NONE));
                m.element("td", page.member(campaign, row.owner()));
                m.close();
            }
            page.closeTable();
            reasons(dashboard, page);
        }
        page.findings(t.get("dashboard.notes"), dashboard.findings());
        m.close();
    }

    static String colour(AlertStatus status) {
        switch (status) {
            case CRITICAL:
                return HtmlStyle.ALERT;
            case WARNING:
                return HtmlStyle.WARNING;
            default:
                return HtmlStyle.NORMAL;
        }
    }

    private static void bar(DashboardRow row, HtmlPage page) {
        Markup m = page.markup();
        int filled = row.achievement().map(a -> Texts.scale(a, Percentages.HUNDRED, BAR)).orElse(0);
        int pace = Texts.scale(row.pace(), Percentages.HUNDRED, BAR);
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class",
                "progress status-" + row.status().name().toLowerCase(Locale.ROOT), "role", "img",
                "width", Integer.toString(BAR + 2), "height", Integer.toString(HEIGHT),
                "viewBox", "0 0 " + (BAR + 2) + " " + HEIGHT);
        m.element("title", page.get("html.dashboard.bar", row.achievement().map(Texts::percent).orElse(Texts.NONE),
                Texts.percent(row.pace()), row.status().label(page.locale())));
        m.empty("rect", "class", "track", "x", "1", "y", "2", "width", Integer.toString(BAR), "height", "12",
                "fill", "#eeeeee");
        m.empty("rect", "class", "fill", "x", "1", "y", "2", "width", Integer.toString(filled), "height", "12",
                "fill", colour(row.status()));
        m.empty("line", "class", "pace", "x1", Integer.toString(pace + 1), "y1", "0", "x2", Integer.toString(pace + 1),
                "y2", Integer.toString(HEIGHT), "stroke", "#212121", "stroke-width", "2");
        m.close();
    }

    private static void reasons(Dashboard dashboard, HtmlPage page) {
        boolean any = dashboard.rows().stream().anyMatch(r -> !r.reasons().isEmpty());
        if (!any) {
            return;
        }
        Markup m = page.markup();
        m.open("div", "class", "alerts");
        m.element("p", page.get("html.dashboard.reasons"), "class", "caption");
        m.open("ul");
        // One line per alerting row: its most severe reason.
        for (DashboardRow row : dashboard.rows()) {
            if (row.reason().isPresent()) {
                m.element("li", "[" + row.status().label(page.locale()) + "] " + page.message(row.reason().get()),
                        "class", "alert-" + row.status().name().toLowerCase(Locale.ROOT));
            }
        }
        m.close().close();
    }

}
