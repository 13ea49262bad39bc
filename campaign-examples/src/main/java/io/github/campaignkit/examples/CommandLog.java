package io.github.campaignkit.examples;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.rule.Refusal;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.time.Clock;

/**
 * Applies a command through a lifecycle and prints what happened in the reader's language: the
 * refusal with every reason and its path, or the stage change and the new revision.
 */
final class CommandLog {

    private final Lang lang;
    private final PrintStream out;

    CommandLog(Lang lang, PrintStream out) {
        this.lang = lang;
        this.out = out;
    }

    /**
     * Applies the command and prints the outcome.
     *
     * @return the changed campaign, or the same campaign when the command was refused
     */
    Campaign attempt(Lifecycle lifecycle, Campaign campaign, CampaignCommand command, Clock clock) {
        Either<Refusal, Campaign> result = lifecycle.apply(campaign, command, clock);
        String what = command.type().label(lang.locale());
        if (result.isLeft()) {
            out.println(lang.pick("✗ " + command.actor() + " 申请" + what + "，被拒绝，原因：",
                    "✗ " + command.actor() + " asked to " + what + " " + object(command) + "; refused because:"));
            result.getLeft().violations().forEach(v -> out.println("    " + v.message(lang.locale())
                    + (v.path().isEmpty() ? "" : lang.pick("（位置：", " (at ") + v.path() + lang.pick("）", ")"))));
            return campaign;
        }
        Campaign next = result.get();
        String change = next.stage() == campaign.stage() ? ""
                : campaign.stage().label(lang.locale()) + " → " + next.stage().label(lang.locale());
        out.println(lang.pick("✓ " + command.actor() + " " + what + (change.isEmpty() ? "" : "：" + change) + "（版本 " + next.revision() + "）",
                "✓ " + command.actor() + ": " + what + " " + object(command) + (change.isEmpty() ? "" : ", " + change)
                        + " (revision " + next.revision() + ")"));
        return next;
    }

    /**
     * What an English command label acts on: the labels are verb phrases written to be followed by
     * their object ("revise the profile of" this campaign, "resolve" issue Q-1).
     */
    private static String object(CampaignCommand command) {
        switch (command.type()) {
            case CHANGE_TASK_STATUS:
            case PLAN_REMEDY:
                return "a task";
            case DECIDE_ISSUE:
            case RESOLVE_ISSUE:
                return "an issue";
            default:
                return "the campaign";
        }
    }
}
