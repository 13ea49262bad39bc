package io.github.campaignkit.core.report;

import io.github.campaignkit.core.goal.Goal;
import io.github.campaignkit.core.goal.GoalRules;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.GoalViolation;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.SmartLetter;
import io.github.campaignkit.core.goal.SmartPolicy;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.Team;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders a goal sheet as the goal breakdown table (营销活动目标拆解表): one line per goal with its
 * objective, dimension, description, metric, target, data source, owner, deadline, priority, notes
 * and the departments whose signature covers it; optionally a SMART column listing the letters the
 * goal fails (upper case for an error, lower case for a warning, {@code OK} when it passes).
 * Immutable and thread-safe.
 */
public final class GoalTableRenderer {

    private static final GoalTableRenderer STANDARD = new GoalTableRenderer(Team.empty());

    private final Team team;

    private GoalTableRenderer(Team team) {
        this.team = team;
    }

    /**
     * The renderer.
     *
     * @return the shared instance
     */
    public static GoalTableRenderer standard() {
        return STANDARD;
    }

    /**
     * This renderer naming the goals' owners from a team (张*, not zhang).
     *
     * @param names the campaign's team
     * @return a renderer
     */
    public GoalTableRenderer withTeam(Team names) {
        return new GoalTableRenderer(Objects.requireNonNull(names, "names"));
    }

    /**
     * The table without a SMART column; a deadline in working days after the end shows as that
     * rule ("活动结束后 3 个工作日"), there being no window to count from.
     *
     * @param sheet  the goal sheet
     * @param locale the reader's language
     * @return the text, lines ending in {@code \n}
     */
    public String render(GoalSheet sheet, Locale locale) {
        return render(sheet, Optional.empty(), WorkingCalendar.mondayToFriday(), Optional.empty(), locale);
    }

    /**
     * The table with a SMART column, checked against the campaign's window; a deadline in working
     * days after the end shows as its day on the policy's calendar, with the rule beside it.
     *
     * @param sheet  the goal sheet
     * @param window the campaign's window
     * @param policy the SMART bounds
     * @param locale the reader's language
     * @return the text, lines ending in {@code \n}
     */
    public String render(GoalSheet sheet, DateRange window, SmartPolicy policy, Locale locale) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(policy, "policy");
        return render(sheet, Optional.of(window), policy.countingCalendar(),
                Optional.of(GoalRules.smart(window, policy).check(sheet)), locale);
    }

    private String render(GoalSheet sheet, Optional<DateRange> window, WorkingCalendar calendar,
                          Optional<Seq<Violation>> smart, Locale locale) {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(locale, "locale");
        Texts t = new Texts(locale);
        List<String> headers = new ArrayList<>(List.of(t.get("goals.id"), t.get("goals.objective"),
                t.get("goals.dimension"), t.get("goals.description"), t.get("goals.metric"), t.get("goals.target"),
                t.get("goals.source"), t.get("goals.owner"), t.get("goals.deadline"), t.get("goals.priority"),
                t.get("goals.notes"), t.get("goals.signed")));
        if (smart.isPresent()) {
            headers.add("SMART");
        }
        TextTable table = new TextTable(headers);
        for (int i = 0; i < sheet.goals().size(); i++) {
            Goal g = sheet.goals().get(i);
            Optional<Metric> metric = sheet.metric(g.metric());
            List<String> cells = new ArrayList<>(List.of(
                    g.id().value(),
                    g.objective().map(o -> o.value()).orElse(Texts.NONE),
                    g.dimension().label(locale),
                    orNone(g.description()),
                    metric.map(Metric::name).filter(n -> !n.isBlank()).orElse(g.metric().value()),
                    g.target().map(target -> t.target(target, metric.map(Metric::unit))
                            + g.baseline().filter(b -> target instanceof io.github.campaignkit.core.goal.Target.Uplift)
                                    .map(b -> t.get("target.baseline", t.value(b, metric.map(Metric::unit))))
                                    .orElse("")).orElse(Texts.NONE),
                    orNone(g.dataSource()),
                    g.owner().map(id -> MemberNames.name(team, id, t.chinese())).orElse(Texts.NONE),
                    t.deadline(g, window, calendar),
                    g.priority().label(locale),
                    orNone(g.notes()),
                    signed(sheet, g, t)));
            if (smart.isPresent()) {
                cells.add(letters(smart.get(), RulePaths.indexed("goals", i)));
            }
            table.add(cells);
        }
        return t.get("goals.title") + "\n" + table.render();
    }

    private static String signed(GoalSheet sheet, Goal goal, Texts t) {
        List<Department> departments = sheet.signaturesOn(goal);
        return departments.isEmpty() ? Texts.NONE
                : departments.stream().map(Department::name).collect(Collectors.joining(t.chinese() ? "、" : ", "));
    }

    private static String letters(Seq<Violation> found, String goalPath) {
        Map<SmartLetter, Boolean> failed = new EnumMap<>(SmartLetter.class);
        for (Violation v : found) {
            if (!v.path().equals(goalPath) && !v.path().startsWith(goalPath + ".")) {
                continue;
            }
            Optional<SmartLetter> letter = GoalViolation.letterOf(v.code());
            letter.ifPresent(l -> failed.merge(l, v.isError(), Boolean::logicalOr));
        }
        if (failed.isEmpty()) {
            return "OK";
        }
        StringBuilder out = new StringBuilder();
        failed.forEach((letter, error) -> out.append(error ? letter.initial() : Character.toLowerCase(letter.initial())));
        return out.toString();
    }

    private static String orNone(String text) {
        return text.isBlank() ? Texts.NONE : text;
    }
}
