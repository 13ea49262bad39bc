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
}
