package io.github.campaignkit.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.testkit.Seed004Risks;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RiskMatrixTest {

    private static final RiskMatrix THREE = RiskMatrix.threeByThree();

    @Test
    void theDefaultIsTheSeedsThreeByThree() {
        assertThat(THREE.cells()).hasSize(9);
        assertThat(THREE.cellOf(Rating.MEDIUM, Rating.HIGH)).contains(Cell.of(2, 3));
        assertThat(THREE.score(Cell.of(2, 3))).isEqualByComparingTo("6");
        StringBuilder grid = new StringBuilder();
        for (int l = 3; l >= 1; l--) {
            for (int i = 1; i <= 3; i++) {
                grid.append(THREE.level(Cell.of(l, i)).name().charAt(0));
            }
            grid.append('/');
        }
        assertThat(grid).hasToString("MHH/LMH/LLM/");
    }

    @Test
    void fiveByFiveBandsTheProductsOneToTwentyFive() {
        RiskMatrix five = RiskMatrix.fiveByFive();
        assertThat(five.level(Cell.of(1, 4))).isEqualTo(RiskLevel.LOW);
        assertThat(five.level(Cell.of(1, 5))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(five.level(Cell.of(3, 4))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(five.level(Cell.of(3, 5))).isEqualTo(RiskLevel.HIGH);
        assertThat(five.level(Cell.of(5, 5))).isEqualTo(RiskLevel.HIGH);
        assertThat(five.likelihoodOf(Cell.of(1, 1)).label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("很低");
    }

    @Test
    void customScalesModelsAndCellBands() {
        RatingScale likelihood = RatingScale.of(ScaleLevel.of("RARE", "罕见", "rare"), ScaleLevel.of("OFTEN", "经常", "often"));
        RatingScale impact = RatingScale.of(ScaleLevel.of("MINOR", "轻微", "minor"), ScaleLevel.of("SEVERE", "严重", "severe"));
        RiskMatrix weighted = RiskMatrix.of(likelihood, impact, ScoringModel.weighted(BigDecimal.ONE, new BigDecimal("2")),
                List.of(Band.cells(RiskLevel.LOW, Cell.of(1, 1)),
                        Band.cells(RiskLevel.MEDIUM, Cell.of(2, 1)),
                        Band.cells(RiskLevel.HIGH, Cell.of(1, 2), Cell.of(2, 2)))).get();
        assertThat(weighted.score(Cell.of(2, 1))).isEqualByComparingTo("4");
        assertThat(weighted.score(Cell.of(1, 2))).isEqualByComparingTo("5");
        assertThat(weighted.level(Cell.of(1, 2))).isEqualTo(RiskLevel.HIGH);

        ScoringModel.Table squares = ScoringModel.tabulate(2, 2, (l, i) -> BigDecimal.valueOf((long) l * l * i));
        RiskMatrix table = weighted.toBuilder().scoring(squares).build();
        assertThat(table.score(Cell.of(2, 2))).isEqualByComparingTo("8");
        assertThat(RiskMatrix.threeByThree().toBuilder().scoring(ScoringModel.sum())
                .bands(List.of(Band.scores(RiskLevel.LOW, 2, 3), Band.scores(RiskLevel.MEDIUM, 4, 4),
                        Band.scores(RiskLevel.HIGH, 5, 6))).build().level(Cell.of(2, 2))).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void aGapIsRefusedWithItsCellsNamed() {
        // Scores 5 is no product of 1-3, but 6 is: leaving out 5-6 leaves (中,高) and (高,中) in no band.
        Seq<Violation> found = RiskMatrix.of(RatingScale.threeLevel(), RatingScale.threeLevel(), ScoringModel.product(),
                List.of(Band.scores(RiskLevel.LOW, 1, 2), Band.scores(RiskLevel.MEDIUM, 3, 4),
                        Band.scores(RiskLevel.HIGH, 7, 9))).getError();
        assertThat(found.map(Violation::code)).containsOnly("risk.matrix.cell.no-band");
        assertThat(found.map(v -> v.message(Locale.SIMPLIFIED_CHINESE))).containsExactly(
                "可能性“中”×影响“高”的格子（分值 6）不属于任何风险等级。",
                "可能性“高”×影响“中”的格子（分值 6）不属于任何风险等级。");
        assertThat(found.head().message(Locale.ENGLISH))
                .isEqualTo("The cell likelihood medium × impact high (score 6) lies in no band.");
        assertThat(found.map(Violation::path)).containsOnly("bands");
    }

    @Test
    void anOverlapIsRefusedWithItsCellsAndBandsNamed() {
        Seq<Violation> found = RiskMatrix.of(RatingScale.threeLevel(), RatingScale.threeLevel(), ScoringModel.product(),
                List.of(Band.scores(RiskLevel.LOW, 1, 3), Band.scores(RiskLevel.MEDIUM, 3, 4),
                        Band.scores(RiskLevel.HIGH, 6, 9))).getError();
        assertThat(found.map(v -> v.message(Locale.ENGLISH))).containsExactly(
                "The cell likelihood low × impact high (score 3) lies in more than one band: bands[0], bands[1].",
                "The cell likelihood high × impact low (score 3) lies in more than one band: bands[0], bands[1].");
    }

    @Test
    void theConstructorAndBuilderRefuseAnInvalidConfigurationNamingTheComponent() {
        assertThatThrownBy(() -> THREE.withBands(List.of(Band.scores(RiskLevel.LOW, 1, 4))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bands: The cell likelihood medium × impact high (score 6) lies in no band.");
        assertThatThrownBy(() -> THREE.toBuilder().scoring(ScoringModel.tabulate(2, 3, (l, i) -> BigDecimal.ONE)).build())
                .hasMessage("scoring.scores: The score table has 2 × 3 cells, but the scales make 3 × 3.");
    }

    @Test
    void aScoreThatFallsIsRefused() {
        ScoringModel falling = ScoringModel.tabulate(3, 3, (l, i) -> BigDecimal.valueOf(10L - l - i));
        Seq<Violation> found = RiskMatrix.of(RatingScale.threeLevel(), RatingScale.threeLevel(), falling,
                List.of(Band.scores(RiskLevel.MEDIUM, 0, 10))).getError();
        assertThat(found).isNotEmpty();
        assertThat(found.map(Violation::code)).containsOnly("risk.matrix.score.not-monotone");
        assertThat(found.head().message(Locale.ENGLISH)).isEqualTo("The score 7 of likelihood medium × impact low is below"
                + " the score 8 of likelihood low × impact low; a score must not fall as likelihood or impact rises.");
    }

    @Test
    void aBandCellOutsideTheMatrixIsNamed() {
        Seq<Violation> found = RiskMatrix.of(RatingScale.threeLevel(), RatingScale.threeLevel(), ScoringModel.product(),
                List.of(Band.scores(RiskLevel.LOW, 1, 9), Band.cells(RiskLevel.HIGH, Cell.of(4, 1)))).getError();
        assertThat(found.map(Violation::path)).containsExactly("bands[1].cells[0]");
        assertThat(found.head().message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("等级区间列出的格子 (4,1) 超出了 3×3 的风险矩阵。");
    }

    @Test
    void labelsParseInEitherLanguageAndAnUnknownLabelIsAViolation() {
        RatingScale scale = RatingScale.threeLevel();
        assertThat(scale.parse("中").get()).isEqualTo(Rating.MEDIUM);
        assertThat(scale.parse(" High ").get()).isEqualTo(Rating.HIGH);
        assertThat(scale.parse("LOW").get()).isEqualTo(Rating.LOW);
        Violation unknown = scale.parse("极高").getError().single();
        assertThat(unknown.code()).isEqualTo("risk.rating.unknown-label");
        assertThat(unknown.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("量表中没有名为“极高”的等级；可用的等级为：低/low (LOW), 中/medium (MEDIUM), 高/high (HIGH)。");
        assertThat(RatingScale.fiveLevel().parse("很高").get()).isEqualTo(Rating.VERY_HIGH);
    }

    @Test
    void aRiskRatedOffTheScaleIsReportedByTheRegisterRules() {
        Risk offScale = Seed004Risks.rain().toBuilder().likelihood(Rating.VERY_HIGH).build();
        RiskRegister register = RiskRegister.empty().with(offScale);
        Seq<Violation> found = RiskRules.standard().check(register);
        assertThat(found.map(Violation::path)).containsExactly("entries[0].likelihood");
        assertThat(found.head().message(Locale.ENGLISH)).isEqualTo("The likelihood VERY_HIGH of risk R1 is not on the"
                + " matrix's likelihood scale: 低/low (LOW), 中/medium (MEDIUM), 高/high (HIGH).");
        assertThat(register.levelOf(offScale)).isEmpty();
        assertThat(register.heatMap().unplaced()).containsExactly(Seed004Risks.RAIN);
        assertThat(register.scored()).isEmpty();
        // Rated on the five-level matrix it places.
        assertThat(register.withMatrix(RiskMatrix.fiveByFive()).levelOf(offScale)).contains(RiskLevel.HIGH);
    }

    @Test
    void scalesRefuseAmbiguousLevels() {
        assertThatThrownBy(() -> RatingScale.of(ScaleLevel.of("A", "低", "low"), ScaleLevel.of("B", "低", "lower")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("levels: '低' names both A and B");
        assertThatThrownBy(() -> RatingScale.of(ScaleLevel.of("A", "甲", "Low"), ScaleLevel.of("B", "乙", "LOW")))
                .hasMessage("levels: 'low' names both A and B");
        assertThatThrownBy(() -> RatingScale.of(ScaleLevel.of("A", "甲", "a"), ScaleLevel.of("A", "乙", "b")))
                .hasMessage("levels: A is listed twice");
        assertThatThrownBy(() -> new RatingScale(List.of())).hasMessageStartingWith("levels:");
        assertThatThrownBy(() -> RatingScale.threeLevel().level(4)).hasMessage("rank: must be 1 to 3: 4");
    }

    @Test
    void valuesRefuseBadInputNamingTheField() {
        assertThatThrownBy(() -> Cell.of(0, 1)).hasMessage("likelihood: must be at least 1: 0");
        assertThatThrownBy(() -> Cell.of(1, -2)).hasMessage("impact: must be at least 1: -2");
        assertThatThrownBy(() -> Band.scores(RiskLevel.LOW, 5, 4)).hasMessage("max: must be at least 5: 4");
        assertThatThrownBy(() -> Band.cells(RiskLevel.LOW)).hasMessage("cells: needs at least one entry");
        assertThatThrownBy(() -> Band.cells(RiskLevel.LOW, Cell.of(1, 1), Cell.of(1, 1)))
                .hasMessage("cells: (1,1) is listed twice");
        assertThatThrownBy(() -> ScoringModel.weighted(new BigDecimal("-1"), BigDecimal.ONE))
                .hasMessage("likelihoodWeight: must not be negative: -1");
        assertThatThrownBy(() -> new ScoringModel.Table(List.of(List.of(BigDecimal.ONE), List.of())))
                .hasMessage("scores: row 2 has 0 scores, row 1 has 1");
        assertThatThrownBy(() -> new ScoringModel.Table(List.of())).hasMessageStartingWith("scores:");
        assertThatThrownBy(() -> THREE.score(Cell.of(4, 1))).hasMessage("cell: (4,1) lies outside the 3 × 3 matrix");
        assertThatThrownBy(() -> ScaleLevel.of("A", " ", "a")).hasMessage("zh: must not be blank");
    }
}
