package io.github.campaignkit.core.report;

import io.github.campaignkit.core.kpi.AllChannels;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.Dashboard;
import io.github.campaignkit.core.kpi.DashboardRow;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.MessageRenderer;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.Team;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a KPI dashboard (数据监控看板): one line per row with channel, metric, today, cumulative,
 * target, achievement rate, pace, a progress bar, alert status, analysis and owner, followed by the
 * reasons of every alert and the dashboard's other findings, one line each.
 *
 * <p>The progress bar has {@linkplain #withBarWidth(int) a number of cells} (20 by default): '#'
 * up to the achievement rate, '-' after it, and '|' where the pace stands, so
 * {@code [############|-------]} is ahead of pace and {@code [########---------|--]} behind it.
 * Immutable and thread-safe.
 */
public final class DashboardRenderer {

    private static final DashboardRenderer STANDARD = new DashboardRenderer(20, MessageRenderer.standard(), Team.empty());

    private final int barWidth;
    private final MessageRenderer messages;
    private final Team team;

    private DashboardRenderer(int barWidth, MessageRenderer messages, Team team) {
        this.team = team;
        this.barWidth = barWidth;
        this.messages = messages;
    }

    /**
     * The renderer with a 20-cell bar and the standard messages.
     *
     * @return the shared instance
     */
    public static DashboardRenderer standard() {
        return STANDARD;
    }

    /**
     * This renderer with another bar width.
     *
     * @param cells the number of cells, 5 to 100
     * @return a new renderer
     * @throws IllegalArgumentException if the width is out of range
     */
    public DashboardRenderer withBarWidth(int cells) {
        if (cells < 5 || cells > 100) {
            throw InvalidValueException.of(ValueViolation.OUT_OF_RANGE, "cells", cells, 5, 100);
        }
        return new DashboardRenderer(cells, messages, team);
    }

    /**
     * This renderer with another message renderer for the reasons (one that knows an
     * application's own codes, say).
     *
     * @param renderer the message renderer
     * @return a new renderer
     */
    public DashboardRenderer withMessages(MessageRenderer renderer) {
        return new DashboardRenderer(barWidth, Objects.requireNonNull(renderer, "renderer"), team);
    }

    /**
     * This renderer naming the rows' owners from a team (张*, not zhang).
     *
     * @param names the campaign's team
     * @return a renderer
     */
    public DashboardRenderer withTeam(Team names) {
        return new DashboardRenderer(barWidth, messages, Objects.requireNonNull(names, "names"));
    }

    /**
     * The dashboard as text.
     *
     * @param dashboard the dashboard
     * @param locale    the reader's language
     * @return the text, lines ending in {@code \n}
     */
    public String render(Dashboard dashboard, Locale locale) {
        Objects.requireNonNull(dashboard, "dashboard");
        Objects.requireNonNull(locale, "locale");
        Texts t = new Texts(locale);
        TextTable table = new TextTable(List.of(t.get("dashboard.channel"), t.get("dashboard.metric"),
                t.get("dashboard.today"), t.get("dashboard.cumulative"), t.get("dashboard.target"),
                t.get("dashboard.achievement"), t.get("dashboard.pace"), t.get("dashboard.progress"),
                t.get("dashboard.status"), t.get("dashboard.analysis"), t.get("dashboard.owner")),
                false, false, true, true, true, true, true, false, false, false, false);
        for (DashboardRow row : dashboard.rows()) {
            Optional<io.github.campaignkit.core.goal.MetricUnit> unit = Optional.of(row.unit());
            table.add(List.of(
                    channel(row.channel(), locale),
                    row.metricName().isBlank() ? row.metric().value() : row.metricName(),
                    row.today().map(v -> t.value(v, unit)).orElse(Texts.NONE),
                    row.cumulative().map(v -> t.value(v, unit)).orElse(Texts.NONE),
                    t.target(row.target(), unit),
                    row.achievement().map(Texts::percent).orElse(Texts.NONE),
                    Texts.percent(row.pace()),
                    Texts.bar(row.achievement(), row.pace(), barWidth),
                    row.status().label(locale),
                    row.analysis().filter(a -> !a.isBlank()).orElse(Texts.NONE),
                    row.owner().map(id -> MemberNames.name(team, id, t.chinese())).orElse(Texts.NONE)));
        }
        StringBuilder out = new StringBuilder(t.get("dashboard.title", dashboard.asOf().toString())).append('\n');
        out.append(table.render());
        boolean first = true;
        // One line per alerting row, its most severe reason; findings without their paths.
        for (DashboardRow row : dashboard.rows()) {
            if (row.reason().isPresent()) {
                first = heading(out, first, t);
                out.append("  [").append(row.status().label(locale)).append("] ")
                        .append(messages.message(row.reason().get(), locale)).append('\n');
            }
        }
        for (Violation finding : dashboard.findings()) {
            first = heading(out, first, t);
            out.append("  [").append(finding.severity().label(locale)).append("] ")
                    .append(messages.message(finding, locale)).append('\n');
        }
        return out.toString();
    }

    private static boolean heading(StringBuilder out, boolean first, Texts t) {
        if (first) {
            out.append(t.get("dashboard.notes")).append('\n');
        }
        return false;
    }

    private static String channel(Optional<Channel> channel, Locale locale) {
        return channel.map(Channel::name).orElseGet(() -> AllChannels.ALL.label(locale));
    }
}
