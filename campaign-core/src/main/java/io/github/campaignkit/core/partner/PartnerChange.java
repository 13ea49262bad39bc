package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.team.Attribution;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The changes of a campaign's {@link PartnerPlan}: candidates, ranking, partners, duties and cost shares. The revision replaces the part as given,
 * a draft included; the gates check it with {@link PartnerRules}.
 */
public sealed interface PartnerChange extends PartChange<PartnerPlan, Attribution> permits PartnerChange.RevisePartners {

    /** The kinds of partner plan change, with their labels. */
    enum Type implements Labelled {
        /** Replace the partner plan (candidates, ranking, partners, duties and shares). */
        REVISE_PARTNERS
    }

    @Override
    Type type();

    /**
     * Replace the partner plan (candidates, ranking, partners, duties and shares).
     *
     * @param partners the new partner plan
     */
    record RevisePartners(PartnerPlan partners) implements PartnerChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public RevisePartners {
            Objects.requireNonNull(partners, "partners");
        }

        /**
         * A revision to the given partner plan.
         *
         * @param partners the new partner plan
         * @return the change
         */
        public static RevisePartners of(PartnerPlan partners) {
            return new RevisePartners(partners);
        }

        @Override
        public Either<Refusal, PartnerPlan> applyTo(PartnerPlan current, Attribution context) {
            return Either.right(partners);
        }

        @Override
        public Type type() {
            return Type.REVISE_PARTNERS;
        }
    }
}
