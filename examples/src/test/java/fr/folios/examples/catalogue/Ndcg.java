package fr.folios.examples.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Normalized discounted cumulative gain at a cut-off: how close a ranking comes to the best
 * order of the judged resources.
 *
 * <p>DCG@k adds, over the first k ranks, each resource's grade divided by log2(rank + 1), a
 * resource not judged counting 0; the ideal DCG@k is the same sum over the judged grades in
 * decreasing order. nDCG@k is their ratio, from 0 to 1.
 */
final class Ndcg {

  private Ndcg() {
  }

  /**
   * Computes nDCG@k of a ranking.
   *
   * @param k the cut-off, at least 1
   * @param ranking the resource ids returned, best first
   * @param grades the judged grades, by resource id, each at least 1
   * @return the score from 0 to 1; 0 when nothing is judged
   * @throws IllegalArgumentException if k is below 1
   */
  static double at(int k, List<String> ranking, Map<String, Integer> grades) {
    if (k < 1) {
      throw new IllegalArgumentException("cut-off " + k + " is below 1: rank at least one hit");
    }
    double ideal = dcg(k, grades.values().stream().sorted(Comparator.reverseOrder()).toList());
    if (ideal == 0) {
      return 0;
    }

    List<Integer> gains = ranking.stream().map(id -> grades.getOrDefault(id, 0)).toList();
    return dcg(k, gains) / ideal;
  }

  private static double dcg(int k, List<Integer> gains) {
    double sum = 0;
    for (int i = 0; i < Math.min(k, gains.size()); i++) {
      sum += gains.get(i) / log2(i + 2);
    }
    return sum;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
