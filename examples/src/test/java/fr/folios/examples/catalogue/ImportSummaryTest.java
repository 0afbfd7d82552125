package fr.folios.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ImportSummaryTest {

  private static final FileCount CAREERS = new FileCount(1_099, 792, List.of());
  private static final FileCount LYCEES = new FileCount(3, 2,
      List.of(new Rejection("line 3", "AF.1 at Lycée X lists no teaching")));

  @Test
  void plus_keepsTheFilesInReadingOrder() {
    ImportSummary summary = ImportSummary.of("b.csv", CAREERS)
        .plus(ImportSummary.of("a.csv", LYCEES));

    assertThat(summary.files().keySet()).containsExactly("b.csv", "a.csv");
    assertThat(summary.count("a.csv")).isEqualTo(LYCEES);
  }

  @Test
  void plus_refusesToCountAFileTwice() {
    ImportSummary once = ImportSummary.of("a.csv", CAREERS);

    assertThatThrownBy(() -> once.plus(ImportSummary.of("a.csv", LYCEES)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("file 'a.csv' appears in both summaries: read each file once");
  }

  @Test
  void count_refusesAFileItDoesNotHold() {
    assertThatThrownBy(() -> ImportSummary.of("a.csv", CAREERS).count("b.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no file 'b.csv' in this summary; it holds [a.csv]");
  }

  @Test
  void lines_showEachFileItsRejectionsAndTheTotal() {
    ImportSummary summary = ImportSummary.of("careers.csv", CAREERS)
        .plus(ImportSummary.of("lycees.csv", LYCEES));

    assertThat(summary.lines()).containsExactly(
        "careers.csv: 1099 records, 792 resources, 0 rejected",
        "lycees.csv: 3 records, 2 resources, 1 rejected",
        "  rejected line 3: AF.1 at Lycée X lists no teaching",
        "total: 794 resources, 1 rejected");
  }

  @Test
  void files_cannotBeChangedFromOutside() {
    ImportSummary summary = ImportSummary.of("a.csv", CAREERS);

    assertThatThrownBy(() -> summary.files().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Property
  void plus_addsUpResourcesAndRejections(
      @ForAll @IntRange(max = 10_000) int first, @ForAll @IntRange(max = 10_000) int second,
      @ForAll @IntRange(max = 5) int rejected) {
    List<Rejection> rejections = java.util.Collections.nCopies(rejected,
        new Rejection("line 2", "no id"));
    ImportSummary left = ImportSummary.of("a", new FileCount(first, first, List.of()));
    ImportSummary right = ImportSummary.of("b", new FileCount(second, second, rejections));

    ImportSummary both = left.plus(right);

    assertThat(both.resources()).isEqualTo(first + second);
    assertThat(both.rejected()).isEqualTo(rejected);
  }
}
