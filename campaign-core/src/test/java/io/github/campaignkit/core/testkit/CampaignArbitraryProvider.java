package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.campaign.AgeRange;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.StageChange;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Baseline;
import io.github.campaignkit.core.schedule.BaselineTask;
import io.github.campaignkit.core.schedule.CriticalSubgraph;
import io.github.campaignkit.core.schedule.Dependency;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.ScheduleForecast;
import io.github.campaignkit.core.schedule.Task;
import io.github.campaignkit.core.schedule.TaskForecast;
import io.github.campaignkit.core.schedule.TaskProgress;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.goal.MetricId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik generate campaign-core types for a plain {@code @ForAll} parameter. Registered in
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider} of campaign-core's test-jar.
 */
public final class CampaignArbitraryProvider implements ArbitraryProvider {

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> PROVIDED = provided();

    /** Creates the provider; jqwik calls this through the service loader. */
    public CampaignArbitraryProvider() {
    }

    /**
     * The types this provider generates, each with its generator, for tests that must cover every
     * type of the library.
     *
     * @return an unmodifiable map from type to generator
     */
    public static Map<Class<?>, Supplier<Arbitrary<?>>> providedTypes() {
        return PROVIDED;
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return PROVIDED.keySet().stream().anyMatch(targetType::isOfType);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return PROVIDED.entrySet().stream()
                .filter(e -> targetType.isOfType(e.getKey()))
                .map(e -> e.getValue().get())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Map<Class<?>, Supplier<Arbitrary<?>>> provided() {
        Map<Class<?>, Supplier<Arbitrary<?>>> map = new LinkedHashMap<>();
        map.put(CampaignId.class, CampaignArbitraries::campaignIds);
        map.put(MemberId.class, CampaignArbitraries::memberIds);
        map.put(TaskId.class, () -> CampaignArbitraries.identifiers().map(TaskId::of));
        map.put(MetricId.class, () -> CampaignArbitraries.identifiers().map(MetricId::of));
        map.put(Department.class, CampaignArbitraries::departments);
        map.put(DateRange.class, CampaignArbitraries::dateRanges);
        map.put(Phase.class, () -> CampaignArbitraries.dateRanges()
                .flatMap(CampaignArbitraries::phasesWithin)
                .filter(list -> !list.isEmpty())
                .map(list -> list.get(0)));
        map.put(AgeRange.class, CampaignArbitraries::ageRanges);
        map.put(TargetAudience.class, CampaignArbitraries::audiences);
        map.put(CampaignProfile.class, CampaignArbitraries::profiles);
        map.put(Campaign.class, CampaignArbitraries::campaigns);
        map.put(StageChange.class, CampaignArbitraries::stageChanges);
        map.put(Violation.class, CampaignArbitraries::violations);
        map.put(Refusal.class, () -> CampaignArbitraries.violations().list().ofMinSize(1).ofMaxSize(4).map(Refusal::of));
        map.put(CampaignCommand.Advance.class, () -> commandsOf(CampaignCommand.Advance.class));
        map.put(CampaignCommand.Hold.class, () -> commandsOf(CampaignCommand.Hold.class));
        map.put(CampaignCommand.Resume.class, () -> commandsOf(CampaignCommand.Resume.class));
        map.put(CampaignCommand.Cancel.class, () -> commandsOf(CampaignCommand.Cancel.class));
        map.put(CampaignCommand.ReviseProfile.class, () -> commandsOf(CampaignCommand.ReviseProfile.class));
        map.put(CampaignCommand.ReviseSchedule.class, () -> commandsOf(CampaignCommand.ReviseSchedule.class));
        map.put(WorkingCalendar.class, ScheduleArbitraries::calendars);
        map.put(Task.class, ScheduleArbitraries::tasks);
        map.put(Dependency.class, ScheduleArbitraries::dependencies);
        map.put(TaskProgress.class, ScheduleArbitraries::taskProgress);
        map.put(BaselineTask.class, ScheduleArbitraries::baselineTasks);
        map.put(Baseline.class, ScheduleArbitraries::baselines);
        map.put(Schedule.class, ScheduleArbitraries::schedules);
        map.put(TaskForecast.class, ScheduleArbitraries::taskForecasts);
        map.put(CriticalSubgraph.class, ScheduleArbitraries::criticalSubgraphs);
        map.put(ScheduleForecast.class, ScheduleArbitraries::forecasts);
        map.put(CampaignCommand.class, () -> CampaignArbitraries.campaigns().flatMap(CampaignArbitraries::commands));
        return java.util.Collections.unmodifiableMap(map);
    }

    private static <T extends CampaignCommand> Arbitrary<T> commandsOf(Class<T> type) {
        return CampaignArbitraries.plannedCampaigns().flatMap(CampaignArbitraries::commands)
                .filter(type::isInstance).map(type::cast);
    }
}
