package io.github.campaignkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.budget.BudgetCategory;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetPolicy;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.testkit.CampaignArbitrary;
import io.github.campaignkit.core.testkit.CampaignReportingFormat;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;

/**
 * The test kit as a user steers it: a property over campaigns of one policy, currency and size runs
 * without discarding samples, generated campaigns reach every stage, shrinking ends at a small
 * campaign, and a failure report describes a campaign in a few lines.
 */
class TestKitProperties {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Provide
    Arbitrary<Campaign> standardInYuan() {
        return CampaignArbitraries.plannedCampaigns().withPolicy(BudgetPolicy.standard()).inCurrency(CNY).withTasks(5, 50);
    }

    /** The issue's own property: under the standard policy a planned reserve never exceeds 20 %. */
    @Property(tries = 40)
    void aPlannedReserveNeverExceedsTwentyPercentUnderTheStandardPolicy(@ForAll("standardInYuan") Campaign campaign) {
        assertThat(campaign.budget().plan().policy()).isEqualTo(BudgetPolicy.standard());
        assertThat(campaign.budget().plan().currency()).isEqualTo(CNY);
        assertThat(campaign.board().tasks().size()).isBetween(5, 50);
        BigDecimal reserve = campaign.budget().plan().lines().stream()
                .filter(line -> line.category() == BudgetCategory.CONTINGENCY).map(BudgetLine::amount)
                .map(m -> m.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(Percentages.compare(reserve, campaign.budget().plan().total().amount(), BigDecimal.valueOf(20)))
                .isLessThanOrEqualTo(0);
    }

    @Property(tries = 6)
    void campaignsReachTheStageAskedFor(@ForAll Stage stage) {
        Campaign campaign = CampaignArbitraries.plannedCampaigns().inStage(stage).sample();
        assertThat(campaign.stage()).isEqualTo(stage);
        if (stage == Stage.CLOSED) {
            assertThat(campaign.review().evaluation()).isPresent();
        }
    }

    @Property(tries = 30)
    void aFailureReportDescribesACampaignInUnder2Kilobytes(@ForAll("standardInYuan") Campaign campaign) {
        Object report = new CampaignReportingFormat().report(campaign);
        String text = report.toString();
        assertThat(new CampaignReportingFormat().appliesTo(campaign)).isTrue();
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThan(2048);
        assertThat(text).contains(campaign.id().value(), campaign.stage().name(),
                campaign.board().tasks().size() + " tasks");
        assertThat(campaign.toString().length()).isGreaterThan(text.length());
    }

    @Example
    void shrinkingEndsAtTheSmallestCampaignThatStillFails() {
        // A property that fails for every campaign with five tasks or more: shrinking should end at
        // five tasks, a single budget line plus its reserve, and little else.
        Shrinkable<Campaign> current = standardInYuan().generator(1000).next(new Random(20261207));
        Predicate<Campaign> fails = c -> c.board().tasks().size() >= 5;
        int steps = 0;
        while (steps < 400) {
            Optional<Shrinkable<Campaign>> smaller = current.shrink().filter(s -> fails.test(s.value())).findFirst();
            if (smaller.isEmpty()) {
                break;
            }
            current = smaller.get();
            steps++;
        }
        Campaign shrunk = current.value();
        assertThat(steps).isLessThan(400);
        assertThat(shrunk.board().tasks()).hasSize(5);
        assertThat(shrunk.budget().plan().lines()).hasSizeLessThanOrEqualTo(2);
        assertThat(CampaignArbitraries.describe(shrunk).length()).isLessThan(1000);
    }

    @Example
    void badConfigurationsAreRefusedWithTheBounds() {
        CampaignArbitrary planned = CampaignArbitraries.plannedCampaigns();
        assertThatThrownBy(() -> planned.withTasks(3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3..2");
        assertThatThrownBy(() -> planned.withTasks(0, CampaignArbitrary.MAX_TASKS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> planned.withPolicy(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> planned.inCurrency(Currency.getInstance("XXX")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minor unit");
    }
}
