package fr.folios.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileCountTest {

  @Test
  void new_refusesNegativeCounts() {
    assertThatThrownBy(() -> new FileCount(-1, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1 records");
  }

  @Test
  void new_copiesTheRejections() {
    List<Rejection> rejected = new ArrayList<>();
    FileCount count = new FileCount(1, 0, rejected);

    rejected.add(new Rejection("line 2", "no id"));

    assertThat(count.rejected()).isEmpty();
  }

  @Test
  void toString_readsAsAReportLine() {
    FileCount count = new FileCount(1_099, 792, List.of(new Rejection("line 2", "no id")));

    assertThat(count).hasToString("1099 records, 792 resources, 1 rejected");
  }
}
