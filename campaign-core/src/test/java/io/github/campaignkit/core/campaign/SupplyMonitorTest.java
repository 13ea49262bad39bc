package io.github.campaignkit.core.campaign;

import static io.github.campaignkit.core.campaign.Seed004Supply.clock;
import static io.github.campaignkit.core.campaign.Seed004Supply.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.supply.Delivery;
import io.github.campaignkit.core.supply.Material;
import io.github.campaignkit.core.supply.MaterialStatus;
import io.github.campaignkit.core.tracking.TrackingPolicy;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The execution monitor's material deliveries and event notices, on fixed clocks. */
class SupplyMonitorTest {

    private static Seq<String> found(Campaign campaign, Clock clock) {
        return ExecutionMonitor.standard().check(campaign, clock)
                .filter(v -> v.code().startsWith("supply.") || v.code().startsWith("event."))
                .map(v -> v.code() + "@" + v.path());
    }

    @Test
    void onThe29thTheGiftsAndTheInternalNoticeAreOverdueAndTheBannersLate() {
        Seq<Violation> all = ExecutionMonitor.standard().check(Seed004Supply.campaign(), clock(7, 29, 9));
        assertThat(all.filter(v -> v.code().startsWith("supply.") || v.code().startsWith("event."))
                .map(v -> v.code() + "@" + v.path())).containsExactly(
                "supply.delivery.late@supply.materials[1].delivery.actual",
                "supply.delivery.overdue@supply.materials[2].delivery.promised",
                "event.notice.overdue@event.notices[0].sentOn");
        Violation gifts = all.find(v -> v.code().equals("supply.delivery.overdue")).get();
        assertThat(gifts.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("物料定制礼品承诺于 2024-07-28 交付，截至 2024-07-29 仍未到货。");
        assertThat(gifts.message(Locale.ENGLISH))
                .isEqualTo("Material 定制礼品 was promised for 2024-07-28 and has not arrived as of 2024-07-29.");
        assertThat(all.find(v -> v.code().equals("supply.delivery.late")).get().severity()).isEqualTo(Severity.WARNING);
        assertThat(all.find(v -> v.code().equals("event.notice.overdue")).get().message(Locale.SIMPLIFIED_CHINESE))
                .contains("2024-07-25", "2024-07-29");
    }

    @Test
    void aPromiseOrADeadlineFallsDueTheDayAfterItsDate() {
        assertThat(found(Seed004Supply.campaign(), clock(7, 28, 23))).containsExactly(
                "supply.delivery.late@supply.materials[1].delivery.actual",
                "event.notice.overdue@event.notices[0].sentOn");
        assertThat(found(Seed004Supply.campaign(), clock(7, 30, 0))).containsExactly(
                "supply.delivery.late@supply.materials[1].delivery.actual",
                "supply.delivery.overdue@supply.materials[2].delivery.promised",
                "supply.delivery.overdue@supply.materials[3].delivery.promised",
                "event.notice.overdue@event.notices[0].sentOn",
                "event.notice.overdue@event.notices[1].sentOn");
    }

    @Test
    void theDayIsReadInTheTrackingPolicysZone() {
        // 16:30 UTC on 07-29 is already 00:30 on 07-30 in Shanghai, the standard policy's zone.
        Clock utc = Clock.fixed(Instant.parse("2024-07-29T16:30:00Z"), ZoneOffset.UTC);
        assertThat(found(Seed004Supply.campaign(), utc)).contains("supply.delivery.overdue@supply.materials[3].delivery.promised");
        TrackingPolicy inUtc = TrackingPolicy.standard().toBuilder().zone(ZoneOffset.UTC).build();
        assertThat(ExecutionMonitor.standard().withTrackingPolicy(inUtc).check(Seed004Supply.campaign(), utc)
                .map(Violation::path)).doesNotContain("supply.materials[3].delivery.promised");
    }

    @Test
    void aMaterialThatCameAfterItsNeedDateAndNoticesSentInTimeAreReportedAsSuch() {
        Campaign campaign = Seed004Supply.campaign();
        List<Material> materials = new java.util.ArrayList<>(campaign.supply().materials());
        materials.set(2, materials.get(2).toBuilder().delivery(new Delivery(day(7, 28), Optional.of(day(7, 31))))
                .status(MaterialStatus.DELIVERED).build());
        materials.set(3, materials.get(3).toBuilder().delivery(Delivery.promised(day(7, 29)).deliveredOn(day(7, 29)))
                .status(MaterialStatus.DELIVERED).build());
        Campaign delivered = Campaign.builder().from(campaign).supply(campaign.supply().toBuilder().materials(materials).build()).event(campaign.event().toBuilder().notices(List.of(
                        campaign.event().notices().get(0).sentOn(day(7, 25)),
                        campaign.event().notices().get(1).sentOn(day(7, 29)))).build()).build();

        assertThat(found(delivered, clock(8, 2, 9))).containsExactly(
                "supply.delivery.late@supply.materials[1].delivery.actual",
                "supply.delivery.after-need-date@supply.materials[2].delivery.actual");
    }

    @Test
    void aCampaignWithoutMaterialsOrAnEventHasNothingToReport() {
        assertThat(found(Campaign.builder().from(Seed004Supply.campaign()).supply(io.github.campaignkit.core.supply.SupplyPlan.empty()).event(io.github.campaignkit.core.event.EventPlan.empty()).build(), clock(8, 20, 9))).isEmpty();
    }
}
