package io.github.campaignkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.partner.PartnerPlan;
import io.github.campaignkit.core.schedule.ScheduleForecast;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;

/** Every generated campaign gives a well-formed, deterministic report with one mark per part. */
class HtmlReportProperties {

    @Provide
    Arbitrary<Campaign> campaigns() {
        return Arbitraries.oneOf(CampaignArbitraries.campaigns(), CampaignArbitraries.plannedCampaigns(),
                CampaignArbitraries.bareCampaigns());
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, Locale.FRENCH);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return CampaignArbitraries.dates();
    }

    /** Any text at all, control characters, lone surrogates and markup included. */
    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("<>&\"'\u0000\u0007\uD800\uDC00\uFFFE]]>-").ofMaxLength(20),
                Arbitraries.of("😀🎉", "满300减50 & 抽奖", "</section></html>", "<![CDATA[x]]>", "&amp;"));
    }

    @Property(tries = 100)
    void theSameCampaignGivesTheSameWellFormedDocument(@ForAll("campaigns") Campaign campaign,
                                                      @ForAll("locales") Locale locale,
                                                      @ForAll("days") LocalDate asOf) throws Exception {
        String html = HtmlReport.of(locale).render(campaign, asOf);
        assertThat(HtmlReport.of(locale).render(campaign, asOf)).isEqualTo(html);
        Document doc = Xhtml.parse(html);
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "section", "section")).extracting(e -> e.getAttribute("id"))
                .containsExactlyElementsOf(java.util.Arrays.stream(ReportSection.values())
                        .filter(s -> !s.isEmpty(campaign)).map(s -> s.name().toLowerCase(Locale.ROOT)).toList());

        int rows = campaign.kpi().targets().isEmpty() ? 0 : campaign.dashboard(asOf).rows().size();
        assertThat(Xhtml.find(doc, Xhtml.SVG, "svg", "progress")).hasSize(rows);

        int cells = campaign.risks().entries().isEmpty() ? 0 : campaign.risks().heatMap().cells().size();
        assertThat(Xhtml.find(doc, Xhtml.SVG, "g", "heat-cell")).hasSize(cells);

        assertThat(Xhtml.find(doc, Xhtml.SVG, "g", "budget-bar"))
                .hasSize(campaign.budget().plan().subtotals().size());

        int tasks = campaign.board().tasks().size();
        int columns = RaciMatrixRenderer.columns(campaign.team(),
                RaciMatrixRenderer.strangers(campaign.board(), campaign.team())).size();
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "raci-task")).hasSize(tasks);
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "td", "raci")).hasSize(tasks * columns);

        PartnerPlan partners = campaign.partners();
        int ranked = partners.candidates().isEmpty() ? 0 : partners.ranking().map(r -> r.entries().size()).getOrElse(0);
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "candidate")).hasSize(ranked);
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "partner")).hasSize(partners.partners().size());
        assertThat(Xhtml.find(doc, Xhtml.SVG, "rect", "share")).hasSize(2 * partners.partners().size());

        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "channel")).hasSize(campaign.outreach().matrix().size());
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "creative")).hasSize(campaign.outreach().creative().size());

        SupplyPlan supply = campaign.supply();
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "quote"))
                .hasSize(supply.needs().stream().mapToInt(n -> n.quotes().size()).sum());
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "quote", "chosen"))
                .hasSize((int) supply.needs().stream().filter(n -> n.chosenQuote().isPresent()).count());
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "material")).hasSize(supply.materials().size());

        assertThat(Xhtml.find(doc, Xhtml.SVG, "g", "segment")).hasSize(campaign.event().segments().size());
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "segment")).hasSize(campaign.event().segments().size());
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "notice")).hasSize(campaign.event().notices().size());

        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "action")).hasSize(campaign.review().retrospective()
                .map(r -> r.actions().size()).orElse(0));
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "p", "roi")).hasSize(campaign.review().evaluation()
                .flatMap(e -> e.returnOnInvestment()).isPresent() ? 1 : 0);

        Validation<?, ScheduleForecast> forecast = campaign.schedule().forecast();
        if (!campaign.schedule().tasks().isEmpty() && forecast.isValid()) {
            assertThat(Xhtml.find(doc, Xhtml.SVG, "g", "task")).hasSize(campaign.schedule().tasks().size());
            assertThat(Xhtml.find(doc, Xhtml.SVG, "g", "task", "critical").stream()
                    .map(e -> e.getAttribute("data-task")).collect(Collectors.toList()))
                    .containsExactlyElementsOf(forecast.get().criticalTasks().stream().map(t -> t.task().value())
                            .collect(Collectors.toList()));
        } else {
            assertThat(Xhtml.find(doc, Xhtml.SVG, "g", "task")).isEmpty();
        }
    }

    @Property
    void anyTextIsCarriedEscaped(@ForAll("campaigns") Campaign campaign, @ForAll("hostile") String text,
                                 @ForAll("locales") Locale locale) throws Exception {
        Campaign hostile = Campaign.builder().from(campaign).profile(campaign.profile().toBuilder().name(text).theme(text).build()).build();
        String html = HtmlReport.of(locale).without(ReportSection.DASHBOARD).render(hostile, LocalDate.of(2024, 6, 1));
        Document doc = Xhtml.parse(html);
        assertThat(doc.getElementsByTagNameNS(Xhtml.XHTML, "h1").item(0).getTextContent()).isEqualTo(clean(text));
    }

    /** What XML can carry of a text: every character XML 1.0 forbids replaced by U+FFFD. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c) || c == '\uFFFE'
                    || c == '\uFFFF') {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
