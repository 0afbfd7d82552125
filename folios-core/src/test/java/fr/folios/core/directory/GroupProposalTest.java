package fr.folios.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class GroupProposalTest {

  private final EstablishmentId college = EstablishmentId.random();

  @Test
  void new_stripsTheTexts() {
    GroupProposal proposal = new GroupProposal(college, " ECO ", "\tÉco-délégués ", " Projet ");

    assertThat(proposal.code()).isEqualTo("ECO");
    assertThat(proposal.name()).isEqualTo("Éco-délégués");
    assertThat(proposal.reason()).isEqualTo("Projet");
  }

  @Test
  void new_refusesABlankText() {
    assertThatThrownBy(() -> new GroupProposal(college, " ", "Nom", "Raison"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("the working group's code is blank: give one");
    assertThatThrownBy(() -> new GroupProposal(college, "ECO", "Nom", ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("the working group's reason is blank: give one");
  }

  @Test
  void new_refusesATextLongerThanItsLimit() {
    String name = "n".repeat(GroupProposal.MAX_NAME_LENGTH + 1);

    assertThatThrownBy(() -> new GroupProposal(college, "ECO", name, "Raison"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("the working group's name holds 201 characters; the limit is 200: shorten"
            + " it");
    assertThat(new GroupProposal(college, "c".repeat(GroupProposal.MAX_CODE_LENGTH), "Nom",
        "r".repeat(GroupProposal.MAX_REASON_LENGTH)).code()).hasSize(100);
  }

  @Test
  void new_refusesControlCharactersInTheCodeAndName() {
    assertThatThrownBy(() -> new GroupProposal(college, "EC\u0000O", "Nom", "Raison"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("code").hasMessageContaining("U+0000");
    assertThatThrownBy(() -> new GroupProposal(college, "ECO", "Nom\nsur deux lignes", "R"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("name").hasMessageContaining("U+000A");
    assertThat(new GroupProposal(college, "ECO", "Nom", "Ligne 1\nLigne 2\tfin").reason())
        .isEqualTo("Ligne 1\nLigne 2\tfin");
    assertThatThrownBy(() -> new GroupProposal(college, "ECO", "Nom", "R\u001b[2J"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason").hasMessageContaining("U+001B");
  }
}
