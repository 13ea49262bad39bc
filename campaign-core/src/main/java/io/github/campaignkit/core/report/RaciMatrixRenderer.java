package io.github.campaignkit.core.report;

import io.github.campaignkit.core.rule.MessageRenderer;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.RaciAssignment;
import io.github.campaignkit.core.team.RaciRole;
import io.github.campaignkit.core.team.RaciRules;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamPolicy;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a board's RACI matrix as a plain-text table: one row per task (module, id and name), one
 * column per member (by name, team order; people named in the matrix but not on the team are added
 * at the end, marked {@code ?}), each cell the member's roles in the task ({@code R}, {@code A},
 * {@code R/A}, …). A legend comes first; what {@link RaciRules} finds comes last, one line per
 * finding. Columns are aligned for a fixed-width font in which Chinese characters take two
 * columns. Lines end without trailing spaces and are joined by {@code \n}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RaciMatrixRenderer {

    private static final RaciMatrixRenderer STANDARD = new RaciMatrixRenderer(TeamPolicy.standard(),
            MessageRenderer.standard());

    private final TeamPolicy policy;
    private final MessageRenderer messages;

    private RaciMatrixRenderer(TeamPolicy policy, MessageRenderer messages) {
        this.policy = policy;
        this.messages = messages;
    }

    /**
     * The renderer with the standard team policy and message renderer.
     *
     * @return the renderer
     */
    public static RaciMatrixRenderer standard() {
        return STANDARD;
    }

    /**
     * This renderer checking the matrix against another team policy.
     *
     * @param newPolicy the limits of the RACI warnings
     * @return a new renderer
     */
    public RaciMatrixRenderer withPolicy(TeamPolicy newPolicy) {
        return new RaciMatrixRenderer(Objects.requireNonNull(newPolicy, "newPolicy"), messages);
    }

    /**
     * This renderer writing findings with another message renderer, e.g. one with the application's
     * own bundle.
     *
     * @param renderer the message renderer
     * @return a new renderer
     */
    public RaciMatrixRenderer withMessages(MessageRenderer renderer) {
        return new RaciMatrixRenderer(policy, Objects.requireNonNull(renderer, "renderer"));
    }

    /**
     * Renders the matrix.
     *
     * @param board  the board: its tasks and its matrix
     * @param team   the team, for the columns and the members' names
     * @param locale the reader's language (zh-CN or English)
     * @return the text
     */
    public String render(TaskBoard board, Team team, Locale locale) {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(locale, "locale");
        boolean zh = "zh".equals(locale.getLanguage());
        Set<MemberId> strangers = strangers(board, team);
        List<MemberId> columns = columns(team, strangers);

        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(zh ? "模块" : "Module");
        header.add(zh ? "任务" : "Task");
        for (MemberId id : columns) {
            header.add(MemberNames.plain(team, id)
                    + (strangers.contains(id) ? "?" : ""));
        }
        rows.add(header);
        for (Task task : board.tasks()) {
            List<String> row = new ArrayList<>();
            row.add(task.module().label(locale));
            row.add(task.id().value() + " " + task.name());
            for (MemberId id : columns) {
                row.add(board.raci().roles(task.id(), id).stream().map(RaciRole::letter)
                        .collect(Collectors.joining("/")));
            }
            rows.add(row);
        }

        StringBuilder out = new StringBuilder();
        out.append(legend(zh, locale)).append('\n');
        table(rows, out);
        Seq<Violation> found = RaciRules.check(board, team, policy);
        if (!found.isEmpty()) {
            out.append(zh ? "问题：" : "Findings:").append('\n');
            found.forEach(v -> out.append("  ").append(messages.describe(v, locale)).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    /** The people the matrix names who are not on the team, in order of first mention. */
    static Set<MemberId> strangers(TaskBoard board, Team team) {
        Set<MemberId> strangers = new LinkedHashSet<>();
        for (RaciAssignment a : board.raci().assignments()) {
            if (!team.hasMember(a.member())) {
                strangers.add(a.member());
            }
        }
        return strangers;
    }

    /** The matrix's columns: the team's members in team order, then the strangers. */
    static List<MemberId> columns(Team team, Set<MemberId> strangers) {
        List<MemberId> columns = new ArrayList<>();
        team.members().forEach(m -> {
            if (!columns.contains(m.id())) {
                columns.add(m.id());
            }
        });
        columns.addAll(strangers);
        return columns;
    }

    /** The legend: every role's letter and label. */
    static String legend(boolean zh, Locale locale) {
        String roles = java.util.Arrays.stream(RaciRole.values())
                .map(r -> r.letter() + " " + r.label(locale))
                .collect(Collectors.joining(zh ? "，" : ", "));
        return (zh ? "RACI 矩阵（" : "RACI matrix (") + roles + (zh ? "）" : ")");
    }

    private static void table(List<List<String>> rows, StringBuilder out) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    line.append(" | ");
                }
                String cell = rows.get(r).get(c);
                line.append(cell).append(" ".repeat(widths[c] - DisplayWidth.of(cell)));
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    if (c > 0) {
                        rule.append("-+-");
                    }
                    rule.append("-".repeat(widths[c]));
                }
                out.append(rule).append('\n');
            }
        }
    }

}
