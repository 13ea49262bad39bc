package io.github.campaignkit.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.rule.Violation;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReturnsTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void seed004RoiIs549point35Percent() {
        ReturnOnInvestment roi = ReturnOnInvestment.of(Money.of(77_000, CNY), Money.of(500_000, CNY)).get();
        assertThat(roi.percent()).isEqualByComparingTo("549.35").hasScaleOf(2);
        assertThat(roi.gain()).isEqualTo(Money.of(423_000, CNY));
        assertThat(roi.revenuePerCost()).isEqualByComparingTo("6.49");
    }

    @Test
    void aZeroCostIsAViolationNotAnException() {
        var result = ReturnOnInvestment.of(Money.zero(CNY), Money.of(500_000, CNY));
        Violation violation = result.getError().single();
        assertThat(violation.code()).isEqualTo("budget.roi.cost-not-positive");
        assertThat(violation.path()).isEqualTo("cost");
        assertThat(violation.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("计算 ROI 需要大于零的成本，当前成本为 0.00元。");
        assertThatThrownBy(() -> new ReturnOnInvestment(Money.zero(CNY), Money.zero(CNY)))
                .hasMessage("cost: must be above zero: CNY 0.00");
    }

    @Test
    void channelsAreRankedByWhatTheNextYuanEarns() {
        ChannelResult b = new ChannelResult("B渠道", Money.of(10_000, CNY), Money.of(20_000, CNY));
        ChannelResult a = new ChannelResult("A渠道", Money.of(10_000, CNY), Money.of(50_000, CNY));
        ChannelResult c = new ChannelResult("C渠道", Money.of(30_000, CNY), Money.of(60_000, CNY));
        List<ChannelResult> ranked = ChannelResult.rank(List.of(b, a, c)).get();
        assertThat(ranked).containsExactly(a, b, c);
        assertThat(a.returns().get().revenuePerCost()).isEqualByComparingTo("5");
        assertThat(a.returns().get().percent()).isEqualByComparingTo("400");
        assertThat(b.returns().get().percent()).isEqualByComparingTo("100");
    }

    @Test
    void everyChannelWithoutACostIsReported() {
        var result = ChannelResult.rank(List.of(
                new ChannelResult("抖音", Money.of(100, CNY), Money.of(500, CNY)),
                new ChannelResult("社群", Money.zero(CNY), Money.of(500, CNY)),
                new ChannelResult("线下", Money.zero(CNY), Money.zero(CNY))));
        assertThat(result.getError().map(Violation::path)).containsExactly("channels[1].cost", "channels[2].cost");
        assertThatThrownBy(() -> new ChannelResult(" ", Money.zero(CNY), Money.zero(CNY))).hasMessageStartingWith("channel:");
    }
}
