package io.github.campaignkit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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

    /** The JDK packages a service commonly imports whole, next to ours. */
    private static final List<String> JDK_PACKAGES = List.of("java.lang", "java.util", "java.util.function",
            "java.util.concurrent", "java.time", "java.time.format", "java.math", "java.io", "java.nio.file", "java.net",
            "java.text");

    @Test
    void everyPublicTypeHasASimpleNameOfItsOwn() {
        // import io.github.campaignkit.core.kpi.*; import io.github.campaignkit.core.risk.*; import java.util.*;
        // and the like compile, and a reader knows which Alert or Task is meant without looking at the imports.
        Map<String, List<String>> byName = MainClasses.ALL.stream()
                .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                .filter(c -> c.getEnclosingClass().isEmpty() && !c.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getPackageName, Collectors.toList())));
        assertThat(byName).containsKeys("Campaign", "Task", "GanttTask", "Alert", "RiskAlert");
        assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString))
                .as("simple names used by two of our packages").isEmpty();
        assertThat(byName.keySet().stream().flatMap(name -> JDK_PACKAGES.stream().map(p -> p + "." + name))
                .filter(ArchitectureTest::exists)).as("simple names the JDK already uses").isEmpty();
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, ClassLoader.getSystemClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
