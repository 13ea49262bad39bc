package io.github.campaignkit.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The bit set of days behind duplicate detection and late data agrees with a plain set. */
class DaySetProperties {

    @Property
    void behavesLikeASetOfDays(@ForAll @Size(max = 60) List<@LongRange(min = -400, max = 400) Long> days,
                               @ForAll @LongRange(min = -450, max = 450) long from,
                               @ForAll @LongRange(min = 0, max = 300) long length) {
        DaySet set = new DaySet();
        Set<Long> plain = new TreeSet<>();
        for (long d : days) {
            assertThat(set.add(d)).isEqualTo(plain.add(d));
        }
        List<Long> missing = new ArrayList<>();
        for (long d = from; d <= from + length; d++) {
            assertThat(set.contains(d)).isEqualTo(plain.contains(d));
            if (!plain.contains(d)) {
                missing.add(d);
            }
        }
        assertThat(set.missing(from, from + length)).containsExactly(missing.stream().mapToLong(Long::longValue).toArray());
        DaySet copy = set.copy();
        assertThat(copy).isEqualTo(set).hasSameHashCodeAs(set);
        DaySet other = new DaySet();
        int common = 0;
        for (long d = from; d <= from + length; d += 3) {
            other.add(d);
            common += plain.contains(d) ? 1 : 0;
        }
        assertThat(copy.addAll(other)).isEqualTo(common);
        assertThat(set.commonDays(other)).hasSize(common);
    }
}
