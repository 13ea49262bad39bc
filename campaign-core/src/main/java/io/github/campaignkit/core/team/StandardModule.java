package io.github.campaignkit.core.team;

import io.github.campaignkit.core.rule.Labelled;
import java.util.Locale;

/**
 * The modules the seed templates divide a campaign's work into; a team may add its own with
 * {@link ModuleId#of(String)}.
 */
public enum StandardModule implements Labelled {
    /** 策划: the plan, the rules of the campaign, the copy. */
    PLANNING,
    /** 设计: posters, stands, invitations and other designed material. */
    DESIGN,
    /** 执行: running the campaign on site and online. */
    EXECUTION,
    /** 数据: metrics, dashboards and reports. */
    DATA,
    /** 后勤: purchasing, transport, stock and venues. */
    LOGISTICS,
    /** 媒介: channels, placements and media partners. */
    MEDIA;

    /**
     * The module's id: its name in lower case ({@code planning}).
     *
     * @return the id
     */
    public ModuleId id() {
        return new ModuleId(name().toLowerCase(Locale.ROOT));
    }
}
