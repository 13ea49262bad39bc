package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.rule.NamedId;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts names beside the ids a violation's arguments hold: a member by the name on the team, a task
 * by its name on the board, a metric by its name in the catalogue. Rules of the parts know only
 * ids; the campaign knows the names, so it names them before a refusal or a finding leaves it.
 */
final class Names {

    private Names() {
    }

    static Seq<Violation> named(Seq<Violation> found, Campaign campaign) {
        return found.map(v -> named(v, campaign));
    }

    static Violation named(Violation violation, Campaign campaign) {
        List<Object> arguments = new ArrayList<>(violation.arguments().size());
        boolean changed = false;
        for (Object argument : violation.arguments()) {
            Object shown = name(argument, campaign);
            changed |= shown != argument;
            arguments.add(shown);
        }
        return changed ? new Violation(violation.code(), violation.severity(), violation.path(), arguments) : violation;
    }

    private static Object name(Object argument, Campaign campaign) {
        if (argument instanceof MemberId member) {
            return campaign.team().member(member).<Object>map(m -> NamedId.of(member, m.name())).orElse(argument);
        }
        if (argument instanceof TaskId task) {
            return campaign.board().task(task).<Object>map(t -> NamedId.of(task, t.name())).orElse(argument);
        }
        if (argument instanceof MetricId metric) {
            return campaign.goals().metric(metric).<Object>map(m -> NamedId.of(metric, m.name())).orElse(argument);
        }
        return argument;
    }
}
