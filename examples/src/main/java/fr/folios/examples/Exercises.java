package fr.folios.examples;

import fr.folios.core.Folios;
import fr.folios.core.Spaces;
import fr.folios.core.catalogue.CatalogueHit;
import fr.folios.core.catalogue.CatalogueQuery;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.directory.Actor;
import fr.folios.core.news.NewsItem;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.ItemName;
import fr.folios.core.space.Share;
import fr.folios.core.space.Space;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The deck's five hands-on exercises, done by a main teacher: create a folder in one's personal
 * space; copy a catalogue document into it; create a document in it; send that document to a
 * colleague and into the class's space; publish a news item to the class.
 *
 * <p>Each step first looks for what an earlier run made, so that running again duplicates
 * nothing.
 */
final class Exercises {

  private final Folios folios;
  private final TrainingDay.Roles roles;
  private final PrintStream out;
  private final Actor teacher;
  private final Spaces spaces;

  private @Nullable Space personal;
  private @Nullable Folder folder;
  private @Nullable Document copied;
  private @Nullable Document instructions;
  private @Nullable Share toColleague;
  private @Nullable Share toClass;
  private @Nullable NewsItem news;
  private Instant started = Instant.EPOCH;

  Exercises(Folios folios, TrainingDay.Roles roles, PrintStream out) {
    this.folios = folios;
    this.roles = roles;
    this.out = out;
    this.teacher = Actor.of(roles.teacher().id());
    this.spaces = folios.spaces();
  }

  Exercises perform() {
    started = Instant.now().minusSeconds(1);
    out.println();
    out.println("5. The five exercises, as " + roles.teacher().displayName());
    personal = spaces.personalSpace(teacher);
    folder = createFolder(personal);
    copied = copyFromCatalogue(personal, folder);
    instructions = createDocument(personal, folder, copied);
    share(instructions);
    news = publishNews();
    return this;
  }

  private Folder createFolder(Space space) {
    Optional<Folder> existing = spaces.findFolder(teacher, space.id(), null, TrainingDay.FOLDER);
    Folder made = existing.orElseGet(() ->
        spaces.createFolder(teacher, space.id(), null, TrainingDay.FOLDER));
    step("a", "folder '" + made.name() + "' in " + space.name(), existing.isPresent());
    return made;
  }

  private Document copyFromCatalogue(Space space, Folder into) {
    CatalogueQuery query = CatalogueQuery.text("boulanger").filter(Facet.PATHWAY, "avenir")
        .page(0, 1);
    CatalogueHit hit = folios.catalogue().search(teacher, query).hits().get(0);
    Optional<Document> existing = spaces.documents(teacher, space.id(), into.id()).stream()
        .filter(d -> ("catalogue:" + hit.id()).equals(d.origin())).findFirst();
    Document made = existing.orElseGet(() ->
        spaces.copyFromCatalogue(teacher, hit.id(), space.id(), into.id()));
    step("b", "catalogue resource " + hit.id() + " copied as '" + made.name() + "' ("
        + made.size() + " bytes)", existing.isPresent());
    return made;
  }

  private Document createDocument(Space space, Folder into, Document about) {
    Optional<Document> existing = documentNamed(space, into, TrainingDay.INSTRUCTIONS);
    Document made = existing.orElseGet(() -> spaces.createDocument(teacher, space.id(),
        into.id(), TrainingDay.INSTRUCTIONS, "Lisez la fiche « " + about.name().value()
            + " », puis notez trois qualités que demande ce métier et une question à poser"
            + " lors du stage d'observation de 3e."));
    step("c", "document '" + made.name() + "' (" + made.size() + " bytes)",
        existing.isPresent());
    return made;
  }

  private void share(Document document) {
    toColleague = spaces.shareWithPerson(teacher, document.id(), roles.colleague().id(), null);
    step("d", "'" + document.name() + "' sent to " + roles.colleague().displayName(),
        toColleague.grantedAt().isBefore(started));
    toClass = spaces.shareWithClass(teacher, document.id(), roles.schoolClass().id(), null);
    Space classSpace = spaces.classSpace(teacher, roles.schoolClass().id());
    step("d", "shared into the space of " + classSpace.name(),
        toClass.grantedAt().isBefore(started));
  }

  private NewsItem publishNews() {
    List<NewsItem> published = folios.news().news(teacher, roles.schoolClass().id());
    Optional<NewsItem> existing = published.stream()
        .filter(item -> item.title().equals(TrainingDay.NEWS_TITLE)).findFirst();
    NewsItem item = existing.orElseGet(() -> folios.news().publish(teacher,
        roles.schoolClass().id(), TrainingDay.NEWS_TITLE, "Une fiche métier et ses consignes"
            + " vous attendent dans l'espace de la classe."));
    step("e", "news '" + item.title() + "' published to class " + roles.schoolClass().code(),
        existing.isPresent());
    return item;
  }

  private Optional<Document> documentNamed(Space space, Folder in, String name) {
    String key = ItemName.of(name).key();
    return spaces.documents(teacher, space.id(), in.id()).stream()
        .filter(d -> d.name().key().equals(key)).findFirst();
  }

  private void step(String letter, String what, boolean reused) {
    out.printf("  %s) %s%s%n", letter, what, reused ? " — already there, reused" : " — done");
  }

  Space personal() {
    return required(personal);
  }

  Folder folder() {
    return required(folder);
  }

  Document copied() {
    return required(copied);
  }

  Document instructions() {
    return required(instructions);
  }

  Share toColleague() {
    return required(toColleague);
  }

  Share toClass() {
    return required(toClass);
  }

  NewsItem news() {
    return required(news);
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("perform() has not run");
    }
    return value;
  }
}
