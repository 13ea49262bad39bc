package io.github.campaignkit.core.partner;

import java.util.Objects;

/**
 * A partner's contact person (对接人), for example {@code 王总}, 总经理.
 *
 * @param name  the person's name
 * @param title the person's position, e.g. {@code 总经理} or {@code 市场经理}; may be empty
 * @param reach how to reach the person, e.g. a telephone number or a mail address; may be empty
 */
public record Contact(String name, String title, String reach) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reach, "reach");
    }

    /**
     * A contact.
     *
     * @param name  the name
     * @param title the position
     * @param reach how to reach the person
     * @return the contact
     */
    public static Contact of(String name, String title, String reach) {
        return new Contact(name, title, reach);
    }
}
