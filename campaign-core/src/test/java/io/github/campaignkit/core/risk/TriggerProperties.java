package io.github.campaignkit.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.testkit.RiskArbitraries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class TriggerProperties {

    private static final MemberId MONITOR = MemberId.of("monitor");

    /** A register, the campaign's phases, the instant evaluated and a seed for the facts planted. */
    record Scene(RiskRegister register, List<Phase> phases, Instant now, ZoneId zone, long seed) {

        Clock clock() {
            return Clock.fixed(now, zone);
        }

        /** Facts knowing every name the triggers use, with data on the days they look at. */
        TriggerFacts facts(boolean withData) {
            Random random = new Random(seed);
            MapTriggerFacts.Builder b = MapTriggerFacts.builder();
            for (Risk risk : register.entries()) {
                risk.trigger().ifPresent(t -> plant(t, b, random, withData));
            }
            return b.build();
        }

        private void plant(Trigger t, MapTriggerFacts.Builder b, Random random, boolean withData) {
            if (t instanceof Trigger.AllOf) {
                ((Trigger.AllOf) t).conditions().forEach(c -> plant(c, b, random, withData));
            } else if (t instanceof Trigger.AnyOf) {
                ((Trigger.AnyOf) t).conditions().forEach(c -> plant(c, b, random, withData));
            } else if (t instanceof Trigger.MetricThreshold) {
                Trigger.MetricThreshold m = (Trigger.MetricThreshold) t;
                b.knownMetric(m.metric());
                if (withData) {
                    for (LocalDate day : days(m.period())) {
                        if (random.nextBoolean()) {
                            BigDecimal near = m.threshold().add(BigDecimal.valueOf(random.nextInt(21) - 10L));
                            b.metric(m.metric(), m.figure(), day, near, "planted " + day);
                        }
                    }
                }
            } else if (t instanceof Trigger.TaskOverdue) {
                Trigger.TaskOverdue o = (Trigger.TaskOverdue) t;
                b.knownTask(o.task());
                int pick = random.nextInt(3);
                if (withData && pick == 0) {
                    b.taskNotDone(o.task(), "planted");
                } else if (withData && pick == 1) {
                    b.taskDone(o.task(), o.by().plusDays(random.nextInt(5) - 2L), "planted");
                }
            } else if (t instanceof Trigger.MaterialOverdue) {
                Trigger.MaterialOverdue o = (Trigger.MaterialOverdue) t;
                b.knownMaterial(o.material());
                int pick = random.nextInt(3);
                if (withData && pick == 0) {
                    b.materialNotDelivered(o.material(), "planted");
                } else if (withData && pick == 1) {
                    b.materialDelivered(o.material(), o.by().plusDays(random.nextInt(5) - 2L), "planted");
                }
            }
        }

        private List<LocalDate> days(TriggerPeriod period) {
            List<DateRange> ranges = new ArrayList<>();
            if (period instanceof TriggerPeriod.OnDate onDate) {
                ranges.add(DateRange.ofDay(onDate.date()));
            } else if (period instanceof TriggerPeriod.Between between) {
                ranges.add(between.range());
            } else {
                phases.forEach(p -> ranges.add(p.range()));
            }
            List<LocalDate> days = new ArrayList<>();
            for (DateRange r : ranges) {
                for (LocalDate d = r.start(); !d.isAfter(r.end()); d = d.plusDays(1)) {
                    days.add(d);
                }
            }
            return days;
        }
    }

    @Provide
    Arbitrary<Scene> scenes() {
        Arbitrary<List<Phase>> phases = CampaignArbitraries.dateRanges().flatMap(CampaignArbitraries::phasesWithin);
        return Combinators.combine(RiskArbitraries.riskRegisters(), phases, CampaignArbitraries.instants(),
                        Arbitraries.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"), ZoneId.of("America/New_York")),
                        Arbitraries.longs(), Arbitraries.integers().between(-1, 3), Arbitraries.of(true, false))
                .as((generated, p, instant, zone, seed, after, rearm) -> {
                    // Half the scenes have every risk armed again, so that more of them fire.
                    RiskRegister register = rearm ? rearmed(generated) : generated;
                    // Most scenes look at the data just after the last day the triggers look at, where they can fire.
                    Instant now = after < 0 ? instant
                            : horizon(register, p).plusDays(after).atTime(12, 0).atZone(zone).toInstant();
                    return new Scene(register, p, now, zone, seed);
                });
    }

    private static RiskRegister rearmed(RiskRegister register) {
        RiskRegister armed = register;
        for (Risk risk : register.entries()) {
            armed = armed.with(risk.toBuilder().changes(List.of()).build());
        }
        return armed;
    }

    private static LocalDate horizon(RiskRegister register, List<Phase> phases) {
        List<LocalDate> days = new ArrayList<>();
        phases.forEach(p -> days.add(p.range().end()));
        register.entries().forEach(r -> r.trigger().ifPresent(t -> collect(t, days)));
        return days.stream().max(LocalDate::compareTo).orElse(LocalDate.of(2024, 8, 1));
    }

    private static void collect(Trigger t, List<LocalDate> days) {
        if (t instanceof Trigger.AllOf) {
            ((Trigger.AllOf) t).conditions().forEach(c -> collect(c, days));
        } else if (t instanceof Trigger.AnyOf) {
            ((Trigger.AnyOf) t).conditions().forEach(c -> collect(c, days));
        } else if (t instanceof Trigger.TaskOverdue) {
            days.add(((Trigger.TaskOverdue) t).by());
        } else if (t instanceof Trigger.MaterialOverdue) {
            days.add(((Trigger.MaterialOverdue) t).by());
        } else if (t instanceof Trigger.MetricThreshold) {
            TriggerPeriod period = ((Trigger.MetricThreshold) t).period();
            if (period instanceof TriggerPeriod.OnDate onDate) {
                days.add(onDate.date());
            } else if (period instanceof TriggerPeriod.Between between) {
                days.add(between.range().end());
            }
        }
    }

    @Property
    void evaluatingTwiceOnTheSameDataGivesTheSameResult(@ForAll("scenes") Scene scene) {
        TriggerEvaluation once = scene.register().evaluate(scene.phases(), scene.facts(true), scene.clock());
        TriggerEvaluation twice = scene.register().evaluate(scene.phases(), scene.facts(true), scene.clock());
        TriggerFacts shared = scene.facts(true);
        Statistics.label("fires").collect(!once.firings().isEmpty());
        assertThat(twice).isEqualTo(once);
        assertThat(scene.register().evaluate(scene.phases(), shared, scene.clock()))
                .isEqualTo(scene.register().evaluate(scene.phases(), shared, scene.clock()))
                .isEqualTo(once);
    }

    @Property
    void aTriggerOnDataThatIsAbsentNeverFires(@ForAll("scenes") Scene scene) {
        RiskRegister noReadings = scene.register().toBuilder().readings(List.of()).build();
        TriggerEvaluation evaluation = noReadings.evaluate(scene.phases(), scene.facts(false), scene.clock());
        assertThat(evaluation.firings()).isEmpty();
        assertThat(noReadings.evaluate(scene.phases(), TriggerFacts.none(), scene.clock()).firings()).isEmpty();
    }

    @Property
    void onlyArmedRisksFireAndEveryFiringCarriesEvidence(@ForAll("scenes") Scene scene) {
        TriggerEvaluation evaluation = scene.register().evaluate(scene.phases(), scene.facts(true), scene.clock());
        for (Firing firing : evaluation.firings()) {
            Risk risk = scene.register().find(firing.risk()).orElseThrow();
            assertThat(risk.status().isArmed()).isTrue();
            assertThat(firing.evidence()).isNotEmpty();
        }
        assertThat(evaluation.at()).isEqualTo(scene.now());
        assertThat(evaluation.day()).isEqualTo(LocalDate.ofInstant(scene.now(), scene.zone()));
    }

    @Property
    void readingsRecordedLaterChangeNothingNow(@ForAll("scenes") Scene scene, @ForAll("readings") Reading later) {
        Reading future = later.toBuilder().recordedAt(scene.now().plusSeconds(1 + later.recordedAt().getEpochSecond()
                % 86_400)).build();
        assertThat(scene.register().plusReading(future).evaluate(scene.phases(), scene.facts(true), scene.clock()))
                .isEqualTo(scene.register().evaluate(scene.phases(), scene.facts(true), scene.clock()));
    }

    @Property
    void firingMovesExactlyTheRisksThatFiredAndRaisesOneAlertEach(@ForAll("scenes") Scene scene) {
        TriggerEvaluation evaluation = scene.register().evaluate(scene.phases(), scene.facts(true), scene.clock());
        var result = scene.register().fire(evaluation, MONITOR, scene.now());
        if (evaluation.firings().isEmpty()) {
            assertThat(result.getLeft().codes()).containsExactly("risk.fire.nothing");
            return;
        }
        Fired fired = result.get();
        assertThat(fired.alerts()).extracting(RiskAlert::risk).containsExactlyElementsOf(evaluation.fired());
        for (int i = 0; i < scene.register().entries().size(); i++) {
            Risk before = scene.register().entries().get(i);
            Risk after = fired.register().entries().get(i);
            if (evaluation.fired().contains(before.id())) {
                assertThat(after.status()).isEqualTo(RiskStatus.TRIGGERED);
                assertThat(after.changes()).hasSize(before.changes().size() + 1);
                assertThat(after.lastChange().orElseThrow().evidence())
                        .isEqualTo(evaluation.firing(before.id()).orElseThrow().evidence());
            } else {
                assertThat(after).isEqualTo(before);
            }
        }
        assertThat(fired.register().evaluate(scene.phases(), scene.facts(true), scene.clock()).firings()).isEmpty();
        assertThat(RiskRules.revision(scene.register(), fired.register()).map(v -> v.code()))
                .allMatch(code -> code.equals("risk.revision.history-changed"));
    }

    @Provide
    Arbitrary<Reading> readings() {
        return RiskArbitraries.readings();
    }
}
