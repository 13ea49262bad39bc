package io.github.campaignkit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The examples use campaignkit's API only: Jackson stays behind campaign-json. The JMH benchmarks
 * (package {@code bench}, built only with the {@code bench} profile) are exempt: the JSON benchmark
 * measures campaignkit against Jackson itself.
 */
class ArchitectureTest {

    @Test
    void examplesDoNotSeeJackson() {
        noClasses().that().resideOutsideOfPackage("..examples.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.campaignkit.examples"));
    }

    @Test
    void examplesDoNotReachIntoInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.campaignkit.core.internal..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.campaignkit.examples"));
    }
}
