package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.campaign.Campaign;
import net.jqwik.api.SampleReportingFormat;

/**
 * Makes jqwik report a generated {@link Campaign} by its {@linkplain CampaignArbitraries#describe
 * short description} instead of its full {@code toString()}: a failing property then prints a few
 * readable lines per campaign. Registered in the test-jar's
 * {@code META-INF/services/net.jqwik.api.SampleReportingFormat}, so it applies wherever the kit is
 * on the test classpath.
 */
public final class CampaignReportingFormat implements SampleReportingFormat {

    /** The format; jqwik creates it through the service loader. */
    public CampaignReportingFormat() {
    }

    @Override
    public boolean appliesTo(Object value) {
        return value instanceof Campaign;
    }

    @Override
    public Object report(Object value) {
        return SampleReportingFormat.plainLabel(CampaignArbitraries.describe((Campaign) value));
    }
}
