package io.github.campaignkit.core.team;

import io.github.campaignkit.core.internal.Checks;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Identifies a module of a campaign's team (任务模块): one of the {@linkplain StandardModule
 * standard modules} (策划 planning, 设计 design, 执行 execution, 数据 data, 后勤 logistics, 媒介 media)
 * or a custom one named by the team, such as seed 004's {@code 策划统筹} or {@code 线下执行}. Two
 * ids are the same module when their values are equal.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters; the
 *              standard modules use the lower-case names of {@link StandardModule}
 *              ({@code planning}, {@code design}, …)
 */
public record ModuleId(String value) implements Comparable<ModuleId> {

    /** 策划, the planning module. */
    public static final ModuleId PLANNING = StandardModule.PLANNING.id();
    /** 设计, the design module. */
    public static final ModuleId DESIGN = StandardModule.DESIGN.id();
    /** 执行, the execution module. */
    public static final ModuleId EXECUTION = StandardModule.EXECUTION.id();
    /** 数据, the data module. */
    public static final ModuleId DATA = StandardModule.DATA.id();
    /** 后勤, the logistics module. */
    public static final ModuleId LOGISTICS = StandardModule.LOGISTICS.id();
    /** 媒介, the media module. */
    public static final ModuleId MEDIA = StandardModule.MEDIA.id();

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public ModuleId {
        Checks.id(value, "value");
    }

    /**
     * The module with the given value; a standard module's lower-case name gives that module.
     *
     * @param value the identifier
     * @return the id
     */
    public static ModuleId of(String value) {
        return new ModuleId(value);
    }

    /**
     * The standard module this id names, if it names one.
     *
     * @return the standard module, or empty for a custom module
     */
    public Optional<StandardModule> standard() {
        for (StandardModule module : StandardModule.values()) {
            if (module.id().value.equals(value)) {
                return Optional.of(module);
            }
        }
        return Optional.empty();
    }

    /**
     * The module's name for a reader: the label of a standard module in the reader's language
     * ({@code 策划} or {@code planning}), the value itself for a custom module.
     *
     * @param locale the reader's language
     * @return the name, never blank
     */
    public String label(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return standard().map(module -> module.label(locale)).orElse(value);
    }

    @Override
    public int compareTo(ModuleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
