package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.directory.Person;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.space.Document;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Permission;
import fr.folios.core.space.Share;
import fr.folios.core.space.SharedItem;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceUsage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * Deleting a class takes away exactly the paths that went through it. Each try plays one random
 * script of documents (in personal spaces, in the class deleted, in another class), shares (to
 * people, to either class), re-shares and trashings in two worlds: one plays all of it and then
 * deletes class 3B; the other plays only the steps that do not involve 3B and keeps it. Then
 * every surviving document is read by exactly the same people in both and holds the same shares
 * (none to 3B, no re-share of one), {@code sharedWithMe} agrees for everyone, the documents of
 * 3B's space are gone, and every other space's usage is what it was before the deletion.
 */
class StructureDeletionProperties {

  @Property(tries = 150)
  void deletingAClassRemovesOnlyThePathsThroughIt(@ForAll("scripts") Script script) {
    World deleting = new World(script, true);
    World keeping = new World(script, false);
    Map<SpaceId, SpaceUsage> before = deleting.otherSpacesUsage();

    deleting.deleteClass();

    for (int i = 0; i < script.documents().size(); i++) {
      Document doc = deleting.documents.get(i);
      if (script.documents().get(i).place() == Place.CLASS_DELETED) {
        assertThat(deleting.school.store.spaces().findDocument(doc.id()))
            .as("document %d of the deleted class's space", i).isEmpty();
        continue;
      }
      Document same = keeping.documents.get(i);
      for (Role role : Role.values()) {
        assertThat(deleting.reads(role, doc)).as("%s reads document %d", role, i)
            .isEqualTo(keeping.reads(role, same));
      }
      assertThat(deleting.sharesOn(doc)).as("shares on document %d", i)
          .isEqualTo(keeping.sharesOn(same));
    }
    for (Role role : Role.values()) {
      assertThat(deleting.sharedWithMe(role)).as("shared with %s", role)
          .isEqualTo(keeping.sharedWithMe(role));
    }
    assertThat(deleting.otherSpacesUsage()).isEqualTo(before);
  }

  @Provide
  Arbitrary<Script> scripts() {
    Arbitrary<List<Placed>> documents = Combinators.combine(Arbitraries.of(Place.values()),
        Arbitraries.frequency(Tuple.of(1, true), Tuple.of(4, false)))
        .as(Placed::new).list().ofMinSize(1).ofMaxSize(6);
    Arbitrary<List<Grant>> grants = Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.of(Target.values())).as(Grant::new).list().ofMaxSize(8);
    Arbitrary<List<Onward>> onwards = Combinators.combine(Arbitraries.integers().between(0, 7),
        Arbitraries.of(Role.PUPIL, Role.OTHER_PUPIL)).as(Onward::new).list().ofMaxSize(4);
    return Combinators.combine(documents, grants, onwards).as(Script::new);
  }

  /** Where a document is created. */
  enum Place { TEACHER_PERSONAL, COLLEAGUE_PERSONAL, CLASS_DELETED, CLASS_KEPT }

  /** Whom a document is shared with. */
  enum Target { CLASS_DELETED, CLASS_KEPT, PUPIL, OTHER_PUPIL, COLLEAGUE }

  /** The people whose reading is compared. */
  enum Role { TEACHER, COLLEAGUE, PUPIL, OTHER_PUPIL, STRANGER, PARENT }

  /** A document: where, and whether it ends in the trash. */
  record Placed(Place place, boolean trashed) {
  }

  /** A share of the document at an index (modulo their count) with a target. */
  record Grant(int document, Target to) {
  }

  /** A re-share, by the colleague, of the share at an index (modulo their count). */
  record Onward(int grant, Role to) {
  }

  /** What both worlds play. */
  record Script(List<Placed> documents, List<Grant> grants, List<Onward> onwards) {
  }

  /** One school playing a script, with or without the steps that involve class 3B. */
  static final class World {

    final School school = new School();
    /** The documents of the script, by index; null where this world skipped one. */
    final List<@Nullable Document> documents = new ArrayList<>();
    private final Spaces spaces = school.folios.spaces();
    private final boolean withDeletedClass;
    private final SchoolClass kept = SchoolClass.create(school.college.id(),
        school.classe.year(), "4A").with(Set.of(school.otherPupil.id()),
        Set.of(school.teacher.id()), Set.of());

    World(Script script, boolean withDeletedClass) {
      this.withDeletedClass = withDeletedClass;
      school.store.directory().saveClass(kept);
      script.documents().forEach(this::create);
      List<@Nullable Share> shares = new ArrayList<>();
      script.grants().forEach(grant -> shares.add(share(grant)));
      script.onwards().forEach(onward -> reshare(shares, onward));
      for (int i = 0; i < documents.size(); i++) {
        if (script.documents().get(i).trashed() && documents.get(i) != null) {
          spaces.trashDocument(as(owner(script.documents().get(i).place())),
              documents.get(i).id());
        }
      }
    }

    void deleteClass() {
      Person admin = school.folios.directory().registerPerson(Profile.ESTABLISHMENT_ADMIN,
          "Luc", "Lefebvre", null, Set.of(school.college.id()));
      school.folios.directory().deleteClass(as(admin), school.classe.id());
    }

    boolean reads(Role role, Document document) {
      return spaces.canRead(as(person(role)), document.id());
    }

    Set<String> sharedWithMe(Role role) {
      return spaces.sharedWithMe(as(person(role))).stream().map(d -> d.name().toString())
          .collect(Collectors.toSet());
    }

    /** Returns the shares on a document, as whom they go to and whether they are re-shares. */
    List<String> sharesOn(Document document) {
      return school.store.shares().sharesOf(SharedItem.document(document.id())).stream()
          .map(share -> label(share.grantee()) + (share.source() == null ? "" : " re-shared"))
          .sorted().toList();
    }

    private String label(Grantee grantee) {
      for (Target target : Target.values()) {
        if (grantee(target).equals(grantee)) {
          return target.name();
        }
      }
      return grantee.toString();
    }

    Map<SpaceId, SpaceUsage> otherSpacesUsage() {
      Map<SpaceId, SpaceUsage> usage = new HashMap<>();
      for (Space space : List.of(spaces.personalSpace(as(school.teacher)),
          spaces.personalSpace(as(school.colleague)),
          spaces.classSpace(as(school.teacher), kept.id()))) {
        usage.put(space.id(), space.usage());
      }
      return usage;
    }

    private void create(Placed placed) {
      int index = documents.size();
      if (placed.place() == Place.CLASS_DELETED && !withDeletedClass) {
        documents.add(null);
        return;
      }
      Person owner = owner(placed.place());
      documents.add(spaces.createDocument(as(owner), space(placed.place()).id(), null,
          "doc-" + index + ".txt", "content " + index));
    }

    private @Nullable Share share(Grant grant) {
      int index = grant.document() % documents.size();
      Document document = documents.get(index);
      if (document == null || grant.to() == Target.CLASS_DELETED && !withDeletedClass) {
        return null;
      }
      Person sharer = document.space().equals(spaces.personalSpace(as(school.colleague)).id())
          ? school.colleague : school.teacher;
      return attempt(() -> spaces.share(as(sharer), SharedItem.document(document.id()),
          grantee(grant.to()), Permission.READ, null));
    }

    private void reshare(List<@Nullable Share> shares, Onward onward) {
      if (shares.isEmpty()) {
        return;
      }
      Share source = shares.get(onward.grant() % shares.size());
      if (source != null) {
        attempt(() -> spaces.reshare(as(school.colleague), source.id(),
            person(onward.to()).id(), null));
      }
    }

    private Grantee grantee(Target target) {
      return switch (target) {
        case CLASS_DELETED -> Grantee.classSpace(school.classe.id());
        case CLASS_KEPT -> Grantee.classSpace(kept.id());
        case PUPIL -> Grantee.person(school.pupil.id());
        case OTHER_PUPIL -> Grantee.person(school.otherPupil.id());
        case COLLEAGUE -> Grantee.person(school.colleague.id());
      };
    }

    private Space space(Place place) {
      return switch (place) {
        case TEACHER_PERSONAL -> spaces.personalSpace(as(school.teacher));
        case COLLEAGUE_PERSONAL -> spaces.personalSpace(as(school.colleague));
        case CLASS_DELETED -> spaces.classSpace(as(school.teacher), school.classe.id());
        case CLASS_KEPT -> spaces.classSpace(as(school.teacher), kept.id());
      };
    }

    private Person owner(Place place) {
      return place == Place.COLLEAGUE_PERSONAL ? school.colleague : school.teacher;
    }

    private Person person(Role role) {
      return switch (role) {
        case TEACHER -> school.teacher;
        case COLLEAGUE -> school.colleague;
        case PUPIL -> school.pupil;
        case OTHER_PUPIL -> school.otherPupil;
        case STRANGER -> school.stranger;
        case PARENT -> school.parent;
      };
    }

    private static @Nullable Share attempt(java.util.function.Supplier<Share> step) {
      try {
        return step.get();
      } catch (AccessDeniedException | ConflictException | InvalidInputException refused) {
        return null;
      }
    }
  }
}
