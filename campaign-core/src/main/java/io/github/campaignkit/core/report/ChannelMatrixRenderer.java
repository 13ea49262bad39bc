package io.github.campaignkit.core.report;

import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.outreach.ChannelRow;
import io.github.campaignkit.core.outreach.CreativeItem;
import io.github.campaignkit.core.outreach.OutreachPlan;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Renders an outreach plan: the channel matrix (渠道触达矩阵表), one line per row with its channel,
 * kind, content form, phase, timing, owner and the metrics it serves (by their names in the goal
 * sheet's catalogue), followed by the goals no channel serves; and the creative plan (方案创意表).
 * Immutable and thread-safe.
 */
public final class ChannelMatrixRenderer {

    private static final ChannelMatrixRenderer STANDARD = new ChannelMatrixRenderer();

    private ChannelMatrixRenderer() {
    }

    /**
     * The renderer.
     *
     * @return the shared instance
     */
    public static ChannelMatrixRenderer standard() {
        return STANDARD;
    }

    /**
     * The channel matrix; metrics are shown by their catalogue names, and goals no channel serves
     * are listed under the table.
     *
     * @param plan   the outreach plan
     * @param goals  the goal sheet whose catalogue names the metrics and whose goals must be served
     * @param locale the reader's language
     * @return the text, lines ending in {@code \n}
     */
    public String render(OutreachPlan plan, GoalSheet goals, Locale locale) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(goals, "goals");
        Objects.requireNonNull(locale, "locale");
        Texts t = new Texts(locale);
        String separator = t.chinese() ? "、" : ", ";
        TextTable table = new TextTable(List.of(t.get("matrix.channel"), t.get("matrix.kind"),
                t.get("matrix.content"), t.get("matrix.phase"), t.get("matrix.timing"), t.get("matrix.owner"),
                t.get("matrix.metrics")));
        for (ChannelRow row : plan.matrix()) {
            table.add(List.of(row.channel().name(), row.kind().label(locale),
                    row.contentForm().isBlank() ? Texts.NONE : row.contentForm(), row.phase().label(locale),
                    row.timing().map(Object::toString).orElse(Texts.NONE), row.owner().value(),
                    row.metrics().isEmpty() ? Texts.NONE : row.metrics().stream()
                            .map(m -> goals.metric(m).map(Metric::name).filter(n -> !n.isBlank()).orElse(m.value()))
                            .collect(Collectors.joining(separator))));
        }
        StringBuilder out = new StringBuilder(t.get("matrix.title")).append('\n').append(table.render());
        goals.goals().stream().filter(g -> plan.serving(g.metric()).isEmpty())
                .forEach(g -> out.append(t.get("matrix.unserved", g.id().value(),
                        g.description().isBlank() ? g.metric().value() : g.description())).append('\n'));
        return out.toString();
    }

    /**
     * The creative plan (方案创意表): module, design point, content, alternative, owner, due date.
     *
     * @param plan   the outreach plan
     * @param locale the reader's language
     * @return the text, lines ending in {@code \n}
     */
    public String renderCreative(OutreachPlan plan, Locale locale) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(locale, "locale");
        Texts t = new Texts(locale);
        TextTable table = new TextTable(List.of(t.get("creative.module"), t.get("creative.designPoint"),
                t.get("creative.content"), t.get("creative.alternative"), t.get("creative.owner"),
                t.get("creative.due")));
        for (CreativeItem item : plan.creative()) {
            table.add(List.of(item.module().label(locale), orNone(item.designPoint()), orNone(item.content()),
                    item.alternative().filter(a -> !a.isBlank()).orElse(Texts.NONE), item.owner().value(),
                    item.due().map(Object::toString).orElse(Texts.NONE)));
        }
        return t.get("creative.title") + "\n" + table.render();
    }

    private static String orNone(String text) {
        return text.isBlank() ? Texts.NONE : text;
    }
}
