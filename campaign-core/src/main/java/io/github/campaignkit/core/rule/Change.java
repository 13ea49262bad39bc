package io.github.campaignkit.core.rule;

/**
 * What a command asks to change in a campaign, without who asks: the payload of a
 * {@code campaign.CampaignCommand}, which adds the actor and the revision it was based on.
 *
 * <p>The changes of one part of a campaign form a sealed family in that part's package (the KPI
 * part's {@code kpi.KpiChange}, the budget's {@code budget.BudgetChange}, …); each family also
 * implements {@link PartChange}, which checks and applies the change in one function.
 */
public interface Change {

    /**
     * Which kind of change this is, with a label in every supported language for messages ("may
     * not <em>record observations for</em> this campaign").
     *
     * @return the kind
     */
    Labelled type();
}
