package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.space.Space;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The rentrée's invariants, for any order of years and any class. */
class RentreeProperties {

  @Property(tries = 200)
  @Label("a school year starts exactly when it is after the current one")
  void startsOnlyForward(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 2020, max = 2030) Integer> years) {
    School school = new School();
    Directory directory = school.folios.directory();
    Optional<SchoolYear> current = Optional.empty();

    for (int start : years) {
      SchoolYear year = new SchoolYear(start);
      boolean forward = current.map(c -> year.compareTo(c) > 0).orElse(true);
      if (forward) {
        directory.startSchoolYear(school.college.id(), year);
        current = Optional.of(year);
      } else {
        assertThatThrownBy(() -> directory.startSchoolYear(school.college.id(), year))
            .isInstanceOf(ConflictException.class);
      }
      assertThat(directory.currentYear(school.college.id())).isEqualTo(current);
    }
  }

  @Property(tries = 100)
  @Label("a class space takes new documents exactly when its year is not before the current")
  void classSpaceWritableExactlyWhenNotArchived(
      @ForAll @IntRange(min = 2020, max = 2030) int classYear,
      @ForAll @IntRange(min = 2020, max = 2030) int currentYear) {
    School school = new School();
    SchoolClass classe = SchoolClass.create(school.college.id(), new SchoolYear(classYear), "X")
        .with(Set.of(school.pupil.id()), Set.of(school.teacher.id()), Set.of());
    school.store.directory().saveClass(classe);
    Space space = school.folios.spaces().classSpace(as(school.teacher), classe.id());
    school.folios.directory().startSchoolYear(school.college.id(), new SchoolYear(currentYear));

    boolean written = attemptWrite(school, space);

    assertThat(written).isEqualTo(classYear >= currentYear);
    assertThat(school.folios.directory().archivedClasses(school.college.id()).contains(classe))
        .isEqualTo(classYear < currentYear);
    school.clock.advance(Duration.ofDays(400));
    assertThat(school.folios.spaces().documents(as(school.pupil), space.id(), null))
        .hasSize(written ? 1 : 0);
  }

  private static boolean attemptWrite(School school, Space space) {
    try {
      school.folios.spaces().createDocument(as(school.teacher), space.id(), null, "a.txt", "x");
      return true;
    } catch (ConflictException archived) {
      return false;
    }
  }
}
