package fr.folios.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.examples.catalogue.Judgements.JudgedQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementsTest {

  @Test
  void read_groupsTheGradesOfEachQueryInFileOrder() {
    List<JudgedQuery> queries = Judgements.read("/relevance/judgements.tsv");

    assertThat(queries.get(0).query()).isEqualTo("l’orientation");
    assertThat(queries.get(0).grades()).containsEntry("onisep:MET.634", 3);
    assertThat(queries).extracting(JudgedQuery::query).doesNotHaveDuplicates();
  }

  @Test
  void read_refusesAMissingResource() {
    assertThatThrownBy(() -> Judgements.read("/relevance/absent.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no test resource /relevance/absent.tsv");
  }
}
