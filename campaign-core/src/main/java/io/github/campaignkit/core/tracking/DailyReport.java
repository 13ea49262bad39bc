package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A daily progress report (进度日报): what a member did today, plans for tomorrow, the problems
 * standing and the resources needed. Seed 004, 2024-07-31, 张*: 抖音预热视频上线，播放量5万+;
 * 社群转发启动200+人 / 高校公众号推文发布; 增加5000元抖音投放预算 / 部分学生反映礼品吸引力不足 /
 * 市场部确认是否可升级礼品.
 *
 * @param date           the day reported on
 * @param member         who reports (负责人)
 * @param done           今日完成事项, what was done that day
 * @param completedTasks the board tasks finished that day, if the reporter links them
 * @param plan           明日计划, the plan for the next day
 * @param problems       存在问题, the problems standing at the time of the report
 * @param resources      需协调资源, the resources the reporter asks for
 * @param submittedAt    when it was submitted, stamped by the clock of the command that submitted it
 */
@Value.Builder
public record DailyReport(LocalDate date, MemberId member, List<String> done, List<TaskId> completedTasks,
                          List<String> plan, List<String> problems, List<String> resources, Instant submittedAt) {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public DailyReport {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(member, "member");
        done = Checks.list(done, "done");
        completedTasks = Checks.list(completedTasks, "completedTasks");
        plan = Checks.list(plan, "plan");
        problems = Checks.list(problems, "problems");
        resources = Checks.list(resources, "resources");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /**
     * A builder for a report.
     *
     * @return a new builder
     */
    public static DailyReportBuilder builder() {
        return new DailyReportBuilder();
    }

    /**
     * A builder that starts from this report.
     *
     * @return a builder holding every component of this report
     */
    public DailyReportBuilder toBuilder() {
        return new DailyReportBuilder().from(this);
    }
}
