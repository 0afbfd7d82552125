package fr.folios.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.Academy;
import fr.folios.core.directory.EstablishmentId;
import org.junit.jupiter.api.Test;

class ResourceScopeTest {

  private static final ResourceScope RENNES =
      ResourceScope.academy(Academy.find("rennes").orElseThrow());
  private static final ResourceScope COLLEGE =
      ResourceScope.establishment(new EstablishmentId("e-42"));

  @Test
  void key_andParse_roundTripEachLevel() {
    assertThat(ResourceScope.national().key()).isEqualTo("national");
    assertThat(RENNES.key()).isEqualTo("academy:rennes");
    assertThat(COLLEGE.key()).isEqualTo("establishment:e-42");
    for (ResourceScope scope : new ResourceScope[] {ResourceScope.national(), RENNES, COLLEGE}) {
      assertThat(ResourceScope.parse(scope.key())).isEqualTo(scope);
    }
  }

  @Test
  void parse_refusesAnUnknownKeyNamingTheForms() {
    assertThatThrownBy(() -> ResourceScope.parse("region:bretagne"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'region:bretagne'").hasMessageContaining("'academy:<code>'");
  }

  @Test
  void new_refusesANationalScopeWithACodeOrAnotherWithout() {
    assertThatThrownBy(() -> new ResourceScope(ResourceScope.Level.NATIONAL, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ResourceScope(ResourceScope.Level.ACADEMY, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void widerThan_ordersEstablishmentAcademyNational() {
    assertThat(ResourceScope.national().widerThan(RENNES)).isTrue();
    assertThat(RENNES.widerThan(COLLEGE)).isTrue();
    assertThat(COLLEGE.widerThan(RENNES)).isFalse();
    assertThat(RENNES.widerThan(RENNES)).isFalse();
  }
}
