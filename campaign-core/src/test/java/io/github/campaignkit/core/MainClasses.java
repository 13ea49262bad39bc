package io.github.campaignkit.core;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Collectors;

/** The production classes of campaign-core, imported once for the tests that check all of them. */
final class MainClasses {

    static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.github.campaignkit.core");

    private MainClasses() {
    }

    static List<Class<?>> matching(java.util.function.Predicate<Class<?>> filter) {
        return ALL.stream().map(JavaClass::reflect).filter(filter)
                .sorted(java.util.Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
    }
}
