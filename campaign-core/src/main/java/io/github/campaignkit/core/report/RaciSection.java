package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.RaciRole;
import io.github.campaignkit.core.team.RaciRules;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.TeamPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The RACI matrix (任务分工RACI矩阵): a legend, then one table row ({@code tr.raci-task}) per task of
 * the board and one cell ({@code td.raci}) per member in it, the columns ordered as the
 * {@linkplain RaciMatrixRenderer text renderer} orders them (the team, then people the matrix names
 * who are not on it, marked {@code ?}); each cell holds the member's letters ({@code R/A}) and is
 * classed by them ({@code role-r role-a}); then what {@link RaciRules} finds under the standard
 * team policy.
 */
final class RaciSection {

    private RaciSection() {
    }

    static void write(Campaign campaign, HtmlPage page) {
        TaskBoard board = campaign.board();
        page.openSection(ReportSection.RACI);
        if (ReportSection.RACI.isEmpty(campaign)) {
            page.none("html.none.raci");
            page.markup().close();
            return;
        }
        Locale locale = page.locale();
        boolean zh = page.texts().chinese();
        Markup m = page.markup();
        page.paragraph(RaciMatrixRenderer.legend(zh, locale), "legend");
        Set<MemberId> strangers = RaciMatrixRenderer.strangers(board, campaign.team());
        List<MemberId> columns = RaciMatrixRenderer.columns(campaign.team(), strangers);
        m.open("table", "class", "raci");
        m.open("thead").open("tr");
        m.element("th", page.get("html.raci.module"), "scope", "col");
        m.element("th", page.get("html.raci.task"), "scope", "col");
        for (MemberId id : columns) {
            String name = MemberNames.plain(campaign.team(), id);
            m.element("th", name + (strangers.contains(id) ? "?" : ""), "scope", "col", "title", id.value());
        }
        m.close().close();
        m.open("tbody");
        for (Task task : board.tasks()) {
            m.open("tr", "class", "raci-task", "data-task", task.id().value());
            m.element("td", task.module().label(locale));
            m.element("td", task.id().value() + " " + task.name());
            for (MemberId id : columns) {
                Set<RaciRole> roles = board.raci().roles(task.id(), id);
                String letters = roles.stream().map(RaciRole::letter).collect(Collectors.joining("/"));
                String css = "raci" + roles.stream().map(r -> " role-" + r.letter().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining());
                m.element("td", letters, "class", css);
            }
            m.close();
        }
        m.close().close();
        page.findings(page.get("html.findings"), MemberNames.named(RaciRules.check(board, campaign.team(), TeamPolicy.standard()), campaign.team()));
        m.close();
    }
}
