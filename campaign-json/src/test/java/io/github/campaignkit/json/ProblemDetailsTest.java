package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals as problem details (issue 16, part 2): a stale revision, an actor the policy does not
 * allow and a rule violation are told apart by status and type, and each violation carries its
 * code, severity, a JSON Pointer, its arguments and its message in the language asked for.
 */
class ProblemDetailsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-20T02:00:00Z"), ZoneOffset.UTC);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static Refusal refused(Campaign campaign, CampaignCommand command) {
        return Lifecycle.standard().apply(campaign, command, CLOCK).getLeft();
    }

    private static JsonNode json(ProblemDetails problem, Locale locale) {
        return MAPPER.readTree(problem.toJson(locale));
    }

    @Test
    void aStaleRevisionIsAConflictTheCallerRetries() {
        Campaign campaign = Seed004Kpi.campaign();
        ProblemDetails problem = ProblemDetails.of(refused(campaign,
                CampaignCommand.advance(campaign.profile().overallLead()).basedOn(campaign.revision() + 3)));
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("urn:campaignkit:problem:stale-revision");
        JsonNode en = json(problem, Locale.ENGLISH);
        assertThat(en.get("status").asInt()).isEqualTo(409);
        assertThat(en.get("title").asString()).isEqualTo("The campaign has changed since the command was written");
        JsonNode v = en.get("violations").get(0);
        assertThat(v.get("code").asString()).isEqualTo("campaign.lifecycle.stale-revision");
        assertThat(v.get("pointer").asString()).isEqualTo("/command/basedOnRevision");
        assertThat(v.get("arguments").get(0).asString()).isEqualTo(Long.toString(campaign.revision() + 3));
        assertThat(json(problem, Locale.SIMPLIFIED_CHINESE).get("title").asString()).isEqualTo("指令提交后活动已被修改");
    }

    @Test
    void anActorThePolicyDoesNotAllowIsForbidden() {
        Campaign campaign = Seed004Kpi.campaign();
        ProblemDetails problem = ProblemDetails.of(refused(campaign, CampaignCommand.advance(MemberId.of("stranger"))));
        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.type()).isEqualTo("urn:campaignkit:problem:access-denied");
        JsonNode zh = json(problem, Locale.SIMPLIFIED_CHINESE);
        JsonNode v = zh.get("violations").get(0);
        assertThat(v.get("code").asString()).isEqualTo("campaign.lifecycle.access-denied");
        assertThat(v.get("pointer").asString()).isEqualTo("/command/actor");
        assertThat(v.get("message").asString()).isEqualTo(problem.refusal().orElseThrow().violations().get(0)
                .message(Locale.SIMPLIFIED_CHINESE)).contains("stranger");
        assertThat(zh.get("detail").asString()).isEqualTo(problem.refusal().orElseThrow().message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aGateThatRefusesIsUnprocessableWithPointersIntoTheDocument() {
        Campaign campaign = Campaign.builder().from(Seed004Kpi.campaign())
                .profile(Seed004Kpi.campaign().profile().toBuilder().theme(" ").build()).build();
        ProblemDetails problem = ProblemDetails.of(refused(campaign, CampaignCommand.advance(
                campaign.profile().overallLead())));
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.type()).isEqualTo("urn:campaignkit:problem:refused");
        JsonNode en = json(problem, Locale.ENGLISH);
        assertThat(en.get("violations").size()).isEqualTo(problem.refusal().orElseThrow().violations().size());
        boolean theme = false;
        for (JsonNode v : en.get("violations")) {
            assertThat(v.get("code").asString()).matches("[a-z]+(\\.[a-z-]+)+");
            assertThat(v.get("severity").asString()).isIn("ERROR", "WARNING");
            assertThat(v.get("pointer").asString()).startsWith("/");
            assertThat(v.get("message").asString()).isNotBlank().doesNotContain("{0}");
            theme |= v.get("code").asString().equals("campaign.profile.theme.blank");
            if (v.get("code").asString().equals("campaign.profile.theme.blank")) {
                assertThat(v.get("pointer").asString()).isEqualTo("/campaign/profile/theme");
            }
        }
        assertThat(theme).isTrue();
        assertThat(en.get("title").asString()).isEqualTo("The campaign's rules refuse the command");
        assertThat(problem.toJson(Locale.ENGLISH)).isEqualTo(problem.toJson(Locale.ENGLISH));
    }

    @Test
    void aNamedIdIsAnObjectAndAStaleRevisionWinsOverTheRest() {
        Campaign campaign = Seed004Kpi.campaign();
        Refusal both = refused(campaign, CampaignCommand.advance(MemberId.of("stranger")).basedOn(campaign.revision() + 1));
        assertThat(ProblemDetails.of(both).status()).isEqualTo(409);
        Campaign staffed = Campaign.builder().from(campaign).team(io.github.campaignkit.core.team.Team.builder()
                .addMembers(io.github.campaignkit.core.team.Member.of(campaign.profile().overallLead(), "张*",
                        io.github.campaignkit.core.team.TeamRole.OVERALL_LEAD)).build()).build();
        JsonNode en = json(ProblemDetails.of(refused(staffed, CampaignCommand.advance(MemberId.of("stranger")))),
                Locale.ENGLISH);
        JsonNode lead = null;
        for (JsonNode argument : en.get("violations").get(0).get("arguments")) {
            if (argument.isObject()) {
                lead = argument;
            }
        }
        assertThat(lead).as("the overall lead, by id and name").isNotNull();
        assertThat(lead.get("id").asString()).isEqualTo(campaign.profile().overallLead().value());
        assertThat(lead.get("name").asString()).isEqualTo(staffed.team().member(campaign.profile().overallLead())
                .orElseThrow().name());
    }

    @Test
    void aBodyThatCannotBeReadIsMalformedOrTooLargeWithItsPointer() {
        String hold = CampaignJson.standard().writeCommand(CampaignCommand.hold(MemberId.of("wang"), "等待"));
        CampaignJsonException unknown = org.assertj.core.api.Assertions.catchThrowableOfType(CampaignJsonException.class,
                () -> CampaignJson.standard().readCommand(hold.replace("\"reason\"", "\"reasn\"")));
        ProblemDetails problem = ProblemDetails.of(unknown);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("urn:campaignkit:problem:malformed");
        assertThat(problem.refusal()).isEmpty();
        JsonNode zh = json(problem, Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.get("title").asString()).isEqualTo("无法读取请求内容");
        JsonNode v = zh.get("violations").get(0);
        assertThat(v.get("code").asString()).isEqualTo("json.property.unknown");
        assertThat(v.get("pointer").asString()).isEqualTo("/command/change/reasn");
        assertThat(v.get("line").asInt()).isEqualTo(1);
        assertThat(v.get("column").asInt()).isPositive();
        assertThat(v.get("message").asString()).isEqualTo(unknown.reason(Locale.SIMPLIFIED_CHINESE));

        CampaignJson small = CampaignJson.builder().maxDocumentLength(20).build();
        CampaignJsonException tooLong = org.assertj.core.api.Assertions.catchThrowableOfType(CampaignJsonException.class,
                () -> small.readCommand(hold.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(ProblemDetails.of(tooLong).status()).isEqualTo(413);
        assertThat(ProblemDetails.of(tooLong).type()).isEqualTo("urn:campaignkit:problem:too-large");
        assertThat(json(ProblemDetails.of(tooLong), Locale.ENGLISH).get("title").asString())
                .isEqualTo("The request's body is too long");
    }

    @Test
    void aProblemOfTheServicesOwnHasTheSameShape() {
        ProblemDetails problem = ProblemDetails.of(404, "not-found", "找不到", "没有这个活动：2024-618");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.type()).isEqualTo("urn:campaignkit:problem:not-found");
        assertThat(problem.refusal()).isEmpty();
        JsonNode json = json(problem, Locale.ENGLISH);
        assertThat(json.get("title").asString()).isEqualTo("找不到");
        assertThat(json.get("detail").asString()).isEqualTo("没有这个活动：2024-618");
        assertThat(json.get("status").asInt()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProblemDetails.of(200, "ok", "t", "d"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProblemDetails.of(404, "Not Found", "t", "d"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }
}
