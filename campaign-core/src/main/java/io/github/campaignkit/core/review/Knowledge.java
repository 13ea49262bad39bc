package io.github.campaignkit.core.review;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Knowledge a retrospective keeps for the next campaign (经验沉淀): a checklist, template,
 * playbook or library, with its items, to be filed in the company's knowledge base. A
 * {@linkplain io.github.campaignkit.core.review.Review review}'s knowledge travels into the
 * template of the next campaign.
 *
 * @param kind   what kind of knowledge it is
 * @param title  its title, e.g. {@code 营销活动策划checklist}
 * @param items  its items (a checklist's checks, a playbook's rules), in order; may be empty
 * @param keeper who keeps it up to date
 */
@Value.Builder
public record Knowledge(KnowledgeKind kind, String title, List<String> items, Optional<MemberId> keeper) {

    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component or an item is null, naming it
     */
    public Knowledge {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        items = Checks.list(items, "items");
        Checks.optional(keeper, "keeper");
    }

    /**
     * A builder; kind and title must be set.
     *
     * @return a new builder
     */
    public static KnowledgeBuilder builder() {
        return new KnowledgeBuilder();
    }

    /**
     * Knowledge with its items and no keeper named.
     *
     * @param kind  its kind
     * @param title its title
     * @param items its items
     * @return the knowledge
     */
    public static Knowledge of(KnowledgeKind kind, String title, List<String> items) {
        return new Knowledge(kind, title, items, Optional.empty());
    }
}
