package io.github.campaignkit.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RuleTest {

    private static final Rule<String> NOT_EMPTY = s -> s.isEmpty()
            ? List.of(Violation.of("test.empty", Severity.ERROR, "")) : List.empty();
    private static final Rule<String> SHORT = s -> s.length() > 3
            ? List.of(Violation.of("test.long", Severity.WARNING, "length", s.length())) : List.empty();

    @Test
    void allKeepsEveryViolationInOrder() {
        Rule<String> both = Rule.all(NOT_EMPTY, SHORT, NOT_EMPTY.and(SHORT));
        assertThat(both.check("").map(Violation::code)).containsExactly("test.empty", "test.empty");
        assertThat(both.check("long").map(Violation::code)).containsExactly("test.long", "test.long");
    }

    @Test
    void underPrefixesPaths() {
        assertThat(SHORT.under("lines[3]").check("abcd").single().path()).isEqualTo("lines[3].length");
        assertThat(NOT_EMPTY.under("name").check("").single().path()).isEqualTo("name");
        assertThat(RulePaths.join("lines", "[2].unitPrice")).isEqualTo("lines[2].unitPrice");
        assertThat(RulePaths.join("", "x")).isEqualTo("x");
    }

    @Test
    void warningsAloneDoNotInvalidate() {
        Validation<Seq<Violation>, String> warned = Rules.validate("abcd", NOT_EMPTY.and(SHORT));
        assertThat(warned.isValid()).isTrue();
        Validation<Seq<Violation>, String> failed = Rules.validate("", NOT_EMPTY.and(SHORT));
        assertThat(failed.getError().map(Violation::code)).containsExactly("test.empty");
    }

    @Property
    void validationCollectsEveryErrorOfEveryRule(@ForAll @IntRange(min = 1, max = 20) int rules) {
        Rule<String> rule = s -> List.empty();
        for (int i = 0; i < rules; i++) {
            rule = rule.and(NOT_EMPTY);
        }
        assertThat(Rules.validate("", rule).getError()).hasSize(rules);
    }

    @Test
    void unknownCodesRenderAsCodeAndArguments() {
        Violation v = Violation.of("acme.custom.rule", Severity.ERROR, "x", "a", 3);
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("acme.custom.rule (a, 3)");
    }

    @Test
    void applicationBundlesAreSearchedFirst() {
        MessageRenderer renderer = MessageRenderer.standard().withBundle("io.github.campaignkit.core.rule.test-messages");
        Violation custom = Violation.of("acme.custom.rule", Severity.ERROR, "x", "甲");
        assertThat(renderer.message(custom, Locale.SIMPLIFIED_CHINESE)).isEqualTo("自定义规则：甲");
        assertThat(renderer.message(custom, Locale.ENGLISH)).isEqualTo("custom rule: 甲");
        assertThat(renderer.describe(Violation.of("campaign.lifecycle.reason-blank", Severity.ERROR, "reason"),
                Locale.ENGLISH)).isEqualTo("[error] reason: A reason is required.");
    }

    @Test
    void badViolationsNameTheField() {
        assertThatThrownBy(() -> Violation.of("Not A Code", Severity.ERROR, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("code:");
        assertThatThrownBy(() -> Violation.of("a.b", Severity.ERROR, "", (Object) null))
                .isInstanceOf(NullPointerException.class).hasMessage("arguments[0]");
        assertThatThrownBy(() -> Refusal.of(List.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("violations:");
        assertThatThrownBy(() -> RulePaths.indexed("lines", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("index:");
    }
}
