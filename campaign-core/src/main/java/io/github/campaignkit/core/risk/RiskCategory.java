package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.rule.Labelled;

/** What kind of thing may go wrong; the common risks of the seed templates, and {@link #OTHER}. */
public enum RiskCategory implements Labelled {
    /** 天气: rain at an offline event, heat, storms. */
    WEATHER,
    /** 供应: materials or services that arrive late or wrong. */
    SUPPLY,
    /** 流量: too little exposure or participation. */
    TRAFFIC,
    /** 设备: equipment failing on site. */
    EQUIPMENT,
    /** 舆情: negative public opinion. */
    PUBLIC_OPINION,
    /** 合作方: a partner's resources late or withdrawn. */
    PARTNER,
    /** 技术: a system outage, a broken page or app. */
    TECHNOLOGY,
    /** 其他: anything else. */
    OTHER
}
