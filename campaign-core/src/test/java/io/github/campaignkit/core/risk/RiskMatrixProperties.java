package io.github.campaignkit.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.testkit.RiskArbitraries;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RiskMatrixProperties {

    @Property
    void theScoreIsMonotoneInLikelihoodAndInImpact(@ForAll("matrices") RiskMatrix matrix) {
        for (Cell cell : matrix.cells()) {
            BigDecimal score = matrix.score(cell);
            if (cell.likelihood() < matrix.likelihood().size()) {
                assertThat(matrix.score(Cell.of(cell.likelihood() + 1, cell.impact()))).isGreaterThanOrEqualTo(score);
            }
            if (cell.impact() < matrix.impact().size()) {
                assertThat(matrix.score(Cell.of(cell.likelihood(), cell.impact() + 1))).isGreaterThanOrEqualTo(score);
            }
        }
    }

    @Property
    void theBuiltInModelsAreMonotoneOnAnyRanks(@ForAll("models") ScoringModel model, @ForAll("cells") Cell cell) {
        BigDecimal score = model.score(cell);
        assertThat(model.score(Cell.of(cell.likelihood() + 1, cell.impact()))).isGreaterThanOrEqualTo(score);
        assertThat(model.score(Cell.of(cell.likelihood(), cell.impact() + 1))).isGreaterThanOrEqualTo(score);
    }

    @Property
    void aValidBandConfigurationPutsEveryCellInExactlyOneBand(@ForAll("matrices") RiskMatrix matrix) {
        for (Cell cell : matrix.cells()) {
            BigDecimal score = matrix.score(cell);
            assertThat(matrix.bands().stream().filter(b -> b.contains(cell, score)).count()).isEqualTo(1);
            assertThat(matrix.level(cell)).isIn((Object[]) RiskLevel.values());
        }
    }

    /** Any band configuration at all is accepted exactly when every cell is in one band; the rest are named. */
    @Property
    void checkingNamesExactlyTheCellsNotInOneBand(@ForAll("matrices") RiskMatrix base,
                                                  @ForAll("bandLists") List<Band> bands) {
        Seq<Violation> found = RiskMatrix.check(base.likelihood(), base.impact(), base.scoring(), bands);
        List<String> expected = new ArrayList<>();
        for (Cell cell : base.cells()) {
            BigDecimal score = base.score(cell);
            long in = bands.stream().filter(b -> b.contains(cell, score)).count();
            if (in != 1) {
                expected.add((in == 0 ? "risk.matrix.cell.no-band " : "risk.matrix.cell.overlap ")
                        + base.likelihoodOf(cell).rating() + "/" + base.impactOf(cell).rating());
            }
        }
        List<String> named = new ArrayList<>();
        for (Violation v : found.filter(v -> v.path().equals("bands"))) {
            named.add(v.code() + " " + v.arguments().get(0) + "/" + v.arguments().get(1));
        }
        assertThat(named).isEqualTo(expected);
        boolean outside = bands.stream().anyMatch(b -> b instanceof Band.Cells
                && ((Band.Cells) b).cells().stream().anyMatch(c -> !base.contains(c)));
        assertThat(RiskMatrix.of(base.likelihood(), base.impact(), base.scoring(), bands).isValid())
                .isEqualTo(expected.isEmpty() && !outside);
    }

    @Provide
    Arbitrary<RiskMatrix> matrices() {
        return RiskArbitraries.riskMatrices();
    }

    @Provide
    Arbitrary<ScoringModel> models() {
        return RiskArbitraries.scoringModels(7, 7); // cells reach 6, and one more each way
    }

    @Provide
    Arbitrary<Cell> cells() {
        return RiskArbitraries.cells();
    }

    @Provide
    Arbitrary<List<Band>> bandLists() {
        Arbitrary<Band> scores = Combinators.combine(Arbitraries.of(RiskLevel.class), Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 12)).as((level, min, width) -> Band.scores(level, min, min + width));
        Arbitrary<Band> cells = Combinators.combine(Arbitraries.of(RiskLevel.class),
                RiskArbitraries.cells().list().uniqueElements().ofMinSize(1).ofMaxSize(8)).as(Band.Cells::new);
        return Arbitraries.oneOf(scores, cells).list().ofMaxSize(4);
    }
}
