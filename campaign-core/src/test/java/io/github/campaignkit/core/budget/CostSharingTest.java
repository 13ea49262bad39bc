package io.github.campaignkit.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostSharingTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final PartnerId TECH = PartnerId.of("科技公司A");
    private static final PartnerId HEALTH = PartnerId.of("健康品牌B");
    private static final PartnerId CAFE = PartnerId.of("咖啡连锁C");

    @Test
    void aBillIsSplitSoThePartsAddUpExactly() {
        CostSharing sixtyForty = CostSharing.of(PartnerShare.of(TECH, "60"), PartnerShare.of(HEALTH, "40"));
        assertThat(sixtyForty.split(Money.of(77_000, CNY))).containsExactly(Money.of(46_200, CNY), Money.of(30_800, CNY));

        CostSharing thirds = CostSharing.of(PartnerShare.of(TECH, "33.33"), PartnerShare.of(HEALTH, "33.33"),
                PartnerShare.of(CAFE, "33.34"));
        assertThat(thirds.split(Money.of("100.00", "CNY")))
                .containsExactly(Money.of("33.33", "CNY"), Money.of("33.33", "CNY"), Money.of("33.34", "CNY"));
        // 0.10 × 33.33% = 0.033333: each gets 0.03, the fen left over goes to the largest remainder (33.34%).
        assertThat(thirds.split(Money.of("0.10", "CNY")))
                .containsExactly(Money.of("0.03", "CNY"), Money.of("0.03", "CNY"), Money.of("0.04", "CNY"));
        // On a tie the earlier partner gets the fen: 50/50 of 0.01.
        CostSharing halves = CostSharing.of(PartnerShare.of(TECH, "50"), PartnerShare.of(HEALTH, "50"));
        assertThat(halves.split(Money.of("0.01", "CNY"))).containsExactly(Money.of("0.01", "CNY"), Money.of("0", "CNY"));
        assertThat(halves.split(Money.of("-0.01", "CNY"))).containsExactly(Money.of("-0.01", "CNY"), Money.of("0", "CNY"));
    }

    @Test
    void ratiosSummingTo99point99AreReportedWithTheSum() {
        var result = CostSharing.validate(List.of(PartnerShare.of(TECH, "60"), PartnerShare.of(HEALTH, "39.99")));
        Violation sum = result.getError().single();
        assertThat(sum.code()).isEqualTo("budget.sharing.sum");
        assertThat(sum.path()).isEqualTo("shares");
        assertThat(sum.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("各合作方分摊比例合计为 99.99%，而不是 100%。");
        assertThat(sum.message(Locale.ENGLISH)).isEqualTo("The partners' shares add up to 99.99%, not 100%.");
        assertThatThrownBy(() -> CostSharing.of(PartnerShare.of(TECH, "60"), PartnerShare.of(HEALTH, "39.99")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shares: The partners' shares add up to 99.99%, not 100%.");
    }

    @Test
    void everyProblemOfTypedSharesIsReported() {
        var result = CostSharing.validate(List.of(PartnerShare.of(TECH, "50"), PartnerShare.of(TECH, "30")));
        assertThat(result.getError().map(Violation::code))
                .containsExactly("budget.sharing.duplicate-partner", "budget.sharing.sum");
        assertThat(result.getError().map(Violation::path)).containsExactly("shares[1].partner", "shares");
        assertThat(CostSharing.validate(List.of()).getError().map(Violation::code)).containsExactly("budget.sharing.empty");
        assertThatThrownBy(() -> PartnerShare.of(TECH, "0")).hasMessage("percent: a share lies above 0% and at most 100%, not 0%");
        assertThatThrownBy(() -> PartnerShare.of(TECH, "100.01")).hasMessageStartingWith("percent:");
    }

    @Test
    void aSettlementSetsSharesAgainstWhatEachPartnerPaid() {
        CostSharing sharing = CostSharing.of(PartnerShare.of(TECH, "60"), PartnerShare.of(HEALTH, "40"));
        List<SpendEntry> spend = List.of(
                paid("L1", 50_000, TECH), paid("L2", 20_000, HEALTH), paid("L3", 7_000, HEALTH));
        Settlement settlement = Settlement.of(sharing, CNY, spend, Instant.parse("2024-08-20T09:00:00Z"),
                MemberId.of("张*"));
        assertThat(settlement.total()).isEqualTo(Money.of(77_000, CNY));
        assertThat(settlement.lines()).extracting(SettlementLine::share)
                .containsExactly(Money.of(46_200, CNY), Money.of(30_800, CNY));
        assertThat(settlement.lines()).extracting(SettlementLine::paid)
                .containsExactly(Money.of(50_000, CNY), Money.of(27_000, CNY));
        assertThat(settlement.lines()).extracting(SettlementLine::balance)
                .containsExactly(Money.of(-3_800, CNY), Money.of(3_800, CNY));
    }

    @Test
    void aSettlementLineMustBalance() {
        assertThatThrownBy(() -> new SettlementLine(TECH, java.math.BigDecimal.TEN, Money.of(100, CNY),
                Money.of(40, CNY), Money.of(50, CNY)))
                .hasMessage("balance: CNY 50.00 is not the share CNY 100.00 less the paid CNY 40.00");
    }

    private static SpendEntry paid(String line, long amount, PartnerId payer) {
        return new SpendEntry(BudgetLineId.of(line), LocalDate.of(2024, 8, 10), Money.of(amount, CNY), Optional.empty(),
                Optional.empty(), Optional.of(payer));
    }
}
