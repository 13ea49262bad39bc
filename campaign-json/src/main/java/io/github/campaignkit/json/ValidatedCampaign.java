package io.github.campaignkit.json;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.rule.Rules;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A campaign read from a document together with what the domain rules found in it: a document can
 * be well-formed JSON of a valid model and still describe a campaign that could not leave planning
 * (a phase outside the window, no department, a task owned by someone not in the team). Returned by
 * {@link CampaignJson#readValidated}.
 *
 * @param campaign   the campaign read
 * @param violations every violation the rules found, errors and warnings, in the rules' order
 */
public record ValidatedCampaign(Campaign campaign, Seq<Violation> violations) {

    private static final Pattern SEGMENT = Pattern.compile("\\[([^\\]]*)\\]|\\.?([^.\\[]+)");

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public ValidatedCampaign {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(violations, "violations");
    }

    /**
     * Whether no violation is an error (warnings alone leave the campaign valid).
     *
     * @return true when the rules found no error
     */
    public boolean isValid() {
        return !Rules.hasErrors(violations);
    }

    /**
     * The violations that are errors.
     *
     * @return the errors, in order
     */
    public Seq<Violation> errors() {
        return violations.filter(Violation::isError);
    }

    /**
     * The violations that are warnings.
     *
     * @return the warnings, in order
     */
    public Seq<Violation> warnings() {
        return violations.filter(Violation::isWarning);
    }

    /**
     * The campaign as a validation: invalid with every violation when one is an error.
     *
     * @return the validation
     */
    public Validation<Seq<Violation>, Campaign> toValidation() {
        return isValid() ? Validation.valid(campaign) : Validation.invalid(violations);
    }

    /**
     * The JSON Pointer, in the document, of the part a violation names: {@code profile.phases[1].range}
     * is {@code /campaign/profile/phases/1/range}.
     *
     * @param violation a violation of the campaign's rules
     * @return the pointer
     */
    public static String pointerOf(Violation violation) {
        Objects.requireNonNull(violation, "violation");
        StringBuilder b = new StringBuilder("/campaign");
        Matcher m = SEGMENT.matcher(violation.path());
        while (m.find()) {
            String segment = m.group(1) != null ? m.group(1) : m.group(2);
            b.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }
}
