package fr.folios.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** A {@link GroupRequest} is decided once, whatever is tried after. */
class GroupRequestProperties {

  private static final Instant NOW = Instant.parse("2025-09-15T08:00:00Z");

  private final GroupProposal proposal = new GroupProposal(EstablishmentId.random(), "ECO",
      "Éco-délégués", "Projet");
  private final PersonId teacher = PersonId.random();
  private final PersonId admin = PersonId.random();

  @Property
  @Label("whatever the decisions tried, only the first one takes")
  void decidedOnce(@ForAll @Size(min = 1, max = 6) List<Boolean> approvals) {
    GroupRequest request = GroupRequest.ask(proposal, teacher, NOW);
    GroupRequest decided = decide(request, approvals.get(0));

    for (boolean approval : approvals.subList(1, approvals.size())) {
      assertThatThrownBy(() -> decide(decided, approval))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("a request is decided once");
    }
    assertThat(decided.status()).isEqualTo(approvals.get(0) ? GroupRequest.Status.APPROVED
        : GroupRequest.Status.REFUSED);
  }

  private GroupRequest decide(GroupRequest request, boolean approve) {
    return approve ? request.approve(admin, NOW, GroupId.random())
        : request.refuse(admin, NOW, "Non");
  }
}
