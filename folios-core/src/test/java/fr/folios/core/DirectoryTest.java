package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.FirstConnection;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.SchoolClass;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryTest {

  private final School school = new School();
  private final Directory directory = school.folios.directory();

  @Test
  void completeFirstConnection_setsEmailPsyFlagAndExactlyTheMainTeacherClassesGiven() {
    Person updated = directory.completeFirstConnection(as(school.colleague),
        new FirstConnection("durand@example.org", true, Set.of(school.classe.id())));

    assertThat(updated.email()).isEqualTo("durand@example.org");
    assertThat(updated.guidancePsychologist()).isTrue();
    SchoolClass classe = school.store.directory().findClass(school.classe.id()).orElseThrow();
    assertThat(classe.mainTeachers()).containsExactlyInAnyOrder(school.teacher.id(),
        school.colleague.id());

    directory.completeFirstConnection(as(school.teacher),
        new FirstConnection(null, false, Set.of()));
    assertThat(school.store.directory().findClass(school.classe.id()).orElseThrow()
        .mainTeachers()).containsExactly(school.colleague.id());
  }

  @Test
  void completeFirstConnection_forAClassNotTaughtIsRefusedAndChangesNothing() {
    SchoolClass other = SchoolClass.create(school.college.id(), school.classe.year(), "4A");
    school.store.directory().saveClass(other);

    assertThatThrownBy(() -> directory.completeFirstConnection(as(school.colleague),
        new FirstConnection("x@example.org", false, Set.of(other.id()))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a main teacher is chosen among one's own classes");
    assertThat(directory.me(as(school.colleague)).email()).isNull();
  }

  @Test
  void completeFirstConnection_byAPupilIsRefused() {
    assertThatThrownBy(() -> directory.completeFirstConnection(as(school.pupil),
        new FirstConnection(null, false, Set.of())))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("for the educational staff");
  }

  @Test
  void firstConnection_malformedEmailIsRefused() {
    assertThatThrownBy(() -> new FirstConnection("not an address", false, Set.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("name@domain.tld");
  }

  @Test
  void classes_ofTheActorAreListed() {
    assertThat(directory.classes(as(school.pupil))).containsExactly(school.classe);
    assertThat(directory.classes(as(school.otherPupil))).isEmpty();
  }
}
