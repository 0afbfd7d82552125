package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.SchoolYear;
import fr.folios.core.news.NewsItem;
import org.junit.jupiter.api.Test;

class NewsTest {

  private final School school = new School();
  private final News news = school.folios.news();

  @Test
  void publish_byAMainTeacherIsReadByPupilsTeachersAndParents() {
    NewsItem item = news.publish(as(school.teacher), school.classe.id(), "  Sortie au musée ",
        "Rendez-vous à 8 h devant le collège.");

    assertThat(item.title()).isEqualTo("Sortie au musée");
    assertThat(item.publishedAt()).isEqualTo(School.NOW);
    assertThat(news.news(as(school.pupil), school.classe.id())).containsExactly(item);
    assertThat(news.news(as(school.colleague), school.classe.id())).containsExactly(item);
    assertThat(news.news(as(school.parent), school.classe.id())).containsExactly(item);
  }

  @Test
  void publish_byAPupilIsRefused() {
    assertThatThrownBy(() -> news.publish(as(school.pupil), school.classe.id(), "x", "y"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("does not teach class 3B (2025-2026)");
  }

  @Test
  void publish_toAnArchivedClassIsRefusedButItsNewsStayReadable() {
    NewsItem item = news.publish(as(school.teacher), school.classe.id(), "Stage", "Lundi.");
    school.folios.directory().startSchoolYear(school.college.id(),
        new SchoolYear(2026));

    assertThatThrownBy(() -> news.publish(as(school.teacher), school.classe.id(), "x", "y"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("class 3B (2025-2026) is archived: the current school year of its"
            + " establishment is 2026-2027, and an archived class takes no news: publish to a"
            + " class of 2026-2027");
    assertThat(news.news(as(school.pupil), school.classe.id())).containsExactly(item);
  }

  @Test
  void news_ofAClassAreHiddenFromOtherPupils() {
    news.publish(as(school.teacher), school.classe.id(), "Stage", "Lundi.");

    assertThatThrownBy(() -> news.news(as(school.otherPupil), school.classe.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("only its members and their parents");
  }

  @Test
  void publish_blankOrOverlongTitleAndOverlongBodyAreRefused() {
    assertThatThrownBy(() -> news.publish(as(school.teacher), school.classe.id(), "  ", "b"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a title has 1 to 200");
    assertThatThrownBy(() -> news.publish(as(school.teacher), school.classe.id(),
        "t".repeat(201), "b")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> news.publish(as(school.teacher), school.classe.id(), "t",
        "b".repeat(News.MAX_BODY_LENGTH + 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("share a document for longer texts");
    assertThat(school.store.news().news(school.classe.id())).isEmpty();
  }

  @Test
  void publish_toAnUnknownClassIsRefused() {
    assertThatThrownBy(() -> news.publish(as(school.teacher),
        fr.folios.core.directory.ClassId.random(), "t", "b"))
        .isInstanceOf(NotFoundException.class);
  }
}
