package io.github.campaignkit.core.report;

import io.github.campaignkit.core.internal.Moments;
import io.github.campaignkit.core.risk.Evidence;
import io.github.campaignkit.core.risk.Measure;
import io.github.campaignkit.core.risk.RiskAlert;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a risk {@link RiskAlert} as plain text in zh-CN or English, for the message that reaches its
 * owner: the risk, its level, when it was triggered, why (each piece of evidence with its source),
 * and the measures to take with who takes them and the budget line they draw on.
 *
 * <pre>
 * 【风险预警】R1 线下遇雨（天气，等级：高）
 * 触发时间：2024-08-04 10:00
 * 责任人：wang
 * 触发依据：
 *   - 读数“降雨概率”（2024-08-07）为 70，不低于 60；记录于 2024-08-04 10:00；来源：中国天气网
 * 应对措施：
 *   1. 1天前联系学校确认备用室内场地（wang）
 * </pre>
 */
public final class RiskAlertRenderer {


    private RiskAlertRenderer() {
    }

    /**
     * The alert as text, lines separated by {@code \n}, without a trailing line break.
     *
     * @param alert  the alert
     * @param locale the reader's language
     * @param zone   the zone times are shown in
     * @return the text
     */
    public static String render(RiskAlert alert, Locale locale, ZoneId zone) {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        boolean zh = "zh".equals(locale.getLanguage());
        StringBuilder out = new StringBuilder();
        String level = alert.level().map(l -> (zh ? "，等级：" : ", level: ") + l.label(locale)).orElse("");
        out.append(zh ? "【风险预警】" : "[Risk alert] ").append(alert.risk()).append(' ').append(alert.scenario())
                .append(zh ? "（" : " (").append(alert.category().label(locale)).append(level).append(zh ? "）" : ")");
        out.append('\n').append(zh ? "触发时间：" : "Triggered: ").append(time(alert.at(), zone));
        out.append('\n').append(zh ? "责任人：" : "Owner: ")
                .append(alert.owner().map(Object::toString).orElse(zh ? "未指定" : "none"));
        out.append('\n').append(zh ? "触发依据：" : "Why:");
        if (alert.evidence().isEmpty()) {
            out.append('\n').append(zh ? "  - 人工触发" : "  - triggered by hand");
        }
        for (Evidence evidence : alert.evidence()) {
            out.append('\n').append("  - ").append(evidence(evidence, locale, zone));
        }
        out.append('\n').append(zh ? "应对措施：" : "Measures:");
        if (alert.measures().isEmpty()) {
            out.append('\n').append(zh ? "  （无）" : "  (none)");
        }
        int n = 1;
        for (Measure measure : alert.measures()) {
            out.append('\n').append("  ").append(n++).append(". ").append(measure.action())
                    .append(zh ? "（" : " (").append(measure.owner())
                    .append(measure.budgetLine().map(b -> (zh ? "，预算科目：" : ", budget line: ") + b).orElse(""))
                    .append(zh ? "）" : ")");
        }
        return out.toString();
    }

    /**
     * One piece of evidence as a sentence.
     *
     * @param evidence the evidence
     * @param locale   the reader's language
     * @param zone     the zone times are shown in
     * @return the sentence, without a final full stop
     */
    public static String evidence(Evidence evidence, Locale locale, ZoneId zone) {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        boolean zh = "zh".equals(locale.getLanguage());
        String source = (zh ? "；来源：" : "; source: ") + evidence.source();
        if (evidence instanceof Evidence.MetricObserved) {
            Evidence.MetricObserved m = (Evidence.MetricObserved) evidence;
            return zh
                    ? "指标“" + m.metric() + "”" + m.day() + " " + m.figure().label(locale) + "值为 "
                            + m.value().toPlainString() + "，" + m.comparison().label(locale) + " "
                            + m.threshold().toPlainString() + source
                    : "metric " + m.metric() + " on " + m.day() + " (" + m.figure().label(locale) + ") was "
                            + m.value().toPlainString() + ", " + m.comparison().label(locale) + " "
                            + m.threshold().toPlainString() + source;
        }
        if (evidence instanceof Evidence.TaskNotDone) {
            Evidence.TaskNotDone t = (Evidence.TaskNotDone) evidence;
            return zh ? "任务“" + t.task() + "”截至 " + t.due() + " 未完成" + source
                    : "task " + t.task() + " was not done by " + t.due() + source;
        }
        if (evidence instanceof Evidence.MaterialNotDelivered) {
            Evidence.MaterialNotDelivered m = (Evidence.MaterialNotDelivered) evidence;
            return zh ? "物料“" + m.material() + "”截至 " + m.due() + " 未到位" + source
                    : "material " + m.material() + " had not arrived by " + m.due() + source;
        }
        Evidence.ReadingRecorded r = (Evidence.ReadingRecorded) evidence;
        return zh
                ? "读数“" + r.indicator() + "”（" + r.about() + "）为 " + r.value().toPlainString() + "，"
                        + r.comparison().label(locale) + " " + r.threshold().toPlainString() + "；记录于 "
                        + time(r.recordedAt(), zone) + source
                : "reading " + r.indicator() + " for " + r.about() + " was " + r.value().toPlainString() + ", "
                        + r.comparison().label(locale) + " " + r.threshold().toPlainString() + ", recorded "
                        + time(r.recordedAt(), zone) + source;
    }

    private static String time(Instant instant, ZoneId zone) {
        return Moments.show(instant, zone);
    }
}
