package fr.folios.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstConnectionTest {

  private final GroupProposal eco = new GroupProposal(EstablishmentId.random(), "ECO",
      "Éco-délégués", "Projet");

  @Test
  void threeArgumentConstructor_asksForNoWorkingGroup() {
    FirstConnection answers = new FirstConnection("a@example.org", true, Set.of());

    assertThat(answers.groupRequests()).isEmpty();
  }

  @Test
  void new_copiesTheGroupsAskedFor() {
    List<GroupProposal> asked = new ArrayList<>(List.of(eco));

    FirstConnection answers = new FirstConnection(null, false, Set.of(), asked);
    asked.clear();

    assertThat(answers.groupRequests()).containsExactly(eco);
    assertThatThrownBy(() -> answers.groupRequests().add(eco))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void new_refusesAnAddressNotOfTheFormNameAtDomain() {
    assertThatThrownBy(() -> new FirstConnection("nobody", false, Set.of(), List.of(eco)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'nobody' is not of the form name@domain.tld");
  }

  @Test
  void new_refusesAnAddressWithControlCharacters() {
    assertThatThrownBy(() -> new FirstConnection("a\u0000b@example.org", false, Set.of()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new FirstConnection("ab@example.org\u0007", false, Set.of()))
        .isInstanceOf(InvalidInputException.class);
  }
}
