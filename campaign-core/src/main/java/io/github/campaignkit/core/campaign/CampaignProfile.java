package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a campaign is (表1 营销活动策划总表): name, theme and slogan, kind and scale, the window with
 * its phases, the audience, the departments taking part and the overall lead.
 *
 * <p>A profile may be a draft: texts may still be blank and phases may not yet fit the window.
 * Such a profile is a valid value, but {@link ProfileRules#standard()} reports what is missing, and
 * the campaign cannot leave {@link Stage#PLANNING} until it passes. Build one with
 * {@link #builder()}.
 *
 * @param name        活动名称, e.g. {@code 品牌618促销活动}
 * @param theme       活动主题, e.g. {@code 年中大促·满300减50}
 * @param slogan      the slogan, when there is one
 * @param kind        online, offline or hybrid
 * @param scale       small, medium or large
 * @param window      活动时间, the days the campaign runs
 * @param phases      预热期 / 爆发期 / 延续期 inside the window, in order
 * @param audience    目标用户画像
 * @param departments 参与部门, the departments taking part
 * @param overallLead 总负责人, who leads the whole campaign
 * @param mechanics   玩法, e.g. {@code 满减}, {@code 抽奖}, {@code 拼团}, {@code 打卡}
 */
@Value.Builder
public record CampaignProfile(String name, String theme, Optional<String> slogan, CampaignKind kind,
                              CampaignScale scale, DateRange window, List<Phase> phases,
                              TargetAudience audience, List<Department> departments, MemberId overallLead,
                              List<String> mechanics) {

    /**
     * Checks every component and copies the lists.
     *
     * @throws NullPointerException if a component or a list element is null, naming it
     */
    public CampaignProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(theme, "theme");
        Checks.optional(slogan, "slogan");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(window, "window");
        phases = Checks.list(phases, "phases");
        Objects.requireNonNull(audience, "audience");
        departments = Checks.list(departments, "departments");
        Objects.requireNonNull(overallLead, "overallLead");
        mechanics = Checks.list(mechanics, "mechanics");
    }

    /**
     * A builder for a profile; every component without a default must be set.
     *
     * @return a new builder
     */
    public static CampaignProfileBuilder builder() {
        return new CampaignProfileBuilder();
    }

    /**
     * A builder that starts from this profile, to change a few components.
     *
     * @return a builder holding every component of this profile
     */
    public CampaignProfileBuilder toBuilder() {
        return new CampaignProfileBuilder().from(this);
    }

    /**
     * This profile with another overall lead.
     *
     * @param lead the new overall lead
     * @return a copy
     */
    public CampaignProfile withOverallLead(MemberId lead) {
        return toBuilder().overallLead(lead).build();
    }

    /**
     * This profile with other phases.
     *
     * @param newPhases the phases, in order
     * @return a copy
     */
    public CampaignProfile withPhases(List<Phase> newPhases) {
        return toBuilder().phases(newPhases).build();
    }

    /**
     * This profile with other participating departments.
     *
     * @param newDepartments the departments
     * @return a copy
     */
    public CampaignProfile withDepartments(List<Department> newDepartments) {
        return toBuilder().departments(newDepartments).build();
    }

    /**
     * The phase of the given kind, if the profile has one.
     *
     * @param kind the kind
     * @return the first phase of that kind
     */
    public Optional<Phase> phase(io.github.campaignkit.core.schedule.PhaseKind kind) {
        Objects.requireNonNull(kind, "kind");
        return phases.stream().filter(p -> p.kind() == kind).findFirst();
    }
}
