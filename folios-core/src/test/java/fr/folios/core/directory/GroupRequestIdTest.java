package fr.folios.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class GroupRequestIdTest {

  @Test
  void random_givesDistinctWellFormedIdentifiers() {
    GroupRequestId one = GroupRequestId.random();

    assertThat(one).isNotEqualTo(GroupRequestId.random());
    assertThat(new GroupRequestId(one.toString())).isEqualTo(one);
  }

  @Test
  void new_refusesAMalformedValue() {
    assertThatThrownBy(() -> new GroupRequestId("a b"))
        .isInstanceOf(InvalidInputException.class);
  }
}
