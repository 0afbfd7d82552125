package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.space.Limit;
import fr.folios.core.space.QuotaWarning;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Limits per establishment, and the warnings told when usage crosses a threshold. */
class SpacesQuotaTest {

  private static final SpaceLimits SMALL = new SpaceLimits(1_000, 10, 4, 1_000);

  private final School school = new School();
  private final List<QuotaWarning> told = new CopyOnWriteArrayList<>();

  private Spaces spaces(Folios.Builder builder) {
    return builder.persistence(school.store).blobs(school.blobs).clock(school.clock).build()
        .spaces();
  }

  @Test
  void limits_ofAnEstablishmentApplyToItsPeopleAndClassesOnly() {
    Spaces spaces = spaces(Folios.builder()
        .limits(school.college.uai(), SpaceKind.PERSONAL, SMALL)
        .limits(school.college.uai(), SpaceKind.CLASS, SMALL));

    assertThat(spaces.personalSpace(as(school.teacher)).limits()).isEqualTo(SMALL);
    assertThat(spaces.classSpace(as(school.teacher), school.classe.id()).limits())
        .isEqualTo(SMALL);
    assertThat(spaces.personalSpace(as(school.stranger)).limits())
        .isEqualTo(SpaceLimits.DEFAULT);
  }

  @Test
  void warning_isToldOnceWhenUsageCrossesAThreshold() {
    Spaces spaces = spaces(Folios.builder()
        .limits(school.college.uai(), SpaceKind.PERSONAL, SMALL)
        .quotaWarningAt(50, 90).onQuotaWarning(told::add));
    Space mine = spaces.personalSpace(as(school.teacher));

    spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "x".repeat(400));
    spaces.createDocument(as(school.teacher), mine.id(), null, "b.txt", "y".repeat(200));
    spaces.createDocument(as(school.teacher), mine.id(), null, "c.txt", "z".repeat(100));

    assertThat(told).singleElement().satisfies(w -> {
      assertThat(w.limit()).isEqualTo(Limit.SPACE_BYTES);
      assertThat(w.percent()).isEqualTo(50);
      assertThat(w.used()).isEqualTo(600);
      assertThat(w.message()).contains("600", "1000", "50 %", "delete or move");
    });
  }

  @Test
  void warning_jumpingPastTwoThresholdsTellsTheHigherOnly() {
    Spaces spaces = spaces(Folios.builder()
        .limits(school.college.uai(), SpaceKind.PERSONAL, SMALL)
        .quotaWarningAt(50, 90).onQuotaWarning(told::add));
    Space mine = spaces.personalSpace(as(school.teacher));

    spaces.createDocument(as(school.teacher), mine.id(), null, "big.txt", "x".repeat(950));

    assertThat(told).extracting(QuotaWarning::percent).containsExactly(90);
  }

  @Test
  void warning_forFoldersAndNotForARefusedChange() {
    Spaces spaces = spaces(Folios.builder()
        .limits(school.college.uai(), SpaceKind.PERSONAL, SMALL)
        .quotaWarningAt(75).onQuotaWarning(told::add));
    Space mine = spaces.personalSpace(as(school.teacher));
    for (String name : List.of("1", "2", "3", "4")) {
      spaces.createFolder(as(school.teacher), mine.id(), null, name);
    }

    assertThatThrownBy(() -> spaces.createDocument(as(school.teacher), mine.id(), null,
        "huge.txt", "x".repeat(1_001))).isInstanceOf(QuotaExceededException.class);
    assertThat(told).extracting(QuotaWarning::limit, QuotaWarning::percent)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Limit.FOLDERS, 75));
  }

  @Test
  void warning_aListenerThatFailsDoesNotUndoTheChange() {
    Spaces spaces = spaces(Folios.builder()
        .limits(school.college.uai(), SpaceKind.PERSONAL, SMALL)
        .onQuotaWarning(w -> {
          throw new IllegalStateException("mail server down");
        }));
    Space mine = spaces.personalSpace(as(school.teacher));

    spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "x".repeat(900));

    assertThat(spaces.documents(as(school.teacher), mine.id(), null)).hasSize(1);
  }

  @Test
  void quotaWarningAt_refusesThresholdsOutsideOneToAHundred() {
    assertThatThrownBy(() -> Folios.builder().quotaWarningAt(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 %");
    assertThatThrownBy(() -> Folios.builder().quotaWarningAt(101))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101");
    assertThatThrownBy(() -> Folios.builder().quotaWarningAt())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
  }
}
