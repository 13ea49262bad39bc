package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.team.Department;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The profile (营销活动策划总表) as a two-column table of field and value. */
final class ProfileSection {

    private ProfileSection() {
    }

    static void write(Campaign campaign, HtmlPage page) {
        CampaignProfile p = campaign.profile();
        Locale locale = page.locale();
        Markup m = page.markup();
        page.openSection(ReportSection.PROFILE);
        m.open("table", "class", "profile");
        m.open("tbody");
        field(page, "profile.name", p.name());
        field(page, "profile.theme", p.theme().isBlank() ? Texts.NONE : p.theme());
        field(page, "profile.slogan", p.slogan().filter(s -> !s.isBlank()).orElse(Texts.NONE));
        field(page, "profile.kind", p.kind().label(locale) + " · " + p.scale().label(locale));
        field(page, "profile.window", range(page, p.window()));
        List<String> phases = new ArrayList<>();
        for (Phase phase : p.phases()) {
            phases.add(phase.kind().label(locale) + " " + range(page, phase.range()));
        }
        field(page, "profile.phases", page.join(phases));
        field(page, "profile.audience", audience(page, p.audience()));
        field(page, "profile.departments",
                page.join(p.departments().stream().map(Department::name).collect(Collectors.toList())));
        field(page, "profile.lead", HtmlPage.member(campaign, p.overallLead(), page.texts().chinese()));
        field(page, "profile.mechanics", page.join(p.mechanics()));
        field(page, "profile.stage", campaign.stage().label(locale)
                + campaign.heldStage().map(s -> " " + page.get("html.held", s.label(locale))).orElse(""));
        m.close().close();
        m.close();
    }

    private static void field(HtmlPage page, String key, String value) {
        Markup m = page.markup();
        m.open("tr");
        m.element("th", page.get(key), "scope", "row");
        m.element("td", value);
        m.close();
    }

    private static String range(HtmlPage page, DateRange range) {
        return page.get("html.range", range.start().toString(), range.end().toString(), Long.toString(range.days()));
    }

    private static String audience(HtmlPage page, TargetAudience audience) {
        List<String> parts = new ArrayList<>();
        if (!audience.description().isBlank()) {
            parts.add(audience.description());
        }
        audience.ageRange().ifPresent(a -> parts.add(page.get("profile.ages", Integer.toString(a.min()),
                Integer.toString(a.max()))));
        if (!audience.habits().isEmpty()) {
            parts.add(page.get("profile.habits", page.join(audience.habits())));
        }
        if (!audience.preferredMedia().isEmpty()) {
            parts.add(page.get("profile.media", page.join(audience.preferredMedia())));
        }
        return parts.isEmpty() ? Texts.NONE : String.join(page.texts().chinese() ? "；" : "; ", parts);
    }
}
