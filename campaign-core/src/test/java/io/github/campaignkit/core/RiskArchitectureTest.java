package io.github.campaignkit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

/** The risk package stands on the shared identifiers alone: the campaign adapts to it, never the reverse. */
class RiskArchitectureTest {

    @Test
    void riskDependsNeitherOnTheCampaignNorOnTheRenderers() {
        noClasses().that().resideInAPackage("io.github.campaignkit.core.risk..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.campaignkit.core.campaign..",
                        "io.github.campaignkit.core.report..")
                .check(MainClasses.ALL);
    }

    @Test
    void noDomainPackageDependsOnTheRenderers() {
        noClasses().that().resideOutsideOfPackage("io.github.campaignkit.core.report..")
                .should().dependOnClassesThat().resideInAPackage("io.github.campaignkit.core.report..")
                .check(MainClasses.ALL);
    }
}
