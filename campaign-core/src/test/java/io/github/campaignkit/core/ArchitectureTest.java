package io.github.campaignkit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

/** campaign-core stays a pure model: no Jackson, no logging back-end, no package cycles. */
class ArchitectureTest {

    @Test
    void coreDependsOnlyOnTheJdkVavrSlf4jApiAndImmutablesAnnotations() {
        classes().that().resideInAPackage("io.github.campaignkit.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.github.campaignkit.core..", "java..", "javax.annotation.processing..", "io.vavr..",
                        "org.slf4j", "org.immutables.value..")
                .check(MainClasses.ALL);
    }

    @Test
    void coreSeesNoJacksonAndNoLoggingBackEnd() {
        noClasses().that().resideInAPackage("io.github.campaignkit.core..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..",
                        "org.slf4j.simple..", "ch.qos.logback..", "org.apache.logging..", "java.util.logging..")
                .check(MainClasses.ALL);
    }

    @Test
    void domainPackagesDependNeitherOnTheCampaignNorOnTheRenderers() {
        noClasses().that().resideInAnyPackage("io.github.campaignkit.core.goal..", "io.github.campaignkit.core.kpi..",
                        "io.github.campaignkit.core.team..", "io.github.campaignkit.core.schedule..",
                        "io.github.campaignkit.core.supply..", "io.github.campaignkit.core.event..",
                        "io.github.campaignkit.core.budget..", "io.github.campaignkit.core.risk..",
                        "io.github.campaignkit.core.tracking..", "io.github.campaignkit.core.partner..",
                        "io.github.campaignkit.core.outreach..", "io.github.campaignkit.core.review..",
                        "io.github.campaignkit.core.rule..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.campaignkit.core.campaign..",
                        "io.github.campaignkit.core.report..")
                .check(MainClasses.ALL);
    }

    @Test
    void goalsDoNotDependOnTheDashboard() {
        noClasses().that().resideInAPackage("io.github.campaignkit.core.goal..")
                .should().dependOnClassesThat().resideInAPackage("io.github.campaignkit.core.kpi..")
                .check(MainClasses.ALL);
    }

    @Test
    void refusedValuesAreBilingualNeverABareIllegalArgumentException() {
        // A constructor's refusal carries a code, a path and zh/en messages (InvalidValueException),
        // so that a service can show it to its user; a bare IllegalArgumentException speaks English only.
        noClasses().that().resideInAPackage("io.github.campaignkit.core..")
                .and().doNotHaveFullyQualifiedName("io.github.campaignkit.core.rule.InvalidValueException")
                .should().callConstructor(IllegalArgumentException.class, String.class)
                .orShould().callConstructor(IllegalArgumentException.class, String.class, Throwable.class)
                .orShould().callConstructor(IllegalArgumentException.class)
                .check(MainClasses.ALL);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("io.github.campaignkit.core.(*)..").should().beFreeOfCycles().check(MainClasses.ALL);
    }
}
