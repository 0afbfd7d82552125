package fr.folios.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StructureDeletionTest {

  @Test
  void new_keepsItsCounts() {
    StructureDeletion deleted = new StructureDeletion("class 3B (2025-2026)", 25, 3, 40, 6, 2,
        0);

    assertThat(deleted.members()).isEqualTo(25);
    assertThat(deleted.revokedShares()).isEqualTo(3);
    assertThat(deleted.documents()).isEqualTo(40);
    assertThat(deleted.folders()).isEqualTo(6);
    assertThat(deleted.news()).isEqualTo(2);
    assertThat(deleted.invitations()).isZero();
  }

  @Test
  void new_refusesANegativeCountNamingTheStructure() {
    assertThatThrownBy(() -> new StructureDeletion("group ECO (2025-2026)", 1, 0, -1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the deletion of group ECO (2025-2026) counts -1 documents; a count is 0 or"
            + " more");
  }

  @Test
  void new_refusesANullStructure() {
    assertThatThrownBy(() -> new StructureDeletion(null, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(NullPointerException.class).hasMessage("structure");
  }
}
