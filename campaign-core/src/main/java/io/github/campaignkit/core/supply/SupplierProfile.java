package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A supplier (供应商) that can be asked for quotes: a venue, a builder, a printer, a gift maker.
 * Seed 002 compares suppliers on their qualification (资质), quote (报价) and past cases (服务案例).
 *
 * @param id            the supplier's identity, kept across campaigns
 * @param name          its name, not blank
 * @param qualification its qualification (资质), e.g. licences and certificates; may be blank in a
 *                      draft, the {@linkplain SupplyRules#readyForExecution() readiness rule} reports a
 *                      chosen supplier without one
 * @param contacts      the people to talk to
 * @param pastCases     past cases (服务案例), one line each
 */
@Value.Builder
public record SupplierProfile(SupplierId id, String name, String qualification, List<SupplierContact> contacts,
                       List<String> pastCases) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component or an element is null, naming it
     * @throws IllegalArgumentException if the name is blank, naming {@code name}
     */
    public SupplierProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(qualification, "qualification");
        contacts = Checks.list(contacts, "contacts");
        pastCases = Checks.list(pastCases, "pastCases");
        if (name.isBlank()) {
            throw InvalidValueException.of(ValueViolation.BLANK, "name");
        }
    }

    /**
     * A builder for a supplier.
     *
     * @return a new builder
     */
    public static SupplierProfileBuilder builder() {
        return new SupplierProfileBuilder();
    }

    /**
     * A builder that starts from this supplier.
     *
     * @return a builder holding every component of this supplier
     */
    public SupplierProfileBuilder toBuilder() {
        return new SupplierProfileBuilder().from(this);
    }
}
