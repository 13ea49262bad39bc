package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written decimal check accepts exactly what the schema's patterns describe. */
class DecimalFormProperties {

    private static final Pattern DECIMAL = Pattern.compile(CampaignJsonModule.DECIMAL);
    private static final Pattern PLAIN = Pattern.compile(CampaignJsonModule.PLAIN_DECIMAL);

    @Property(tries = 3000)
    void theCheckAgreesWithThePatterns(@ForAll("texts") String text) {
        assertThat(DecimalText.isDecimal(text, true)).as(text).isEqualTo(DECIMAL.matcher(text).matches());
        assertThat(DecimalText.isDecimal(text, false)).as(text).isEqualTo(PLAIN.matcher(text).matches());
    }

    @Example
    void writtenFormsAreAcceptedAndOthersNot() {
        for (String text : new String[] {"0", "-0", "12.50", "-1600.505", "2E+1", "1e-5", "7E3"}) {
            assertThat(DecimalText.isDecimal(text, true)).as(text).isTrue();
        }
        for (String text : new String[] {"", "-", "+1", ".5", "5.", "1.2.3", "1E", "1E+", " 1", "1 ", "١٢"}) {
            assertThat(DecimalText.isDecimal(text, true)).as(text).isFalse();
        }
        assertThat(DecimalText.isDecimal("2E+1", false)).isFalse();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("0123456789.-+eE x").ofMaxLength(12);
    }
}
