package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.util.Objects;

/**
 * A contact person at a supplier (联系人).
 *
 * @param name  the person's name, not blank
 * @param reach how to reach them: phone, e-mail, WeChat, …
 */
public record SupplierContact(String name, String reach) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the name is blank, naming {@code name}
     */
    public SupplierContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reach, "reach");
        if (name.isBlank()) {
            throw InvalidValueException.of(ValueViolation.BLANK, "name");
        }
    }

    /**
     * A contact.
     *
     * @param name  the person's name
     * @param reach how to reach them
     * @return the contact
     */
    public static SupplierContact of(String name, String reach) {
        return new SupplierContact(name, reach);
    }
}
