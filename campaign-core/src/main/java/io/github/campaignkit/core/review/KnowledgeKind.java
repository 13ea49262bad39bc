package io.github.campaignkit.core.review;

import io.github.campaignkit.core.rule.Labelled;

/** What kind of knowledge a retrospective keeps (经验沉淀) for the next campaign. */
public enum KnowledgeKind implements Labelled {
    /** A checklist, e.g. 营销活动策划checklist. */
    CHECKLIST,
    /** A template or form, e.g. 复盘报告框架. */
    TEMPLATE,
    /** A playbook or manual, e.g. 校园活动执行手册. */
    PLAYBOOK,
    /** A library of metrics, e.g. 数据监控指标库. */
    METRIC_LIBRARY,
    /** A library of resources or contacts, e.g. 高校KOL资源库. */
    RESOURCE_LIBRARY,
    /** Anything else worth keeping. */
    OTHER
}
