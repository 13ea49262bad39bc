package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.Seed004;
import io.github.campaignkit.core.event.EventPlan;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.testkit.EventArbitraries;
import io.github.campaignkit.core.testkit.SupplyArbitraries;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** What the execution monitor says about deliveries and notices, for any plans and any two days. */
class SupplyMonitorProperties {

    private static final Set<String> OVERDUE = Set.of("supply.delivery.overdue", "supply.delivery.not-arrived",
            "event.notice.overdue");

    @Provide
    Arbitrary<SupplyPlan> supplies() {
        return SupplyArbitraries.plans();
    }

    @Provide
    Arbitrary<EventPlan> events() {
        return EventArbitraries.plans();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return CampaignArbitraries.dates();
    }

    private static Seq<Violation> found(SupplyPlan supply, EventPlan event, LocalDate day) {
        Campaign campaign = Campaign.builder().from(Seed004.campaign()).supply(supply).event(event).build();
        Clock clock = Clock.fixed(day.atTime(12, 0).atZone(Seed004.SHANGHAI).toInstant(), Seed004.SHANGHAI);
        return ExecutionMonitor.standard().check(campaign, clock)
                .filter(v -> v.code().startsWith("supply.") || v.code().startsWith("event."));
    }

    private static Set<String> keys(Seq<Violation> found, boolean overdue) {
        // What is overdue is named by its material or notice: past its need date, an overdue delivery
        // becomes one that has not arrived by then, and stays overdue.
        return found.filter(v -> OVERDUE.contains(v.code()) == overdue)
                .map(v -> overdue ? v.path().substring(0, v.path().indexOf(']') + 1) : v.code() + "@" + v.path())
                .collect(Collectors.toSet());
    }

    @Property
    void whatIsOverdueStaysOverdueAndLatenessDoesNotDependOnTheDay(
            @ForAll("supplies") SupplyPlan supply, @ForAll("events") EventPlan event, @ForAll("dates") LocalDate day,
            @ForAll @IntRange(min = 0, max = 40) int later) {
        Seq<Violation> before = found(supply, event, day);
        Seq<Violation> after = found(supply, event, day.plusDays(later));
        assertThat(keys(after, true)).containsAll(keys(before, true));
        assertThat(keys(after, false)).isEqualTo(keys(before, false));
        Statistics.label("something overdue").collect(!keys(before, true).isEmpty());
        Statistics.label("something late").collect(!keys(before, false).isEmpty());
        Statistics.label("something overdue").coverage(c -> c.check(true).percentage(p -> p >= 5));
        Statistics.label("something late").coverage(c -> c.check(true).percentage(p -> p >= 5));
    }

    @Property
    void everyFindingPointsAtAMaterialOrANoticeOfThePlan(
            @ForAll("supplies") SupplyPlan supply, @ForAll("events") EventPlan event, @ForAll("dates") LocalDate day) {
        for (Violation v : found(supply, event, day)) {
            int index = Integer.parseInt(v.path().replaceAll("^[a-z.]+\\[(\\d+)\\].*$", "$1"));
            if (v.code().startsWith("supply.")) {
                assertThat(v.path()).startsWith("supply.materials[");
                if (v.code().equals("supply.delivery.not-arrived")) {
                    assertThat(supply.materials().get(index).needBy().orElseThrow()).isBefore(day);
                    assertThat(supply.materials().get(index).delivery().flatMap(d -> d.actual())).isEmpty();
                } else {
                    assertThat(supply.materials().get(index).delivery()).isPresent();
                }
            } else {
                assertThat(v.path()).startsWith("event.notices[").endsWith("].sentOn");
                assertThat(event.notices().get(index).sentOn()).isEmpty();
                assertThat(event.deadline(event.notices().get(index)).orElseThrow()).isBefore(day);
            }
        }
    }
}
