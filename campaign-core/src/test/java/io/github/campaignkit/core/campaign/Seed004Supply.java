package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.Seed004;
import io.github.campaignkit.core.event.EventPlan;
import io.github.campaignkit.core.event.Notice;
import io.github.campaignkit.core.event.NoticeKind;
import io.github.campaignkit.core.supply.Delivery;
import io.github.campaignkit.core.supply.Material;
import io.github.campaignkit.core.supply.MaterialId;
import io.github.campaignkit.core.supply.MaterialStatus;
import io.github.campaignkit.core.supply.SupplierId;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.github.campaignkit.core.team.MemberId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Seed 004's 物料清单 as deliveries in progress, and the 08-01 opening's notices, for the monitor
 * and the risk facts: the posters came on time, the roll-up banners two days after their promise
 * (still before the need date), the gifts were promised for 07-28 and have not come, the sign-in
 * desk is promised for 07-29.
 */
final class Seed004Supply {

    static final MaterialId POSTERS = MaterialId.of("M1");
    static final MaterialId BANNERS = MaterialId.of("M2");
    static final MaterialId GIFTS = MaterialId.of("M3");
    static final MaterialId DESK = MaterialId.of("M4");
    static final LocalDate OPENING = day(8, 1);

    private Seed004Supply() {
    }

    static LocalDate day(int month, int d) {
        return LocalDate.of(2024, month, d);
    }

    /** The clock at an hour of a day in Shanghai. */
    static Clock clock(int month, int d, int hour) {
        return Clock.fixed(ZonedDateTime.of(2024, month, d, hour, 0, 0, 0, Seed004.SHANGHAI).toInstant(),
                Seed004.SHANGHAI);
    }

    static Material material(MaterialId id, String name, MemberId owner, LocalDate needBy, LocalDate promised,
                             Optional<LocalDate> actual) {
        return Material.builder().id(id).name(name).spec("标准").quantity(10).unit("个").needBy(needBy).owner(owner)
                .supplier(SupplierId.of("S1")).delivery(new Delivery(promised, actual)).acceptance("与样品一致")
                .status(actual.isPresent() ? MaterialStatus.DELIVERED : MaterialStatus.ORDERED).build();
    }

    static SupplyPlan supply() {
        return SupplyPlan.builder().addMaterials(
                        material(POSTERS, "海报", Seed004.LIU, day(7, 30), day(7, 25), Optional.of(day(7, 25))),
                        material(BANNERS, "易拉宝", Seed004.LIU, day(7, 30), day(7, 25), Optional.of(day(7, 27))),
                        material(GIFTS, "定制礼品", Seed004.ZHOU, day(7, 30), day(7, 28), Optional.empty()),
                        material(DESK, "签到台", Seed004.ZHOU, day(7, 31), day(7, 29), Optional.empty()))
                .build();
    }

    /** The opening on 08-01: the internal notice (due 07-25) never sent, the external one (due 07-29) not yet. */
    static EventPlan event() {
        return EventPlan.builder().date(OPENING)
                .addNotices(Notice.scheduled(NoticeKind.INTERNAL, "行政部", "邮件", day(7, 24)),
                        Notice.scheduled(NoticeKind.EXTERNAL, "到场嘉宾", "短信", day(7, 28)))
                .build();
    }

    /** Seed 004's campaign in preparation with these materials and this event. */
    static Campaign campaign() {
        return Seed004.campaign().toBuilder().stage(Stage.PREPARATION).supply(supply()).event(event()).build();
    }
}
