package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A campaign profile (表1) kept for the next campaign: everything but the dates. The window is
 * kept as its length and the phases as days from its start.
 *
 * @param name        活动名称
 * @param theme       活动主题
 * @param slogan      the slogan, when there is one
 * @param kind        online, offline or hybrid
 * @param scale       small, medium or large
 * @param days        the window's length in days, at least 1
 * @param phases      the phases, in order, as days from the window's start
 * @param audience    目标用户画像
 * @param departments 参与部门
 * @param overallLead 总负责人
 * @param mechanics   玩法
 */
@Value.Builder
public record ProfileTemplate(String name, String theme, Optional<String> slogan, CampaignKind kind,
                              CampaignScale scale, int days, List<PhaseTemplate> phases, TargetAudience audience,
                              List<Department> departments, MemberId overallLead, List<String> mechanics) {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException     if a component or an element is null, naming it
     * @throws IllegalArgumentException if {@code days} is below 1, naming it
     */
    public ProfileTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(theme, "theme");
        Checks.optional(slogan, "slogan");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scale, "scale");
        if (days < 1) {
            throw InvalidValueException.of(ValueViolation.BELOW, "days", days, 1);
        }
        phases = Checks.list(phases, "phases");
        Objects.requireNonNull(audience, "audience");
        departments = Checks.list(departments, "departments");
        Objects.requireNonNull(overallLead, "overallLead");
        mechanics = Checks.list(mechanics, "mechanics");
    }

    /**
     * A builder; every component without a default must be set.
     *
     * @return a new builder
     */
    public static ProfileTemplateBuilder builder() {
        return new ProfileTemplateBuilder();
    }

    /**
     * The template of a profile: its window as a length, its phases as offsets.
     *
     * @param profile the profile
     * @return the template
     */
    public static ProfileTemplate from(CampaignProfile profile) {
        Objects.requireNonNull(profile, "profile");
        List<PhaseTemplate> phases = new ArrayList<>();
        for (Phase phase : profile.phases()) {
            phases.add(PhaseTemplate.from(phase, profile.window().start()));
        }
        return new ProfileTemplate(profile.name(), profile.theme(), profile.slogan(), profile.kind(), profile.scale(),
                Math.toIntExact(profile.window().days()), phases, profile.audience(), profile.departments(),
                profile.overallLead(), profile.mechanics());
    }

    /**
     * The profile for a window of the same length starting on a day, with the phases at the same
     * places in it.
     *
     * @param start the new window's first day
     * @return the profile
     */
    public CampaignProfile dated(LocalDate start) {
        Objects.requireNonNull(start, "start");
        List<Phase> dated = new ArrayList<>();
        for (PhaseTemplate phase : phases) {
            dated.add(phase.dated(start));
        }
        return new CampaignProfile(name, theme, slogan, kind, scale, DateRange.of(start, start.plusDays(days - 1L)),
                dated, audience, departments, overallLead, mechanics);
    }
}
