package io.github.campaignkit.core.outreach;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the creative plan (方案创意表), for example the theme: design point 突出核心价值，易于传播,
 * content “开学季·青春焕新计划”, alternative “新生专享·第一件半价”, owner 张*, due 7月15日.
 *
 * @param module      the module it belongs to
 * @param designPoint the design point (设计要点)
 * @param content     the concrete content (具体内容)
 * @param alternative the alternative (备选方案), if one is kept ready
 * @param owner       who is responsible (负责人)
 * @param due         when it must be finished (完成时间), during preparation; absent in a template
 */
@Value.Builder
public record CreativeItem(CreativeModule module, String designPoint, String content, Optional<String> alternative,
                           MemberId owner, Optional<LocalDate> due) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public CreativeItem {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(designPoint, "designPoint");
        Objects.requireNonNull(content, "content");
        Checks.optional(alternative, "alternative");
        Objects.requireNonNull(owner, "owner");
        Checks.optional(due, "due");
    }

    /**
     * A builder for an item.
     *
     * @return a new builder
     */
    public static CreativeItemBuilder builder() {
        return new CreativeItemBuilder();
    }

    /**
     * This item without its due date, for a template.
     *
     * @return a copy with no due date
     */
    public CreativeItem withoutDate() {
        return new CreativeItem(module, designPoint, content, alternative, owner, Optional.empty());
    }
}
