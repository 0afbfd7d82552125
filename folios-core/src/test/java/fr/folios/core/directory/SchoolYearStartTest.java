package fr.folios.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchoolYearStartTest {

  @Test
  void new_allowsNoPreviousYearButRequiresTheNewOne() {
    EstablishmentId college = EstablishmentId.random();

    assertThat(new SchoolYearStart(college, null, new SchoolYear(2025), 0, 0).previous())
        .isNull();
    assertThatThrownBy(() -> new SchoolYearStart(college, null, null, 0, 0))
        .isInstanceOf(NullPointerException.class).hasMessage("year");
  }
}
