package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One part of a campaign as the lifecycle routes to it: the family of its changes, how to read the
 * part from a campaign and write it into a builder, what context its changes get, and in which
 * stages the lifecycle accepts them. Registered once, in {@link Parts}.
 *
 * @param <P> the part
 * @param <X> the context of its changes
 * @param <C> the family of its changes
 */
final class Part<P, X, C extends PartChange<P, X>> {

    /** Builds a change's context from the campaign, the actor and the time. */
    @FunctionalInterface
    interface ContextOf<X> {
        X of(Campaign campaign, MemberId actor, Instant at);
    }

    /** What stands against a change of this part in the campaign's stage. */
    @FunctionalInterface
    interface StageFit {
        Seq<Violation> check(Campaign campaign, Change change);

        StageFit ANY = (campaign, change) -> List.empty();
    }

    private final String name;
    private final Class<C> family;
    private final Function<Campaign, P> read;
    private final BiFunction<CampaignBuilder, P, CampaignBuilder> write;
    private final ContextOf<X> context;
    private final StageFit fit;

    private Part(String name, Class<C> family, Function<Campaign, P> read,
                 BiFunction<CampaignBuilder, P, CampaignBuilder> write, ContextOf<X> context, StageFit fit) {
        this.name = Objects.requireNonNull(name, "name");
        this.family = Objects.requireNonNull(family, "family");
        this.read = Objects.requireNonNull(read, "read");
        this.write = Objects.requireNonNull(write, "write");
        this.context = Objects.requireNonNull(context, "context");
        this.fit = Objects.requireNonNull(fit, "fit");
    }

    static <P, X, C extends PartChange<P, X>> Part<P, X, C> of(String name, Class<C> family,
            Function<Campaign, P> read, BiFunction<CampaignBuilder, P, CampaignBuilder> write, ContextOf<X> context) {
        return new Part<>(name, family, read, write, context, StageFit.ANY);
    }

    /** This part, its changes accepted only where the fit finds nothing. */
    Part<P, X, C> acceptedWhen(StageFit stageFit) {
        return new Part<>(name, family, read, write, context, stageFit);
    }

    String name() {
        return name;
    }

    Class<C> family() {
        return family;
    }

    boolean owns(Change change) {
        return family.isInstance(change);
    }

    /** What stands against the change in the campaign's stage. */
    Seq<Violation> fit(Campaign campaign, Change change) {
        return fit.check(campaign, change);
    }

    /**
     * Checks and applies a change this part {@linkplain #owns owns}: a builder of the campaign with the
     * changed part, or the part's refusal.
     */
    Either<Refusal, CampaignBuilder> apply(Campaign campaign, Change change, MemberId actor, Instant at) {
        C typed = family.cast(change);
        return typed.applyTo(read.apply(campaign), context.of(campaign, actor, at))
                .map(changed -> write.apply(campaign.toBuilder(), changed));
    }
}
