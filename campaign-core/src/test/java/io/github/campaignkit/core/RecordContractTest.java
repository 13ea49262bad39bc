package io.github.campaignkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.campaignkit.core.testkit.CampaignArbitraryProvider;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public record of campaign-core has a generator in the test kit, and its constructor,
 * given null for any reference component, throws a NullPointerException naming that component.
 */
class RecordContractTest {

    private static List<Class<?>> publicRecords() {
        return MainClasses.matching(c -> c.isRecord() && Modifier.isPublic(c.getModifiers()));
    }

    @TestFactory
    Stream<DynamicTest> everyRecordHasAGenerator() {
        List<Class<?>> records = publicRecords();
        assertThat(records).isNotEmpty();
        return records.stream().map(type -> DynamicTest.dynamicTest(type.getName(), () ->
                assertThat(CampaignArbitraryProvider.providedTypes()).as("test kit generator for " + type.getName())
                        .containsKey(type)));
    }

    @TestFactory
    Stream<DynamicTest> everyNullComponentIsNamed() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> type : publicRecords()) {
            Arbitrary<?> arbitrary = CampaignArbitraryProvider.providedTypes().containsKey(type)
                    ? CampaignArbitraryProvider.providedTypes().get(type).get() : null;
            if (arbitrary == null) {
                continue; // reported by everyRecordHasAGenerator
            }
            RecordComponent[] components = type.getRecordComponents();
            Object[] samples = new Object[1];
            for (int i = 0; i < components.length; i++) {
                if (components[i].getType().isPrimitive()) {
                    continue;
                }
                int index = i;
                tests.add(DynamicTest.dynamicTest(type.getSimpleName() + "." + components[i].getName(), () -> {
                    // One sample per type, shared by its components: sampling is the slow part.
                    if (samples[0] == null) {
                        samples[0] = arbitrary.sample();
                    }
                    Object sample = samples[0];
                    Object[] args = new Object[components.length];
                    for (int j = 0; j < components.length; j++) {
                        args[j] = components[j].getAccessor().invoke(sample);
                    }
                    args[index] = null;
                    Constructor<?> canonical = type.getDeclaredConstructor(
                            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                    try {
                        canonical.newInstance(args);
                        fail("accepted null " + components[index].getName());
                    } catch (InvocationTargetException e) {
                        assertThat(e.getCause()).isInstanceOf(NullPointerException.class)
                                .hasMessage(components[index].getName());
                    }
                }));
            }
        }
        return tests.stream();
    }
}
