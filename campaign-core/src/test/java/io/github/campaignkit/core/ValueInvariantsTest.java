package io.github.campaignkit.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.campaign.AgeRange;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.campaign.StageChange;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Out-of-range values are refused by the constructor with a message that names the field. */
class ValueInvariantsTest {

    private static final MemberId LEAD = MemberId.of("lead");

    @Test
    void identifiersRefuseBlankPaddedLongAndControlText() {
        assertThatThrownBy(() -> CampaignId.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value: must not be blank");
        assertThatThrownBy(() -> MemberId.of(" zhang")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("value: must not start or end with white space");
        assertThatThrownBy(() -> Department.of("市场部\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("name:");
        assertThatThrownBy(() -> MemberId.of("a".repeat(129))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value: longer than 128 characters: 129");
        assertThatThrownBy(() -> MemberId.of("a\u0007b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value: must not contain control characters");
        assertThatThrownBy(() -> CampaignId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    @Test
    void rangesRefuseAnEndBeforeTheStart() {
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end: 2024-06-01 is before start 2024-06-18");
        assertThatThrownBy(() -> AgeRange.of(35, 18)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max: must be at least 35: 18");
        assertThatThrownBy(() -> AgeRange.of(-1, 18)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("min:");
        assertThatThrownBy(() -> AgeRange.of(18, 151)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("max:");
    }

    @Test
    void stageChangesMustChangeAndNeverLeaveATerminalStage() {
        Instant at = Instant.parse("2024-06-01T00:00:00Z");
        assertThatThrownBy(() -> new StageChange(Stage.REVIEW, Stage.REVIEW, at, LEAD, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("to:");
        assertThatThrownBy(() -> new StageChange(Stage.CLOSED, Stage.PLANNING, at, LEAD, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("from:");
    }

    @Test
    void campaignsKeepStageHeldStageRevisionAndHistoryConsistent() {
        Campaign planned = Campaign.plan(CampaignId.of("c"), CampaignArbitraries.profiles().sample());
        assertThatThrownBy(() -> Campaign.builder().from(planned).revision(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("revision: must not be negative: -1");
        assertThatThrownBy(() -> Campaign.builder().from(planned).stage(Stage.ON_HOLD).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("heldStage:");
        assertThatThrownBy(() -> Campaign.builder().from(planned).heldStage(Stage.EXECUTION).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("heldStage:");
        assertThatThrownBy(() -> Campaign.builder().from(planned).stage(Stage.ON_HOLD).heldStage(Stage.CLOSED).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("heldStage: only an open stage can be held: closed");
        StageChange toReview = new StageChange(Stage.EXECUTION, Stage.REVIEW, Instant.EPOCH, LEAD, Optional.empty());
        assertThatThrownBy(() -> Campaign.builder().from(planned).history(List.of(toReview)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("history:");
    }

    @Test
    void buildersNameTheMissingComponent() {
        assertThatThrownBy(() -> Campaign.builder().id(CampaignId.of("c")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("profile");
    }
}
