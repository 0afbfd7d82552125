package fr.folios.core;

import fr.folios.core.directory.Actor;
import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.internal.Access;
import fr.folios.core.news.NewsId;
import fr.folios.core.news.NewsItem;
import fr.folios.core.spi.Persistence;
import java.time.Clock;
import java.util.List;

/**
 * News items (actualités) published to a class.
 *
 * <p>A class's teachers publish; its pupils, its teachers and the parents of its pupils read.
 * Safe for concurrent use.
 */
public final class News {

  /** The longest title, in characters. */
  public static final int MAX_TITLE_LENGTH = 200;

  /** The longest body, in characters. */
  public static final int MAX_BODY_LENGTH = 20_000;

  private final Persistence store;
  private final Access access;
  private final Clock clock;

  News(Persistence store, Access access, Clock clock) {
    this.store = store;
    this.access = access;
    this.clock = clock;
  }

  /**
   * Publishes a news item to a class.
   *
   * @param actor who acts; they must teach the class
   * @param classId the class
   * @param title its title, 1 to {@value #MAX_TITLE_LENGTH} characters, not blank
   * @param body its plain text, at most {@value #MAX_BODY_LENGTH} characters
   * @return the published item
   * @throws InvalidInputException if the title or the body breaks a limit
   * @throws AccessDeniedException if the actor is unknown or does not teach the class
   * @throws NotFoundException if the class does not exist
   * @throws ConflictException if the class is archived: see {@link Directory}
   */
  public NewsItem publish(Actor actor, ClassId classId, String title, String body) {
    Person person = access.person(actor);
    String cleanTitle = title.strip();
    if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE_LENGTH) {
      throw new InvalidInputException("news title '" + shorten(cleanTitle) + "' has "
          + cleanTitle.length() + " characters; a title has 1 to " + MAX_TITLE_LENGTH
          + ": shorten or fill it in");
    }
    if (body.length() > MAX_BODY_LENGTH) {
      throw new InvalidInputException("the body of news '" + shorten(cleanTitle) + "' has "
          + body.length() + " characters; the limit is " + MAX_BODY_LENGTH
          + ": share a document for longer texts");
    }
    SchoolClass schoolClass = access.taughtClass(person, classId);
    access.archivedBy(schoolClass.establishment(), schoolClass.year()).ifPresent(current -> {
      throw new ConflictException("class " + schoolClass.displayName() + " is archived: the"
          + " current school year of its establishment is " + current + ", and an archived"
          + " class takes no news: publish to a class of " + current);
    });
    NewsItem item = new NewsItem(NewsId.random(), schoolClass.id(), person.id(), cleanTitle,
        body, clock.instant());
    store.transactions().run(() -> store.news().saveNews(item));
    return item;
  }

  /**
   * Lists a class's news, newest first.
   *
   * @param actor who acts; a pupil or teacher of the class, or a parent of one of its pupils
   * @param classId the class
   * @return its news items
   * @throws AccessDeniedException if the actor is unknown or may not read the class's news
   * @throws NotFoundException if the class does not exist
   */
  public List<NewsItem> news(Actor actor, ClassId classId) {
    Person person = access.person(actor);
    SchoolClass schoolClass = store.directory().findClass(classId).orElseThrow(() ->
        new NotFoundException("class " + classId + " does not exist: list the actor's classes"
            + " to find its identifier"));
    boolean parentOfPupil = person.profile() == Profile.PARENT
        && person.children().stream().anyMatch(schoolClass.students()::contains);
    if (!schoolClass.hasMember(person.id()) && !parentOfPupil) {
      throw new AccessDeniedException(person.displayName() + " may not read the news of class "
          + schoolClass.displayName() + ": only its members and their parents may");
    }
    return store.news().news(classId);
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
