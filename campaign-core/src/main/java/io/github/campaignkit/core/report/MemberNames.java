package io.github.campaignkit.core.report;

import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Team;
import java.util.Optional;

/**
 * How every renderer names a member: by name ({@code 张经理}); with the id only when two members of
 * the team share the name ({@code 张经理（zhang.jingli）}); by id when the team does not know them.
 */
final class MemberNames {

    private MemberNames() {
    }

    static String name(Team team, MemberId id, boolean zh) {
        Optional<Member> member = team.member(id);
        if (member.isEmpty() || member.get().name().isBlank() || member.get().name().equals(id.value())) {
            return id.value();
        }
        String name = member.get().name();
        long namesakes = team.members().stream().filter(m -> m.name().equals(name)).count();
        if (namesakes == 1) {
            return name;
        }
        return zh ? name + "（" + id.value() + "）" : name + " (" + id.value() + ")";
    }

    /** A member's name alone, for headers and texts that already sit in brackets; the id when not in the team. */
    static String plain(Team team, MemberId id) {
        return team.member(id).map(Member::name).filter(n -> !n.isBlank()).orElse(id.value());
    }

    /**
     * Violations whose member arguments read as {@link #name}: by name, with the id only for
     * namesakes, as every other mention of a member in a report.
     */
    static io.vavr.collection.Seq<io.github.campaignkit.core.rule.Violation> named(
            io.vavr.collection.Seq<io.github.campaignkit.core.rule.Violation> found, Team team) {
        return found.map(v -> {
            java.util.List<Object> arguments = new java.util.ArrayList<>();
            boolean changed = false;
            for (Object argument : v.arguments()) {
                if (argument instanceof MemberId member) {
                    arguments.add((io.github.campaignkit.core.rule.Localizable) locale -> name(team, member,
                            "zh".equals(locale.getLanguage())));
                    changed = true;
                } else {
                    arguments.add(argument);
                }
            }
            return changed ? new io.github.campaignkit.core.rule.Violation(v.code(), v.severity(), v.path(), arguments) : v;
        });
    }
}
