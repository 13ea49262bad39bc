package io.github.campaignkit.examples;

import io.github.campaignkit.core.campaign.Accepted;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.Journal;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.goal.GoalChange;
import io.github.campaignkit.core.rule.Refusal;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.time.Clock;

/**
 * Applies a command through a lifecycle and prints what happened in the reader's language: the
 * refusal with every reason and its path, or the stage change and the new revision. Keeps the
 * journal of every command accepted, as a service would store it.
 */
final class CommandLog {

    private final Lang lang;
    private final PrintStream out;
    private Journal journal = Journal.empty();

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
        Either<Refusal, Campaign> result = lifecycle.execute(campaign, command, clock).peek(this::keep)
                .map(Accepted::campaign);
        String what = command.type().label(lang.locale());
        if (result.isLeft()) {
            out.println(lang.pick("✗ " + command.actor() + " 申请" + what + "，被拒绝，原因：",
                    "✗ " + command.actor() + " asked to " + what + "; refused because:"));
            result.getLeft().violations().forEach(v -> out.println("    " + v.message(lang.locale())
                    + (v.path().isEmpty() ? "" : lang.pick("（位置：", " (at ") + v.path() + lang.pick("）", ")"))));
            return campaign;
        }
        Campaign next = result.get();
        String change = next.stage() != campaign.stage()
                ? campaign.stage().label(lang.locale()) + " → " + next.stage().label(lang.locale())
                : command.change() instanceof GoalChange.SignGoals sign ? sign.department().name() : "";
        out.println(lang.pick("✓ " + command.actor() + " " + what + (change.isEmpty() ? "" : "：" + change) + "（版本 " + next.revision() + "）",
                "✓ " + command.actor() + " " + command.type().label(lang.locale(), "done") + (change.isEmpty() ? "" : ", " + change)
                        + " (revision " + next.revision() + ")"));
        return next;
    }

    /**
     * Applies a command the example knows to be acceptable (the day's data, say) without printing it;
     * its journal entry is kept.
     *
     * @return the changed campaign
     * @throws IllegalStateException if the lifecycle refuses it, with the refusal's messages
     */
    Campaign apply(Lifecycle lifecycle, Campaign campaign, CampaignCommand command, Clock clock) {
        Accepted accepted = lifecycle.execute(campaign, command, clock).getOrElseThrow(
                refusal -> new IllegalStateException(refusal.message(java.util.Locale.ENGLISH)));
        keep(accepted);
        return accepted.campaign();
    }

    /** The journal of every command accepted so far, oldest first. */
    Journal journal() {
        return journal;
    }

    private void keep(Accepted accepted) {
        journal = journal.append(accepted);
    }
}
