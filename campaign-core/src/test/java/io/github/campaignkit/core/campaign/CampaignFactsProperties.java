package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.Seed004;
import io.github.campaignkit.core.risk.Completion;
import io.github.campaignkit.core.risk.Fact;
import io.github.campaignkit.core.risk.TriggerFacts;
import io.github.campaignkit.core.supply.Delivery;
import io.github.campaignkit.core.supply.Material;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.testkit.SupplyArbitraries;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The campaign's material facts, for any supply plan and any two days. */
class CampaignFactsProperties {

    @Provide
    Arbitrary<SupplyPlan> supplies() {
        return SupplyArbitraries.plans();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return CampaignArbitraries.dates();
    }

    @Property
    void everyMaterialIsKnownAndOnceArrivedStaysArrived(@ForAll("supplies") SupplyPlan supply,
                                                       @ForAll("dates") LocalDate day,
                                                       @ForAll @IntRange(min = 0, max = 30) int later) {
        TriggerFacts facts = CampaignFacts.of(Campaign.builder().from(Seed004.campaign()).supply(supply).build(), Seed004.SHANGHAI);
        for (Material material : supply.materials()) {
            String key = material.id().value();
            assertThat(facts.knowsMaterial(key)).isTrue();
            Optional<Fact<Completion>> before = facts.material(key, day);
            Optional<Fact<Completion>> after = facts.material(key, day.plusDays(later));
            assertThat(before).isPresent();
            assertThat(after).isPresent();
            if (before.get().value() == Completion.DONE) {
                assertThat(after.get().value()).isEqualTo(Completion.DONE);
            }
            // Arrived exactly when an actual delivery on or before the day is recorded.
            boolean arrived = material.delivery().flatMap(Delivery::actual).filter(d -> !d.isAfter(day)).isPresent();
            assertThat(before.get().value() == Completion.DONE).isEqualTo(arrived);
            assertThat(before.get().source()).startsWith("supply.materials[");
        }
    }

    @Property
    void aKeyThatIsNoMaterialsIdIsUnknownAndUnanswered(@ForAll("supplies") SupplyPlan supply,
                                                      @ForAll("dates") LocalDate day) {
        TriggerFacts facts = CampaignFacts.of(Campaign.builder().from(Seed004.campaign()).supply(supply).build(), Seed004.SHANGHAI);
        for (Material material : supply.materials()) {
            String name = material.name() + "#";
            if (supply.materials().stream().noneMatch(m -> m.id().value().equals(name))) {
                assertThat(facts.knowsMaterial(name)).isFalse();
                assertThat(facts.material(name, day)).isEmpty();
            }
        }
        assertThat(facts.knowsMaterial("no such material")).isEqualTo(
                supply.materials().stream().anyMatch(m -> m.id().value().equals("no such material")));
    }
}
