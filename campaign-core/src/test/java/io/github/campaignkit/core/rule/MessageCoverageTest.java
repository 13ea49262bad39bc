package io.github.campaignkit.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An application finds, in a test, the codes its bundle does not cover, instead of its users finding raw codes. */
class MessageCoverageTest {

    private static final List<String> ACME = List.of("acme.discount.too-deep", "acme.coupon.unknown");

    private final MessageRenderer messages = MessageRenderer.standard().withBundle("io.github.campaignkit.core.rule.acme");

    @Test
    void theCodesWithoutAMessageAreNamedPerLanguage() {
        assertThat(messages.missing(ACME, Locale.ENGLISH)).isEmpty();
        assertThat(messages.missing(ACME, Locale.SIMPLIFIED_CHINESE)).containsExactly("acme.coupon.unknown");
        assertThat(MessageRenderer.standard().missing(ACME, Locale.ENGLISH)).containsExactlyElementsOf(ACME);
    }

    @Test
    void aCodeMissingInOneLanguageReadsInTheBaseLanguageOrRawWhichIsWhatTheCheckPrevents() {
        Violation unknown = Violation.of("acme.coupon.unknown", Severity.ERROR, "coupon", "C-7");
        assertThat(messages.message(unknown, Locale.SIMPLIFIED_CHINESE)).isEqualTo("Coupon C-7 is unknown.");
        assertThat(messages.message(unknown, Locale.ENGLISH)).isEqualTo("Coupon C-7 is unknown.");
        assertThat(MessageRenderer.standard().message(unknown, Locale.ENGLISH)).isEqualTo("acme.coupon.unknown (C-7)");
    }

    @Test
    void theLibrarysOwnCodesAreCoveredInBothLanguages() {
        List<String> codes = java.util.Arrays.stream(ValueViolation.values()).map(ValueViolation::code).toList();
        assertThat(MessageRenderer.standard().missing(codes, Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(MessageRenderer.standard().missing(codes, Locale.ENGLISH)).isEmpty();
        assertThatThrownBy(() -> messages.missing(java.util.Arrays.asList("a.b", null), Locale.ENGLISH))
                .isInstanceOf(NullPointerException.class).hasMessage("code");
    }

    @Test
    void chineseMessagesDropTheSpaceBetweenChineseTextAndAChineseName() {
        Violation named = Violation.of("team.task.status.reopen-without-reason", Severity.ERROR, "reason",
                NamedId.of("T2", "线上线下物料设计"), "已完成", "未开始");
        assertThat(named.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("任务线上线下物料设计（T2）已是“已完成”，改回“未开始”必须说明原因。");
        Violation id = Violation.of("team.task.status.reopen-without-reason", Severity.ERROR, "reason", "T2", "已完成", "未开始");
        assertThat(id.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("任务 T2 已是“已完成”，改回“未开始”必须说明原因。");
        Violation spaced = Violation.of("team.task.status.reopen-without-reason", Severity.ERROR, "reason", "线上 线下", "已完成", "未开始");
        assertThat(spaced.message(Locale.SIMPLIFIED_CHINESE)).startsWith("任务线上 线下已是");
        assertThat(named.message(Locale.ENGLISH)).contains("线上线下物料设计 (T2)");
    }
}
