package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.Gates;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamRole;
import io.vavr.collection.List;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class CampaignJsonTest {

    private static final CampaignJson JSON = CampaignJson.standard();

    static Campaign sample() {
        CampaignProfile profile = CampaignProfile.builder()
                .name("品牌618促销活动").theme("年中大促·满300减50").slogan("爆款直降🔥").kind(CampaignKind.ONLINE)
                .scale(CampaignScale.LARGE)
                .window(DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
                .addPhases(Phase.of(PhaseKind.WARM_UP, DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 10))))
                .audience(TargetAudience.of("18-35岁女性")).addDepartments(Department.of("市场部"))
                .overallLead(MemberId.of("zhang")).addMechanics("满减").build();
        Campaign planned = Campaign.builder().from(Campaign.plan(CampaignId.of("2024-618"), profile))
                .team(Team.builder().addMembers(Member.of(MemberId.of("zhang"), "张经理", TeamRole.OVERALL_LEAD))
                        .build()).build();
        // The profile gate alone: this document is about the profile, the envelope and the history.
        Lifecycle profileOnly = Lifecycle.withoutGates().withGate(Stage.PLANNING, Gates.profileComplete());
        return profileOnly.apply(planned, CampaignCommand.advance(MemberId.of("zhang")),
                Clock.fixed(Instant.parse("2024-05-20T09:00:00Z"), ZoneOffset.UTC)).get();
    }

    /** The column (in code points, from 1) where the text first appears on the document's one line. */
    private static int column(String json, String text) {
        return json.codePointCount(0, json.indexOf(text)) + 1;
    }

    private static void refused(String json, Consumer<CampaignJsonException> check) {
        refused(JSON, json, check);
    }

    private static void refused(CampaignJson reader, String json, Consumer<CampaignJsonException> check) {
        assertThatThrownBy(() -> reader.read(json)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.getMessage()).doesNotContain("io.github", "tools.jackson", "com.fasterxml", "NullPointer",
                    "Exception", "java.");
            check.accept(e);
        });
    }

    // ---- writing -----------------------------------------------------------------------------

    @Test
    void documentsAreEnvelopedWithPlainIdentifiersAndIsoDates() {
        String json = JSON.write(sample());
        assertThat(json).startsWith("{\"schemaVersion\":2,\"campaign\":{\"id\":\"2024-618\",\"profile\":{\"name\":");
        assertThat(json).contains("\"overallLead\":\"zhang\"", "\"departments\":[\"市场部\"]",
                "\"window\":{\"start\":\"2024-06-01\",\"end\":\"2024-06-18\"}", "\"at\":\"2024-05-20T09:00:00Z\"",
                "\"slogan\":\"爆款直降🔥\"", "\"stage\":\"PREPARATION\"", "\"kind\":\"WARM_UP\"");
        assertThat(json).doesNotContain("terminal", "null", "heldStage", "\"note\"");
    }

    @Test
    void everyOutputFormGivesTheSameDocument(@TempDir Path dir) throws IOException {
        Campaign campaign = sample();
        String text = JSON.write(campaign);
        assertThat(JSON.writeBytes(campaign)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.write(campaign, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
        StringWriter writer = new StringWriter();
        JSON.write(campaign, writer);
        assertThat(writer).hasToString(text);
        Path file = dir.resolve("campaign.json");
        JSON.write(campaign, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void everyInputFormReadsTheSameCampaign(@TempDir Path dir) throws IOException {
        Campaign campaign = sample();
        String text = JSON.write(campaign);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("campaign.json");
        Files.write(file, bytes);
        assertThat(JSON.read(text)).isEqualTo(campaign);
        assertThat(JSON.read(bytes)).isEqualTo(campaign);
        assertThat(JSON.read(new ByteArrayInputStream(bytes))).isEqualTo(campaign);
        assertThat(JSON.read(new StringReader(text))).isEqualTo(campaign);
        assertThat(JSON.read(file)).isEqualTo(campaign);
    }

    @Test
    void streamsAreLeftOpenForTheirOwner() {
        boolean[] closed = new boolean[2];
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        JSON.write(sample(), out);
        InputStream in = new ByteArrayInputStream(JSON.writeBytes(sample())) {
            @Override
            public void close() {
                closed[1] = true;
            }
        };
        assertThat(JSON.read(in)).isEqualTo(sample());
        assertThat(closed).containsExactly(false, false);
    }

    @Test
    void indentedOutputUsesTwoSpacesAndNewlinesAndReadsTheSame() {
        CampaignJson pretty = JSON.withIndentation(true);
        String json = pretty.write(sample());
        assertThat(json).startsWith("{\n  \"schemaVersion\" : 2,\n  \"campaign\" : {\n    \"id\" : \"2024-618\"");
        assertThat(json).doesNotContain("\r");
        assertThat(pretty.isIndenting()).isTrue();
        assertThat(pretty.withIndentation(false).write(sample())).isEqualTo(JSON.write(sample()));
        assertThat(JSON.read(json)).isEqualTo(sample());
        assertThat(CampaignJson.builder().indent(true).build().write(sample())).isEqualTo(json);
    }

    @Test
    void failedOutputIsAnExceptionOfTheLibrary() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> JSON.write(sample(), broken)).isInstanceOfSatisfying(CampaignJsonException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("json.io.write-failed");
                    assertThat(e.reason()).isEqualTo("the document cannot be written: disk full");
                });
        assertThatThrownBy(() -> JSON.read(Path.of("/no/such/dir/campaign.json")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.code()).isEqualTo("json.io.read-failed"));
    }

    // ---- options -----------------------------------------------------------------------------

    @Test
    void theDefaultsAreDocumentedAndChangeable() {
        assertThat(JSON.maxDocumentLength()).isEqualTo(64L * 1024 * 1024);
        assertThat(JSON.maxNestingDepth()).isEqualTo(64);
        assertThat(JSON.maxStringLength()).isEqualTo(1_000_000);
        assertThat(JSON.maxNumberLength()).isEqualTo(100);
        assertThat(JSON.maxNameLength()).isEqualTo(1_000);
        assertThat(JSON.maxDecimalScale()).isEqualTo(20);
        assertThat(JSON.maxDecimalPrecision()).isEqualTo(40);
        assertThat(JSON.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(JSON.schemaVersion()).isEqualTo(CampaignJson.SCHEMA_VERSION);
        CampaignJson tight = JSON.toBuilder().maxNestingDepth(3).maxStringLength(5).locale(Locale.CHINESE).build();
        assertThat(tight.maxNestingDepth()).isEqualTo(3);
        assertThat(tight.toBuilder().build().maxStringLength()).isEqualTo(5);
        assertThat(JSON.maxNestingDepth()).isEqualTo(64);
        assertThatThrownBy(() -> CampaignJson.builder().maxNestingDepth(0)).hasMessage(
                "maxNestingDepth: must be at least 1: 0");
        assertThatThrownBy(() -> CampaignJson.builder().maxDecimalScale(-1)).hasMessageStartingWith("maxDecimalScale");
    }

    @Test
    void eachLimitIsReportedWithTheOptionThatSetIt() {
        String json = JSON.write(sample());
        refused(JSON.toBuilder().maxDocumentLength(100).build(), json,
                e -> assertThat(e.code()).isEqualTo("json.limit.document-length"));
        refused(JSON.toBuilder().maxNestingDepth(3).build(), json, e -> {
            assertThat(e.code()).isEqualTo("json.limit.nesting-depth");
            assertThat(e.reason()).isEqualTo("nested deeper than 3 levels (maxNestingDepth)");
            assertThat(e.pointer()).startsWith("/campaign/profile/");
        });
        refused(JSON.toBuilder().maxStringLength(5).build(), json, e -> {
            assertThat(e.code()).isEqualTo("json.limit.string-length");
            assertThat(e.pointer()).isEqualTo("/campaign/id");
        });
        refused(JSON.toBuilder().maxNameLength(5).build(), json,
                e -> assertThat(e.code()).isEqualTo("json.limit.name-length"));
        refused(JSON.toBuilder().maxNumberLength(3).build(), json.replace("\"revision\":1", "\"revision\":12345"),
                e -> {
                    assertThat(e.code()).isEqualTo("json.limit.number-length");
                    assertThat(e.pointer()).isEqualTo("/campaign/revision");
                });
        CampaignJson tiny = JSON.toBuilder().maxDocumentLength(10).build();
        assertThatThrownBy(() -> tiny.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.code()).isEqualTo("json.limit.document-length"));
        assertThatThrownBy(() -> tiny.read(new StringReader(json))).isInstanceOfSatisfying(CampaignJsonException.class,
                e -> assertThat(e.code()).isEqualTo("json.limit.document-length"));
    }

    // ---- errors ------------------------------------------------------------------------------

    @Test
    void unknownPropertiesAreErrorsWithTheirPointerAndPlace() {
        String json = JSON.withIndentation(true).write(sample()).replace("\"theme\" :", "\"colour\" : \"red\",\n    \"theme\" :");
        refused(json, e -> {
            assertThat(e.code()).isEqualTo("json.property.unknown");
            assertThat(e.pointer()).isEqualTo("/campaign/profile/colour");
            assertThat(e.line()).hasValue(7);
            assertThat(e.column()).hasValue(18);
            assertThat(e.reason()).startsWith("unknown property \"colour\"; expected one of: ").contains("theme");
        });
        refused(JSON.write(sample()).replace("{\"schemaVersion\":2,", "{\"schemaVersion\":2,\"extra\":0,"), e -> {
            assertThat(e.pointer()).isEqualTo("/extra");
            assertThat(e.code()).isEqualTo("json.property.unknown");
        });
        refused(JSON.write(sample()).replaceFirst("}$", ",\"extra\":0}"), e -> assertThat(e.pointer()).isEqualTo("/extra"));
    }

    @Test
    void constructorInvariantsPointAtTheFieldWithTheConstructorsMessage() {
        String json = JSON.write(sample()).replace("\"end\":\"2024-06-18\"", "\"end\":\"2024-05-18\"");
        refused(json, e -> {
            assertThat(e.code()).isEqualTo("json.value.invalid");
            assertThat(e.pointer()).isEqualTo("/campaign/profile/window/end");
            assertThat(e.reason()).isEqualTo("invalid value: 2024-05-18 is before start 2024-06-01");
            assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
            assertThat(e.line()).hasValue(1);
            assertThat(e.column()).hasValue(column(json, "\"2024-05-18\""));
        });
        refused(JSON.write(sample()).replace("\"id\":\"2024-618\"", "\"id\":\" \""), e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/id");
            assertThat(e.reason()).isEqualTo("invalid value: must not be blank");
        });
        refused(JSON.write(sample()).replace("\"revision\":1", "\"revision\":-1"), e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/revision");
            assertThat(e.reason()).isEqualTo("invalid value: must not be negative: -1");
        });
    }

    @Test
    void missingAndNullValuesPointAtTheField() {
        String json = JSON.write(sample());
        refused(json.replace("\"name\":\"品牌618促销活动\",", ""), e -> {
            assertThat(e.code()).isEqualTo("json.property.missing");
            assertThat(e.pointer()).isEqualTo("/campaign/profile/name");
            assertThat(e.reason()).isEqualTo("the required property \"name\" is missing");
            assertThat(e.column()).hasValue(column(json, "{\"name\""));
        });
        refused(json.replace("\"revision\":1,", ""), e -> {
            assertThat(e.code()).isEqualTo("json.property.missing");
            assertThat(e.pointer()).isEqualTo("/campaign/revision");
        });
        refused(json.replace("\"name\":\"品牌618促销活动\"", "\"name\":null"), e -> {
            assertThat(e.code()).isEqualTo("json.value.null");
            assertThat(e.pointer()).isEqualTo("/campaign/profile/name");
        });
        refused(json.replace("\"revision\":1", "\"revision\":null"), e -> {
            assertThat(e.code()).isEqualTo("json.value.null");
            assertThat(e.pointer()).isEqualTo("/campaign/revision");
        });
        refused(json.replace("\"departments\":[\"市场部\"]", "\"departments\":[\"市场部\",null]"), e -> {
            assertThat(e.code()).isEqualTo("json.value.null");
            assertThat(e.pointer()).isEqualTo("/campaign/profile/departments/1");
        });
        refused(json.replace("\"phases\":[", "\"phases\":[null,"), e -> {
            assertThat(e.code()).isEqualTo("json.value.null");
            assertThat(e.pointer()).isEqualTo("/campaign/profile/phases/0");
        });
        refused(json.replace("\"campaign\":{", "\"campaign\":null,\"x\":{"), e -> {
            assertThat(e.code()).isEqualTo("json.value.null");
            assertThat(e.pointer()).isEqualTo("/campaign");
        });
    }

    @Test
    void optionalsMayBeMissingOrNullAndAreWrittenOnlyWhenPresent() {
        String json = JSON.write(sample());
        Campaign withoutSlogan = JSON.read(json.replace("\"slogan\":\"爆款直降🔥\",", ""));
        assertThat(withoutSlogan.profile().slogan()).isEmpty();
        assertThat(JSON.read(json.replace("\"slogan\":\"爆款直降🔥\"", "\"slogan\":null"))).isEqualTo(withoutSlogan);
        assertThat(JSON.write(withoutSlogan)).doesNotContain("slogan");
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedNotCoerced() {
        String json = JSON.write(sample());
        refused(json.replace("\"revision\":1", "\"revision\":\"1\""), e -> {
            assertThat(e.code()).isEqualTo("json.value.wrong-type");
            assertThat(e.pointer()).isEqualTo("/campaign/revision");
        });
        refused(json.replace("\"revision\":1", "\"revision\":1.0"), e -> assertThat(e.pointer()).isEqualTo("/campaign/revision"));
        refused(json.replace("\"name\":\"品牌618促销活动\"", "\"name\":618"), e -> {
            assertThat(e.code()).isEqualTo("json.value.wrong-type");
            assertThat(e.reason()).isEqualTo("expected a string, found a number");
        });
        refused(json.replace("\"name\":\"品牌618促销活动\"", "\"name\":true"),
                e -> assertThat(e.reason()).isEqualTo("expected a string, found true or false"));
        refused(json.replace("\"id\":\"2024-618\"", "\"id\":2024"), e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/id");
            assertThat(e.reason()).isEqualTo("expected a string, found a number");
        });
        refused(json.replace("\"departments\":[\"市场部\"]", "\"departments\":\"市场部\""), e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/profile/departments");
            assertThat(e.reason()).isEqualTo("expected an array, found a string");
        });
        refused(json.replace("\"start\":\"2024-06-01\",\"end\"", "\"start\":20240601,\"end\""), e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/profile/window/start");
            assertThat(e.reason()).isEqualTo("expected a date such as 2024-06-18, found a number");
        });
        refused(json.replace("\"stage\":\"PREPARATION\"", "\"stage\":1"), e -> assertThat(e.pointer()).isEqualTo("/campaign/stage"));
        refused(json.replace("\"window\":{", "\"window\":[{").replace("\"2024-06-18\"}", "\"2024-06-18\"}]"),
                e -> assertThat(e.pointer()).isEqualTo("/campaign/profile/window"));
        refused(json.replace("\"revision\":1", "\"revision\":99999999999999999999"), e -> {
            assertThat(e.code()).isEqualTo("json.value.out-of-range");
            assertThat(e.reason()).isEqualTo("99999999999999999999 is out of range: expected a whole number from "
                    + "-9223372036854775808 to 9223372036854775807");
        });
    }

    @Test
    void namesAndFormatsAreChecked() {
        String json = JSON.write(sample());
        refused(json.replace("\"stage\":\"PREPARATION\"", "\"stage\":\"DONE\""), e -> {
            assertThat(e.code()).isEqualTo("json.value.unknown-name");
            assertThat(e.pointer()).isEqualTo("/campaign/stage");
            assertThat(e.reason()).isEqualTo("\"DONE\" is not one of PLANNING, PREPARATION, EXECUTION, REVIEW, "
                    + "CLOSED, ON_HOLD, CANCELLED");
        });
        refused(json.replace("\"2024-06-18\"", "\"2024-06-31\""), e -> {
            assertThat(e.code()).isEqualTo("json.value.invalid-format");
            assertThat(e.pointer()).isEqualTo("/campaign/profile/window/end");
            assertThat(e.reason()).isEqualTo("\"2024-06-31\" is not a date such as 2024-06-18");
        });
        refused(json.replace("\"2024-05-20T09:00:00Z\"", "\"yesterday\""), e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/history/0/at");
            assertThat(e.reason()).isEqualTo("\"yesterday\" is not an instant such as 2024-05-20T09:00:00Z");
        });
        refused(json.replace("\"stage\":\"PREPARATION\"", "\"stage\":\"preparation\""),
                e -> assertThat(e.code()).isEqualTo("json.value.unknown-name"));
    }

    @Test
    void messagesNeverQuoteMoreThanTheOffendingValue() {
        String secret = "机密".repeat(100);
        String json = JSON.write(sample()).replace("\"stage\":\"PREPARATION\"", "\"stage\":\"" + secret + "\"");
        refused(json, e -> {
            assertThat(e.getMessage()).doesNotContain(secret).contains("机密".repeat(32) + "…");
            assertThat(e.getMessage()).doesNotContain("品牌618促销活动", "zhang");
        });
    }

    @Test
    void malformedDocumentsSayWhere() {
        refused("{\"schemaVersion\":2,\n \"campaign\": {]", e -> {
            assertThat(e.code()).isEqualTo("json.syntax.unexpected-character");
            assertThat(e.reason()).isEqualTo("unexpected character \"]\"");
            assertThat(e.line()).hasValue(2);
            assertThat(e.column()).hasValue(15);
        });
        refused("{\"schemaVersion\":2,\"schemaVersion\":2}", e -> {
            assertThat(e.code()).isEqualTo("json.syntax.duplicate-property");
            assertThat(e.pointer()).isEqualTo("/schemaVersion");
            assertThat(e.column()).hasValue(20);
        });
        String json = JSON.write(sample());
        String twice = json.replace("\"kind\":\"ONLINE\"", "\"kind\":\"ONLINE\",\"kind\":\"OFFLINE\"");
        refused(twice, e -> {
            assertThat(e.code()).isEqualTo("json.syntax.duplicate-property");
            assertThat(e.column()).hasValue(column(twice, "\"kind\":\"OFFLINE\""));
            assertThat(e.pointer()).isEqualTo("/campaign/profile/kind");
            assertThat(e.reason()).isEqualTo("property \"kind\" appears twice");
        });
        refused(json.substring(0, json.length() - 20), e -> assertThat(e.code()).isEqualTo("json.syntax.unexpected-end"));
        refused(json.replaceFirst("}$", ",\"campaign\":{}}"), e -> {
            assertThat(e.code()).isEqualTo("json.syntax.duplicate-property");
            assertThat(e.pointer()).isEqualTo("/campaign");
        });
        refused(json + " {}", e -> {
            assertThat(e.code()).isEqualTo("json.syntax.trailing-content");
            assertThat(e.column()).hasValue(json.codePointCount(0, json.length()) + 2);
        });
        refused(json + "x", e -> assertThat(e.code()).isEqualTo("json.syntax.trailing-content"));
        refused("", e -> assertThat(e.code()).isEqualTo("json.syntax.empty"));
        refused(" \n ", e -> assertThat(e.code()).isEqualTo("json.syntax.empty"));
        refused("[]", e -> assertThat(e.code()).isEqualTo("json.document.not-an-object"));
        refused("\"campaign\"", e -> assertThat(e.code()).isEqualTo("json.document.not-an-object"));
        refused(json.replace("\"name\":\"品牌", "\"name\":\"\n品牌"), e -> {
            assertThat(e.code()).isEqualTo("json.syntax.control-character");
            assertThat(e.pointer()).isEqualTo("/campaign/profile/name");
        });
        refused(json.replace("\"revision\":1", "\"revision\":01"), e -> assertThat(e.code()).isEqualTo("json.syntax.invalid-number"));
        refused(json.replace("\"revision\":1", "\"revision\":NaN"), e -> assertThat(e.code()).isEqualTo("json.syntax.invalid-number"));
        refused(json.replace("\"revision\":1", "'revision':1"), e -> assertThat(e.pointer()).isEqualTo("/campaign"));
    }

    @Test
    void columnsCountCharactersNotBytes() {
        String json = JSON.write(sample()).replace("\"theme\":", "\"颜色\":0,\"theme\":");
        int expected = json.codePointCount(0, json.indexOf("0,\"theme\"")) + 1;
        refused(json, e -> assertThat(e.column()).hasValue(expected));
        assertThatThrownBy(() -> JSON.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> assertThat(e.column()).hasValue(expected));
    }

    @Test
    void invalidUtf8IsReported() {
        byte[] bytes = JSON.writeBytes(sample());
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("2024-618");
        bytes[at] = (byte) 0xff;
        assertThatThrownBy(() -> JSON.read(bytes)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.code()).isEqualTo("json.syntax.invalid-encoding");
            assertThat(e.pointer()).isEqualTo("/campaign/id");
        });
    }

    @Test
    void messagesSpeakChineseOnRequest() {
        CampaignJson zh = JSON.toBuilder().locale(Locale.SIMPLIFIED_CHINESE).build();
        String json = JSON.write(sample()).replace("\"end\":\"2024-06-18\"", "\"end\":\"2024-05-18\"");
        refused(zh, json, e -> {
            assertThat(e.getMessage()).isEqualTo("/campaign/profile/window/end（第 1 行，第 "
                    + column(json, "\"2024-05-18\"") + " 列）：值无效：2024-05-18 早于 start（2024-06-01）");
            assertThat(e.message(Locale.ENGLISH)).startsWith("/campaign/profile/window/end (line 1, column ")
                    .endsWith("): invalid value: 2024-05-18 is before start 2024-06-01");
        });
        refused(zh, JSON.write(sample()).replace("\"id\":\"2024-618\"", "\"id\":\" 2024-618\""), e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/id");
            assertThat(e.reason()).isEqualTo("值无效：首尾不能有空白：“ 2024-618”");
            assertThat(e.reason(Locale.ENGLISH)).isEqualTo("invalid value: must not start or end with white space: ' 2024-618'");
            assertThat(e.getCause()).isInstanceOfSatisfying(InvalidValueException.class,
                    cause -> assertThat(cause.violation().code()).isEqualTo("value.padded"));
        });
        refused(zh, JSON.write(sample()).replace("\"name\":\"品牌618促销活动\"", "\"name\":618"),
                e -> assertThat(e.reason()).isEqualTo("此处应为字符串，实际为数字"));
        refused(zh, "", e -> assertThat(e.getMessage()).isEqualTo("文档：文档为空"));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            refused("", e -> assertThat(e.getMessage()).isEqualTo("the document: the document is empty"));
        } finally {
            Locale.setDefault(before);
        }
    }

    // ---- versions ----------------------------------------------------------------------------

    @Test
    void versionsAreChecked() {
        String json = JSON.write(sample());
        refused(json.replace("\"schemaVersion\":2,", ""), e -> {
            assertThat(e.code()).isEqualTo("json.version.missing");
            assertThat(e.pointer()).isEqualTo("/schemaVersion");
            assertThat(e.reason()).isEqualTo("the document has no schemaVersion; this library reads versions 1 to 2");
        });
        refused(json.replace("\"schemaVersion\":2", "\"schemaVersion\":3"), e -> {
            assertThat(e.code()).isEqualTo("json.version.newer");
            assertThat(e.reason()).isEqualTo("schemaVersion 3 is newer than this library knows (2); "
                    + "upgrade campaignkit to read it");
            assertThat(e.column()).hasValue(18);
        });
        refused(json.replace("\"schemaVersion\":2", "\"schemaVersion\":0"), e -> assertThat(e.code()).isEqualTo("json.version.older"));
        refused(json.replace("\"schemaVersion\":2", "\"schemaVersion\":\"1\""), e -> assertThat(e.code()).isEqualTo("json.version.invalid"));
        refused(json.replace("\"schemaVersion\":2", "\"schemaVersion\":2.0"), e -> assertThat(e.code()).isEqualTo("json.version.invalid"));
        refused(json.replace("\"schemaVersion\":2", "\"schemaVersion\":1e100000000"), e -> assertThat(e.code()).isEqualTo("json.version.invalid"));
        refused("{\"schemaVersion\":2}", e -> {
            assertThat(e.code()).isEqualTo("json.document.campaign-missing");
            assertThat(e.pointer()).isEqualTo("/campaign");
        });
    }

    @Test
    void envelopePropertiesMayComeInAnyOrder() {
        String json = JSON.write(sample());
        String campaign = json.substring(json.indexOf("\"campaign\":"), json.length() - 1);
        String reordered = "{" + campaign + ",\"schemaVersion\":2}";
        assertThat(JSON.read(reordered)).isEqualTo(sample());
        String negative = reordered.replace("\"revision\":1", "\"revision\":-1");
        refused(negative, e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/revision");
            assertThat(e.column()).hasValue(column(negative, "\"revision\":-1") + 11);
        });
        refused("{" + campaign + "}", e -> assertThat(e.code()).isEqualTo("json.version.missing"));
        refused("{" + campaign + ",\"schemaVersion\":3}", e -> assertThat(e.code()).isEqualTo("json.version.newer"));
    }

    // ---- domain rules ------------------------------------------------------------------------

    @Test
    void readValidatedReportsTheDomainViolationsWithTheirPointers() {
        CampaignProfile draft = sample().profile().toBuilder().theme(" ").departments(java.util.List.of()).build();
        String json = JSON.write(Campaign.builder().from(sample()).profile(draft).build());
        ValidatedCampaign read = JSON.readValidated(json);
        assertThat(read.campaign()).isEqualTo(Campaign.builder().from(sample()).profile(draft).build());
        assertThat(read.isValid()).isFalse();
        assertThat(read.errors().map(v -> v.code() + "@" + ValidatedCampaign.pointerOf(v)).toJavaList())
                .containsExactly("campaign.profile.theme.blank@/campaign/profile/theme",
                        "campaign.profile.departments.empty@/campaign/profile/departments");
        assertThat(read.toValidation().isInvalid()).isTrue();
        ValidatedCampaign clean = JSON.readValidated(JSON.writeBytes(sample()));
        assertThat(clean.isValid()).isTrue();
        assertThat(clean.violations()).isEmpty();
        assertThat(clean.toValidation().get()).isEqualTo(sample());
        assertThat(ValidatedCampaign.pointerOf(Violation.of("x.y", Severity.ERROR, "lines[3].unit/Price")))
                .isEqualTo("/campaign/lines/3/unit~1Price");
    }

    @Test
    void readValidatedUsesTheRulesTheBuilderWasGiven() {
        Rule<Object> always = value -> List.of(Violation.of("custom.always", Severity.WARNING, "revision"));
        CampaignJson custom = JSON.toBuilder().rules(always).build();
        ValidatedCampaign read = custom.readValidated(new StringReader(JSON.write(sample())));
        assertThat(read.isValid()).isTrue();
        assertThat(read.warnings().map(Violation::code)).containsExactly("custom.always");
        assertThat(JSON.readValidated(new ByteArrayInputStream(JSON.writeBytes(sample()))).violations()).isEmpty();
    }

    // ---- the module on its own ---------------------------------------------------------------

    @Test
    void theModuleIsFoundThroughTheServiceLoader() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).anySatisfy(m -> assertThat(m).isInstanceOf(CampaignJsonModule.class));
        Campaign campaign = sample();
        String json = mapper.writeValueAsString(campaign);
        assertThat(json).contains("\"id\":\"2024-618\"", "\"start\":\"2024-06-01\"");
        assertThat(mapper.readValue(json, Campaign.class)).isEqualTo(campaign);
    }

    @Test
    void theModuleAloneMakesNonOptionalComponentsRequired() {
        JsonMapper mapper = JsonMapper.builder().addModule(new CampaignJsonModule()).build();
        String json = mapper.writeValueAsString(sample()).replace("\"revision\":1,", "");
        assertThatThrownBy(() -> mapper.readValue(json, Campaign.class)).hasMessageContaining("revision");
    }
}
