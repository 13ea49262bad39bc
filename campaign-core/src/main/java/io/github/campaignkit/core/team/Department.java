package io.github.campaignkit.core.team;

import io.github.campaignkit.core.internal.Checks;

/**
 * A department that takes part in a campaign (参与部门), for example {@code 市场部} or
 * {@code Sales}. Departments are compared by name.
 *
 * @param name the department's name: not blank, no surrounding white space, at most 128 characters
 */
public record Department(String name) implements Comparable<Department> {

    /**
     * Checks the name.
     *
     * @throws NullPointerException     if the name is null
     * @throws IllegalArgumentException if the name is blank, too long or padded, naming {@code name}
     */
    public Department {
        Checks.id(name, "name");
    }

    /**
     * The department with the given name.
     *
     * @param name the name
     * @return the department
     */
    public static Department of(String name) {
        return new Department(name);
    }

    @Override
    public int compareTo(Department other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
