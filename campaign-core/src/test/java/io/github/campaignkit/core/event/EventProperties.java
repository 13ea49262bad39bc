package io.github.campaignkit.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.EventArbitraries;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EventProperties {

    @Provide
    Arbitrary<EventPlan> ready() {
        return EventArbitraries.readyPlans(List.of(MemberId.of("wang"), MemberId.of("李")));
    }

    @Provide
    Arbitrary<Duration> offsets() {
        return EventArbitraries.offsets();
    }

    @Property
    void aValidRunOfShowStaysValidWhenEverythingMovesTogether(@ForAll("ready") EventPlan plan,
                                                              @ForAll("offsets") Duration offset) {
        assertThat(EventRules.readyForExecution().check(plan)).isEmpty();
        EventPlan moved = plan.shiftedBy(offset);
        assertThat(EventRules.readyForExecution().check(moved)).isEmpty();
        assertThat(moved.totalDuration()).isEqualTo(plan.totalDuration());
        assertThat(moved.shiftedBy(offset.negated())).isEqualTo(plan);
    }

    @Property
    void overlapsAreFoundWhateverTheOrderOfListing(@ForAll EventPlan plan) {
        List<Segment> reversed = new java.util.ArrayList<>(plan.segments());
        java.util.Collections.reverse(reversed);
        long overlaps = EventRules.runOfShow().check(plan).count(v -> v.code().equals("event.segment.overlap"));
        long again = EventRules.runOfShow().check(plan.toBuilder().segments(reversed).build())
                .count(v -> v.code().equals("event.segment.overlap"));
        assertThat(overlaps == 0).isEqualTo(again == 0);
        boolean anyPair = false;
        for (int i = 0; i < plan.segments().size(); i++) {
            for (int j = i + 1; j < plan.segments().size(); j++) {
                anyPair |= plan.segments().get(i).overlaps(plan.segments().get(j));
            }
        }
        assertThat(overlaps > 0).isEqualTo(anyPair);
    }

    @Property
    void aTemplateCarriesNoDate(@ForAll EventPlan plan) {
        EventPlan template = plan.template();
        assertThat(template.date()).isEmpty();
        assertThat(template.notices()).allSatisfy(n -> assertThat(n.scheduledOn().or(n::sentOn)).isEmpty());
        assertThat(EventRules.notices().check(template).filter(Violation::isError)
                .filter(v -> !v.code().equals("event.date.missing"))).isEmpty();
    }
}
