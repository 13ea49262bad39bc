package io.github.campaignkit.core.rule;

import java.util.Locale;
import java.util.Objects;

/**
 * An identifier shown with the name a person reads: {@code 王总监（wang.zongjian）} in Chinese,
 * {@code 王总监 (wang.zongjian)} in English. Messages name members, tasks and metrics this way when
 * the name is known, and by the id alone when it is not (or when the name is the id).
 *
 * @param id   the identifier, as the data holds it
 * @param name the name, possibly blank
 */
public record NamedId(String id, String name) implements Localizable {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public NamedId {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /**
     * An identifier of any type, by its text, with its name.
     *
     * @param id   the identifier; its {@code toString()} is its text, as for every id of campaignkit
     * @param name the name
     * @return the named id
     */
    public static NamedId of(Object id, String name) {
        return new NamedId(String.valueOf(Objects.requireNonNull(id, "id")), name);
    }

    /**
     * The name followed by the id in brackets, or the id alone when the name is blank or the id.
     *
     * @param locale the reader's language; Chinese uses full-width brackets
     * @return the text
     */
    @Override
    public String format(Locale locale) {
        String shown = name.strip();
        if (shown.isEmpty() || shown.equals(id)) {
            return id;
        }
        return "zh".equals(locale.getLanguage()) ? shown + "（" + id + "）" : shown + " (" + id + ")";
    }

    /**
     * The English text.
     *
     * @return {@link #format(Locale)} in English
     */
    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
