package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What the parts still to come will need, shown on fixture records through the same pipeline as a
 * campaign: sealed types by closed names, maps keyed by identifiers, sets, decimals kept to their
 * scale and bounded, a type written by a serializer of its own described for the schema.
 */
class ModuleFixtureTest {

    /** A target of a fixture: at least a value, or between two. */
    sealed interface Target permits AtLeast, Between {
    }

    /**
     * At least a value.
     *
     * @param value the least value
     */
    record AtLeast(BigDecimal value) implements Target {
        AtLeast {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Between two values.
     *
     * @param low  the least
     * @param high the most
     */
    record Between(BigDecimal low, BigDecimal high) implements Target {
        Between {
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
            if (high.compareTo(low) < 0) {
                throw new IllegalArgumentException("high: " + high + " is below low " + low);
            }
        }
    }

    /** A fixture holding what the model's parts will hold. */
    record Fixture(MemberId owner, Target target, Optional<Target> stretch, Map<MemberId, BigDecimal> shares,
                   Set<String> tags, List<Target> history, Map<String, List<LocalDate>> days) {
        Fixture {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(stretch, "stretch");
            shares = Map.copyOf(shares);
            tags = Set.copyOf(tags);
            history = List.copyOf(history);
            days = Map.copyOf(days);
        }
    }

    private static final CampaignJson JSON = CampaignJson.builder()
            .module(m -> m.sealed(Target.class, Map.entry("at-least", AtLeast.class), Map.entry("between", Between.class)))
            .build();

    private static Fixture fixture() {
        Map<MemberId, BigDecimal> shares = new LinkedHashMap<>();
        shares.put(MemberId.of("wang"), new BigDecimal("0.40"));
        shares.put(MemberId.of("li"), new BigDecimal("0.60"));
        shares.put(MemberId.of("zhang"), new BigDecimal("1E+3"));
        Set<String> tags = new LinkedHashSet<>(List.of("直播", "拼团", "抽奖"));
        return new Fixture(MemberId.of("zhang"), new AtLeast(new BigDecimal("12.50")),
                Optional.of(new Between(new BigDecimal("1.000"), new BigDecimal("2"))), shares, tags,
                List.of(new AtLeast(BigDecimal.ZERO), new Between(BigDecimal.ONE, BigDecimal.TEN)),
                Map.of("预热", List.of(LocalDate.of(2024, 6, 1))));
    }

    private static void refused(String json, Consumer<CampaignJsonException> check) {
        assertThatThrownBy(() -> JSON.readValue(json, Fixture.class))
                .isInstanceOfSatisfying(CampaignJsonException.class, check);
    }

    @Test
    void sealedTypesMapsSetsAndDecimalsRoundTripCanonically() {
        String json = JSON.writeValue(fixture());
        assertThat(json).contains("\"target\":{\"type\":\"at-least\",\"value\":\"12.50\"}",
                "\"shares\":{\"li\":\"0.60\",\"wang\":\"0.40\",\"zhang\":\"1E+3\"}",
                "\"stretch\":{\"type\":\"between\",\"low\":\"1.000\",\"high\":\"2\"}");
        Fixture read = JSON.readValue(json, Fixture.class);
        assertThat(read).isEqualTo(fixture());
        assertThat(read.shares().get(MemberId.of("li")).scale()).isEqualTo(2);
        assertThat(JSON.writeValue(read)).isEqualTo(json);
        String reordered = "{" + json.substring(json.indexOf("\"campaign\":"), json.length() - 1) + ",\"schemaVersion\":2}";
        assertThat(JSON.readValue(reordered, Fixture.class)).isEqualTo(fixture());
    }

    @Test
    void setsAreWrittenInOrderWhateverTheirIterationOrder() {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            words.add("标签" + i);
        }
        java.util.List<String> sorted = new java.util.ArrayList<>(words);
        sorted.sort(null);
        Set<String> reversed = new LinkedHashSet<>();
        for (int i = sorted.size() - 1; i >= 0; i--) {
            reversed.add(sorted.get(i));
        }
        Fixture base = fixture();
        Fixture one = new Fixture(base.owner(), base.target(), base.stretch(), base.shares(), reversed, base.history(),
                base.days());
        String json = JSON.writeValue(one);
        String expected = sorted.stream().map(w -> "\"" + w + "\"").collect(java.util.stream.Collectors.joining(","));
        assertThat(json).contains("\"tags\":[" + expected + "]");
        assertThat(JSON.writeValue(JSON.readValue(json, Fixture.class))).isEqualTo(json);
    }

    @Test
    void subtypeNamesAreClosed() {
        String json = JSON.writeValue(fixture());
        refused(json.replace("\"type\":\"at-least\",\"value\":\"12.50\"", "\"type\":\"AtLeast\",\"value\":\"12.50\""), e -> {
            assertThat(e.code()).isEqualTo("json.value.unknown-type");
            assertThat(e.pointer()).isEqualTo("/campaign/target/type");
            assertThat(e.reason()).isEqualTo("unknown type \"AtLeast\"; expected one of at-least, between");
        });
        refused(json.replace("\"type\":\"at-least\",\"value\":\"12.50\"", "\"value\":\"12.50\""), e -> {
            assertThat(e.code()).isEqualTo("json.value.missing-type");
            assertThat(e.pointer()).isEqualTo("/campaign/target/type");
        });
        refused(json.replace("{\"type\":\"between\",\"low\":\"1.000\",\"high\":\"2\"}",
                "{\"type\":\"between\",\"low\":\"3\",\"high\":\"2\"}"), e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/stretch/high");
            assertThat(e.reason()).isEqualTo("invalid value: 2 is below low 3");
        });
    }

    @Test
    void decimalsAreBoundedAndMapKeysChecked() {
        String json = JSON.writeValue(fixture());
        refused(json.replace("\"value\":\"12.50\"", "\"value\":\"1e-100000000\""), e -> {
            assertThat(e.code()).isEqualTo("json.limit.decimal-scale");
            assertThat(e.pointer()).isEqualTo("/campaign/target/value");
            assertThat(e.reason()).isEqualTo("a decimal with scale 100000000, beyond ±20 (maxDecimalScale)");
        });
        refused(json.replace("\"value\":\"12.50\"", "\"value\":1e-100000000"), e -> {
            assertThat(e.code()).isEqualTo("json.value.decimal-as-number");
            assertThat(e.pointer()).isEqualTo("/campaign/target/value");
        });
        CampaignJson fewDigits = JSON.toBuilder().maxDecimalPrecision(10).build();
        assertThatThrownBy(() -> fewDigits.readValue(json.replace("\"value\":\"12.50\"", "\"value\":\"1.1111111111\""),
                Fixture.class)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.limit.decimal-precision");
                    assertThat(e.pointer()).isEqualTo("/campaign/target/value");
                    assertThat(e.reason()).isEqualTo("a decimal with 11 digits, more than 10 (maxDecimalPrecision)");
                });
        refused(json.replace("\"value\":\"12.50\"", "\"value\":12.50"), e -> {
            assertThat(e.code()).isEqualTo("json.value.decimal-as-number");
            assertThat(e.reason()).isEqualTo("write this decimal as a string such as \"12.50\" so that its scale is "
                    + "kept, not as the number 12.50");
        });
        // A whole number too: read as a decimal it would be written back as the string "12".
        refused(json.replace("\"value\":\"12.50\"", "\"value\":12"), e -> {
            assertThat(e.code()).isEqualTo("json.value.decimal-as-number");
            assertThat(e.pointer()).isEqualTo("/campaign/target/value");
        });
        refused(json.replace("\"value\":\"12.50\"", "\"value\":true"), e -> {
            assertThat(e.code()).isEqualTo("json.value.wrong-type");
            assertThat(e.reason()).isEqualTo("expected a decimal number such as 12.50, found true or false");
        });
        refused(json.replace("\"value\":\"12.50\"", "\"value\":\"+12.50\""), e -> {
            assertThat(e.code()).isEqualTo("json.value.invalid-format");
            assertThat(e.reason()).isEqualTo("\"+12.50\" is not a decimal number such as 12.50");
        });
        refused(json.replace("\"li\":\"0.60\"", "\" li\":\"0.60\""), e -> {
            assertThat(e.code()).isEqualTo("json.value.invalid");
            assertThat(e.pointer()).startsWith("/campaign/shares");
        });
        String twice = json.replace("\"li\":\"0.60\"", "\"li\":\"0.60\",\"li\":\"0.70\"");
        refused(twice, e -> {
            assertThat(e.code()).isEqualTo("json.syntax.duplicate-property");
            assertThat(e.pointer()).isEqualTo("/campaign/shares/li");
            assertThat(e.column()).hasValue(twice.indexOf("\"li\":\"0.70\"") + 1);
        });
        CampaignJson tight = JSON.toBuilder().maxDecimalScale(1).build();
        assertThatThrownBy(() -> tight.readValue(json, Fixture.class)).isInstanceOfSatisfying(
                CampaignJsonException.class, e -> assertThat(e.code()).isEqualTo("json.limit.decimal-scale"));
        CampaignJsonModule module = new CampaignJsonModule();
        assertThat(module.decimal("12.50")).isEqualTo(new BigDecimal("12.50"));
        assertThatThrownBy(() -> module.decimal("1e-100000000")).hasMessage(
                "a decimal with scale 100000000, beyond ±20 (maxDecimalScale)");
        assertThatThrownBy(() -> module.decimal("twelve")).hasMessage(
                "\"twelve\" is not a decimal number such as 12.50");
    }

    @Test
    void everySubtypeMustBeNamed() {
        CampaignJsonModule module = new CampaignJsonModule();
        assertThatThrownBy(() -> module.sealed(Target.class, Map.entry("at-least", AtLeast.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Between");
        assertThatThrownBy(() -> module.sealed(Target.class, Map.entry("AtLeast", AtLeast.class),
                Map.entry("between", Between.class))).hasMessageContaining("lower-case");
    }

    @Test
    void theSchemaDescribesSealedTypesMapsSetsAndDecimals() {
        SchemaGenerator.Result result = SchemaGenerator.generate(JSON.module(), Fixture.class, CampaignJson.SCHEMA_VERSION);
        String text = result.text();
        assertThat(text).contains("\"oneOf\"", "\"const\" : \"at-least\"", "\"uniqueItems\" : true",
                "\"propertyNames\"", "\"$ref\" : \"#/$defs/java.math.BigDecimal\"");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(text, InputFormat.JSON);
        String json = JSON.writeValue(fixture());
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(json.replace("\"at-least\"", "\"between\""), InputFormat.JSON)).isNotEmpty();
        assertThat(result.types()).contains(Fixture.class, AtLeast.class, Between.class, Target.class, MemberId.class);
    }

    @Test
    void theSchemaGeneratorRefusesWhatItCannotDescribe() {
        CampaignJsonModule bare = new CampaignJsonModule();
        assertThatThrownBy(() -> SchemaGenerator.generate(bare, Fixture.class, 1))
                .hasMessageContaining("register it in CampaignJsonModule with sealed(...)");
        record Odd(Object anything) {
        }
        assertThatThrownBy(() -> SchemaGenerator.generate(bare, Odd.class, 1)).hasMessageContaining("no JSON form");
        record Money(BigDecimal amount) {
        }
        CampaignJsonModule custom = new CampaignJsonModule();
        custom.addSerializer(Money.class, new tools.jackson.databind.ser.std.StdSerializer<Money>(Money.class) {
            @Override
            public void serialize(Money value, tools.jackson.core.JsonGenerator gen,
                                  tools.jackson.databind.SerializationContext ctxt) {
                gen.writeString(value.amount().toPlainString());
            }
        });
        assertThatThrownBy(() -> SchemaGenerator.generate(custom, Money.class, 1))
                .hasMessageContaining("describe it there with schema(...)");
        custom.schema(Money.class, CampaignJsonModule.string().put("pattern", "^-?[0-9]+(\\.[0-9]+)?$"));
        assertThat(SchemaGenerator.generate(custom, Money.class, 1).text()).contains("\"pattern\"");
    }
}
