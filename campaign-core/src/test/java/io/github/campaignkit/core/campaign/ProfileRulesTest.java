package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ProfileRulesTest {

    private static List<String> codes(CampaignProfile profile) {
        return ProfileRules.standard().check(profile).map(Violation::code).toJavaList();
    }

    private static Phase phase(PhaseKind kind, int fromDay, int toDay) {
        return Phase.of(kind, DateRange.of(LocalDate.of(2024, 6, fromDay), LocalDate.of(2024, 6, toDay)));
    }

    @Example
    void theSeedProfileIsComplete() {
        assertThat(ProfileRules.standard().check(Seed000.profile())).isEmpty();
    }

    @Example
    void blankTextsAreReportedWithTheirPaths() {
        CampaignProfile profile = Seed000.profile().toBuilder()
                .name("").theme(" ").slogan("").audience(TargetAudience.of("\t"))
                .mechanics(List.of("满减", " ")).build();
        assertThat(ProfileRules.standard().check(profile).map(v -> v.code() + "@" + v.path()).toJavaList())
                .containsExactly(
                        "campaign.profile.name.blank@name",
                        "campaign.profile.theme.blank@theme",
                        "campaign.profile.slogan.blank@slogan",
                        "campaign.profile.audience.blank@audience.description",
                        "campaign.profile.mechanic.blank@mechanics[1]");
    }

    @Example
    void departmentsMustBeNamedOnce() {
        assertThat(codes(Seed000.profile().withDepartments(List.of())))
                .containsExactly("campaign.profile.departments.empty");
        CampaignProfile twice = Seed000.profile().withDepartments(
                List.of(Department.of("市场部"), Department.of("销售部"), Department.of("市场部")));
        assertThat(ProfileRules.standard().check(twice).single().path()).isEqualTo("departments[2]");
    }

    @Example
    void phasesMustBeOrderedUniqueAndApart() {
        assertThat(codes(Seed000.profile().withPhases(List.of(phase(PhaseKind.BURST, 1, 5), phase(PhaseKind.WARM_UP, 6, 9)))))
                .containsExactly("campaign.profile.phase.out-of-order");
        assertThat(codes(Seed000.profile().withPhases(List.of(phase(PhaseKind.WARM_UP, 1, 10), phase(PhaseKind.BURST, 10, 18)))))
                .containsExactly("campaign.profile.phase.overlap");
        assertThat(codes(Seed000.profile().withPhases(List.of(phase(PhaseKind.WARM_UP, 1, 3), phase(PhaseKind.WARM_UP, 4, 5)))))
                .containsExactly("campaign.profile.phase.duplicate");
        assertThat(codes(Seed000.profile().withPhases(List.of(phase(PhaseKind.WARM_UP, 10, 12), phase(PhaseKind.BURST, 1, 5)))))
                .containsExactly("campaign.profile.phase.out-of-order");
    }

    @Example
    void aProfileWithoutPhasesOnlyWarns() {
        List<Violation> found = ProfileRules.standard().check(Seed000.profile().withPhases(List.of())).toJavaList();
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.isWarning()).isTrue();
            assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).contains("预热期、爆发期、延续期");
        });
    }

    @Property
    void movingAPhaseOutOfTheWindowIsAlwaysFound(@ForAll("profilesWithPhases") CampaignProfile profile,
                                                 @ForAll @IntRange(min = 1, max = 400) int days) {
        Phase first = profile.phases().get(0);
        java.util.List<Phase> moved = new java.util.ArrayList<>(profile.phases());
        moved.set(0, Phase.of(first.kind(), DateRange.of(profile.window().start().minusDays(days), first.range().end())));
        assertThat(ProfileRules.standard().check(profile.withPhases(moved)))
                .anySatisfy(v -> {
                    assertThat(v.code()).isEqualTo("campaign.profile.phase.outside-window");
                    assertThat(v.path()).isEqualTo("phases[0].range");
                });
    }

    @Provide
    Arbitrary<CampaignProfile> profilesWithPhases() {
        return CampaignArbitraries.profiles().filter(p -> !p.phases().isEmpty());
    }
}
