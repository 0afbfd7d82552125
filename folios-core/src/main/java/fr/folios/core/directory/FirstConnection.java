package fr.folios.core.directory;

import fr.folios.core.InvalidInputException;
import fr.folios.core.internal.Emails;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a staff member confirms on first use: their e-mail address, whether they are a guidance
 * psychologist, which of the classes they teach they are main teacher of, and the working
 * groups they ask for. Their classes and groups themselves come from the directory: see
 * {@code Directory.classes(Actor)} and {@code Directory.groups(Actor)}.
 *
 * @param email their address, or {@code null} to keep none
 * @param guidancePsychologist {@code true} for a psychologue de l'Éducation nationale
 * @param mainTeacherOf the classes they are professeur principal of, among those they teach
 * @param groupRequests the new working groups they ask for, each in one of their
 *     establishments; each becomes a pending request for the establishment's administrator
 */
public record FirstConnection(
    @Nullable String email, boolean guidancePsychologist, Set<ClassId> mainTeacherOf,
    List<GroupProposal> groupRequests) {


  /**
   * Checks and copies the parts.
   *
   * @throws InvalidInputException if the address is longer than 320 characters, not of the
   *     form name@domain.tld, or holds blanks or control characters
   */
  public FirstConnection {
    Emails.check(email);
    mainTeacherOf = Set.copyOf(mainTeacherOf);
    groupRequests = List.copyOf(groupRequests);
  }

  /**
   * Creates the answers of someone who asks for no working group.
   *
   * @param email their address, or {@code null} to keep none
   * @param guidancePsychologist {@code true} for a psychologue de l'Éducation nationale
   * @param mainTeacherOf the classes they are professeur principal of, among those they teach
   * @throws InvalidInputException if the address is longer than 320 characters or not of the
   *     form name@domain.tld
   */
  public FirstConnection(@Nullable String email, boolean guidancePsychologist,
      Set<ClassId> mainTeacherOf) {
    this(email, guidancePsychologist, mainTeacherOf, List.of());
  }
}
