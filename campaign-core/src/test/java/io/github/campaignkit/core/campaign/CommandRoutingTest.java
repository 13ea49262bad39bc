package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.BudgetArbitraries;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Routing is exhaustive: every change the library declares belongs to exactly one registered part (or
 * is a stage transition), and every kind of command is routed, access-checked and revision-checked.
 */
class CommandRoutingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"), ZoneOffset.UTC);
    private static final MemberId OUTSIDER = MemberId.of("outsider");

    /** Every record of campaign-core's main classes that is a change. */
    private static final Set<Class<?>> CHANGES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.github.campaignkit.core").stream().map(JavaClass::reflect)
            .filter(type -> type.isRecord() && Change.class.isAssignableFrom(type))
            .collect(Collectors.toSet());

    @Test
    void everyPartChangeBelongsToExactlyOneRegisteredPartAndEveryOtherChangeIsATransition() {
        assertThat(CHANGES).hasSizeGreaterThan(40);
        for (Class<?> type : CHANGES) {
            long owners = Parts.ALL.filter(part -> part.family().isAssignableFrom(type)).size();
            if (PartChange.class.isAssignableFrom(type)) {
                assertThat(owners).as("parts owning " + type.getName()).isEqualTo(1);
            } else {
                assertThat(Transition.class.isAssignableFrom(type)).as(type.getName() + " is a transition").isTrue();
            }
        }
    }

    @Test
    void everyRegisteredFamilyIsSealedAndEachPartIsRegisteredOnce() {
        assertThat(Parts.ALL.map(Part::name).distinct().size()).isEqualTo(Parts.ALL.size());
        assertThat(Parts.ALL.map(Part::family).distinct().size()).isEqualTo(Parts.ALL.size());
        for (Part<?, ?, ?> part : Parts.ALL) {
            assertThat(part.family().isSealed()).as(part.family().getName()).isTrue();
            assertThat(Set.of(part.family().getPermittedSubclasses())).allSatisfy(type ->
                    assertThat(CHANGES).contains(type));
        }
        // Every component of the campaign but its identity, stage and history is a registered part.
        Set<String> components = java.util.Arrays.stream(Campaign.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toSet());
        components.removeAll(Set.of("id", "stage", "heldStage", "revision", "history"));
        assertThat(Parts.ALL.map(Part::name).toJavaSet()).isEqualTo(components);
    }

    @Test
    void noPublicMethodOfCampaignChangesAPart() {
        for (java.lang.reflect.Method method : Campaign.class.getMethods()) {
            boolean makesOne = method.getReturnType() == Campaign.class || method.getReturnType() == CampaignBuilder.class;
            if (makesOne) {
                // Only creating (plan) and restoring (builder) make a campaign outside the lifecycle.
                assertThat(java.lang.reflect.Modifier.isStatic(method.getModifiers())).as(method.toString()).isTrue();
                assertThat(method.getName()).as(method.toString()).isIn("plan", "builder");
            }
        }
    }

    @Test
    void theKitBuildsEveryKindOfChange() {
        Campaign campaign = CampaignArbitraries.plannedCampaigns().sample();
        Set<Class<?>> built = everyKind(campaign).stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(built).containsAll(CHANGES);
    }

    @Property(tries = 25)
    void everyKindIsRoutedAccessCheckedAndRevisionChecked(@ForAll("planned") Campaign campaign) {
        Map<Department, MemberId> heads = new HashMap<>();
        campaign.profile().departments().forEach(d -> heads.put(d, campaign.profile().overallLead()));
        Lifecycle lifecycle = Lifecycle.standard().withAccessPolicy(AccessPolicy.standard()
                .and(AccessPolicy.departmentHeads(heads)));
        MemberId lead = campaign.profile().overallLead();
        for (Change change : everyKind(campaign)) {
            String kind = change.getClass().getName();
            assertThat(change instanceof Transition || Parts.owning(change).isPresent()).as(kind + " routed").isTrue();

            Refusal stale = lifecycle.apply(campaign, new CampaignCommand(lead, Optional.of(campaign.revision() + 1),
                    change), CLOCK).getLeft();
            assertThat(stale.hasCode(LifecycleViolation.STALE_REVISION)).as(kind + " stale").isTrue();
            assertThat(stale.hasCode(LifecycleViolation.UNROUTED)).as(kind).isFalse();

            Refusal outsider = lifecycle.apply(campaign, CampaignCommand.by(OUTSIDER, change), CLOCK).getLeft();
            assertThat(outsider.violations().filter(v -> v.path().equals("actor") && v.isError()))
                    .as(kind + " refused for an outsider").isNotEmpty();
        }
    }

    @Test
    void aChangeNoPartOwnsIsRefusedNotThrown() {
        Campaign campaign = CampaignArbitraries.plannedCampaigns().sample();
        Change foreign = new Foreign();
        Either<Refusal, Campaign> result = Lifecycle.standard().withAccessPolicy(AccessPolicy.anyone())
                .apply(campaign, CampaignCommand.by(campaign.profile().overallLead(), foreign), CLOCK);
        assertThat(result.getLeft().codes()).containsExactly("campaign.lifecycle.unrouted");
        assertThat(result.getLeft().message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] change：活动中没有任何部分能处理“修改预算”这项变更。");
    }

    /** An application's change that no part registered (it reuses a budget label for its type). */
    private record Foreign() implements PartChange<String, Object> {
        @Override
        public BudgetChange.Type type() {
            return BudgetChange.Type.REVISE_BUDGET;
        }

        @Override
        public Either<Refusal, String> applyTo(String part, Object context) {
            return Either.right(part);
        }
    }

    @Provide
    Arbitrary<Campaign> planned() {
        return CampaignArbitraries.plannedCampaigns();
    }

    private static List<Change> everyKind(Campaign campaign) {
        List<Change> all = new ArrayList<>(CampaignArbitraries.changesOfEveryKind(campaign));
        for (Class<?> type : BudgetChange.class.getPermittedSubclasses()) {
            all.add(BudgetArbitraries.changes(type.asSubclass(BudgetChange.class)).sample());
        }
        return all;
    }
}
