package fr.folios.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NdcgTest {

  @Test
  void at_weighsEachGradeByTheLogOfItsRank() {
    Map<String, Integer> grades = Map.of("a", 3, "b", 2, "c", 1);

    double score = Ndcg.at(10, List.of("b", "x", "a"), grades);

    double dcg = 2 / log2(2) + 0 / log2(3) + 3 / log2(4);
    double ideal = 3 / log2(2) + 2 / log2(3) + 1 / log2(4);
    assertThat(score).isCloseTo(dcg / ideal, within(1e-12));
  }

  @Test
  void at_countsOnlyTheFirstKRanks() {
    Map<String, Integer> grades = Map.of("a", 3);

    assertThat(Ndcg.at(1, List.of("x", "a"), grades)).isZero();
  }

  @Test
  void at_givesZeroWhenNothingIsJudged() {
    assertThat(Ndcg.at(10, List.of("a"), Map.of())).isZero();
  }

  @Test
  void at_refusesACutOffBelowOne() {
    assertThatThrownBy(() -> Ndcg.at(0, List.of(), Map.of("a", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cut-off 0 is below 1: rank at least one hit");
  }

  @Property
  void at_givesOneToTheJudgedResourcesInDecreasingGrade(
      @ForAll("grades") Map<String, Integer> grades, @ForAll @IntRange(min = 1, max = 20) int k) {
    List<String> ideal = new ArrayList<>(grades.keySet());
    ideal.sort(Comparator.comparing(grades::get).reversed());

    assertThat(Ndcg.at(k, ideal, grades)).isCloseTo(1.0, within(1e-9));
  }

  @Property
  void at_staysBetweenZeroAndOne(@ForAll("grades") Map<String, Integer> grades,
      @ForAll("rankings") List<String> ranking, @ForAll @IntRange(min = 1, max = 20) int k) {
    assertThat(Ndcg.at(k, ranking, grades)).isBetween(0.0, 1.0 + 1e-9);
  }

  @Property
  void at_neverRisesWhenAJudgedResourceIsPushedDownByAnUnjudgedOne(
      @ForAll("grades") Map<String, Integer> grades, @ForAll @IntRange(min = 1, max = 20) int k) {
    List<String> ranking = new ArrayList<>(grades.keySet());
    Collections.shuffle(ranking);
    List<String> pushed = new ArrayList<>(ranking);
    pushed.add(0, "unjudged");

    assertThat(Ndcg.at(k, pushed, grades)).isLessThanOrEqualTo(Ndcg.at(k, ranking, grades));
  }

  @Provide
  Arbitrary<Map<String, Integer>> grades() {
    return Arbitraries.maps(Arbitraries.strings().withChars('a', 'b', 'c', 'd', 'e').ofLength(2),
        Arbitraries.integers().between(Judgements.MIN_GRADE, Judgements.MAX_GRADE))
        .ofMinSize(1).ofMaxSize(15).map(LinkedHashMap::new);
  }

  @Provide
  Arbitrary<List<String>> rankings() {
    return Arbitraries.strings().withChars('a', 'b', 'c', 'd', 'e').ofLength(2)
        .list().uniqueElements().ofMaxSize(25);
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
