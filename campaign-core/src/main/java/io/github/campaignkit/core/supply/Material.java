package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the 物料清单 (活动物料明细表): a poster, a roll-up banner, the sign-in desk, a gift.
 *
 * @param id         the material's identity within its plan
 * @param name       名称, e.g. {@code 易拉宝}
 * @param spec       规格, e.g. {@code 80×200cm}
 * @param quantity   数量, above zero
 * @param unit       the unit of the quantity, e.g. {@code 个}
 * @param needBy     the date it is needed by (完成时限); empty in a template
 * @param owner      负责人
 * @param need       the supplier need it is bought through, if any
 * @param supplier   the supplier delivering it, once known
 * @param delivery   the promised and actual delivery, once promised
 * @param acceptance the acceptance standard (验收标准) it is checked against
 * @param status     where it stands
 */
@Value.Builder
public record Material(MaterialId id, String name, String spec, long quantity, String unit,
                       Optional<LocalDate> needBy, MemberId owner, Optional<NeedId> need,
                       Optional<SupplierId> supplier, Optional<Delivery> delivery, String acceptance,
                       MaterialStatus status) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the quantity is not above zero ({@code quantity}) or the
     *                                  status says delivered without an actual delivery date
     *                                  ({@code status})
     */
    public Material {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(unit, "unit");
        Checks.optional(needBy, "needBy");
        Objects.requireNonNull(owner, "owner");
        Checks.optional(need, "need");
        Checks.optional(supplier, "supplier");
        Checks.optional(delivery, "delivery");
        Objects.requireNonNull(acceptance, "acceptance");
        Objects.requireNonNull(status, "status");
        if (quantity <= 0) {
            throw InvalidValueException.of(ValueViolation.NOT_POSITIVE, "quantity", quantity);
        }
        if (status.isDelivered() && delivery.flatMap(Delivery::actual).isEmpty()) {
            throw InvalidValueException.of(SupplyViolation.DELIVERY_DATE, "status", status, id);
        }
    }

    /**
     * A builder for a material.
     *
     * @return a new builder
     */
    public static MaterialBuilder builder() {
        return new MaterialBuilder();
    }

    /**
     * A builder that starts from this material.
     *
     * @return a builder holding every component of this material
     */
    public MaterialBuilder toBuilder() {
        return new MaterialBuilder().from(this);
    }

    /**
     * This material delivered on a date: the actual date recorded and the status
     * {@link MaterialStatus#DELIVERED} (an accepted or rejected material keeps its status).
     *
     * @param date the actual delivery date
     * @return a copy
     * @throws IllegalStateException if no delivery was promised
     */
    public Material deliveredOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Delivery promised = delivery.orElseThrow(() -> new IllegalStateException("material " + id
                + " has no promised delivery"));
        return toBuilder().delivery(promised.deliveredOn(date))
                .status(status.isDelivered() ? status : MaterialStatus.DELIVERED).build();
    }
}
