package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.directory.Person;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Folder;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Limit;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import fr.folios.core.space.SharedItem;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.space.SpaceUsage;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.ForwardingPersistence;
import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.ShareRepository;
import fr.folios.core.spi.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SpacesTest {

  private final School school = new School();
  private final Spaces spaces = school.folios.spaces();

  @Test
  void personalSpace_isCreatedOnceWithTheDefaultLimits() {
    Space first = spaces.personalSpace(as(school.teacher));
    Space again = spaces.personalSpace(as(school.teacher));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(first.limits()).isEqualTo(SpaceLimits.DEFAULT);
    assertThat(first.usage()).isEqualTo(SpaceUsage.EMPTY);
  }

  @Test
  void trainingDay_folderCopyCreateShareAndReaders() {
    school.store.catalogue().saveResources(List.of(new CatalogueResource(
        new ResourceId("onisep:MET.1"), "Boulanger / boulangère", "Il pétrit la pâte.",
        "", Map.of(), null, "Onisep, ODbL", null)));
    Space mine = spaces.personalSpace(as(school.teacher));

    Folder folder = spaces.createFolder(as(school.teacher), mine.id(), null, "Parcours Avenir");
    Document copied = spaces.copyFromCatalogue(as(school.teacher),
        new ResourceId("onisep:MET.1"), mine.id(), folder.id());
    Document created = spaces.createDocument(as(school.teacher), mine.id(), folder.id(),
        "Consignes.txt", "Lisez la fiche métier.");
    spaces.shareWithPerson(as(school.teacher), created.id(), school.colleague.id(), null);
    spaces.shareWithClass(as(school.teacher), created.id(), school.classe.id(), null);

    assertThat(copied.name().value()).isEqualTo("Boulanger boulangère.txt");
    assertThat(read(school.teacher, copied)).contains("Il pétrit la pâte.", "Onisep, ODbL");
    assertThat(spaces.readers(as(school.teacher), created.id())).extracting(Person::lastName)
        .containsExactly("Durand", "Martin", "Morel");
    assertThat(spaces.canRead(as(school.otherPupil), created.id())).isFalse();
    assertThat(spaces.sharedWithMe(as(school.pupil))).containsExactly(created);
    assertThat(spaces.space(as(school.teacher), mine.id()).usage())
        .isEqualTo(new SpaceUsage(copied.size() + created.size(), 2, 1));
  }

  @Test
  void share_sameRecipientTwiceReturnsTheShareInForce() {
    Document doc = textIn(school.teacher, "a.txt", "x");

    Share first = spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(),
        null);
    Share again = spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(),
        null);

    assertThat(again).isEqualTo(first);
    assertThat(school.store.shares().sharesOf(doc.id())).hasSize(1);
  }

  @Test
  void share_endedNoLongerGivesAccess() {
    Document doc = textIn(school.teacher, "a.txt", "x");
    spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(),
        School.NOW.plus(Duration.ofDays(7)));
    assertThat(spaces.canRead(as(school.colleague), doc.id())).isTrue();

    school.clock.advance(Duration.ofDays(7));

    assertThat(spaces.canRead(as(school.colleague), doc.id())).isFalse();
    assertThatThrownBy(() -> spaces.open(as(school.colleague), doc.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("a.txt");
  }

  @Test
  void share_endingBeforeItStartsIsRefused() {
    Document doc = textIn(school.teacher, "a.txt", "x");

    assertThatThrownBy(() -> spaces.shareWithPerson(as(school.teacher), doc.id(),
        school.colleague.id(), School.NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("would end before it starts");
    assertThat(school.store.shares().sharesOf(doc.id())).isEmpty();
  }

  @Test
  void share_againWithAnotherEndReplacesTheEndOfTheShareInForce() {
    Document doc = textIn(school.teacher, "a.txt", "x");
    Share first = spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(),
        School.NOW.plus(Duration.ofDays(1)));

    Share longer = spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(),
        null);

    assertThat(longer.id()).isEqualTo(first.id());
    assertThat(longer.endsAt()).isNull();
    assertThat(school.store.shares().sharesOf(doc.id())).containsExactly(longer);
  }

  @Test
  void share_withSomeoneOfAnotherEstablishmentIsRefused() {
    Document doc = textIn(school.teacher, "a.txt", "x");

    assertThatThrownBy(() -> spaces.shareWithPerson(as(school.teacher), doc.id(),
        school.stranger.id(), null))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("share no establishment");
  }

  @Test
  void share_intoAClassTheActorDoesNotTeachIsRefused() {
    Document doc = textIn(school.pupil, "devoir.txt", "x");

    assertThatThrownBy(() -> spaces.shareWithClass(as(school.pupil), doc.id(),
        school.classe.id(), null))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("does not teach class 3B");
  }

  @Test
  void share_ofSomeoneElsesDocumentIsRefused() {
    Document doc = textIn(school.teacher, "a.txt", "x");
    spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(), null);

    assertThatThrownBy(() -> spaces.shareWithPerson(as(school.colleague), doc.id(),
        school.pupil.id(), null))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("may not share document 'a.txt'");
  }

  @Test
  void parent_mayNotShare() {
    Document doc = textIn(school.parent, "note.txt", "x");

    assertThatThrownBy(() -> spaces.shareWithPerson(as(school.parent), doc.id(),
        school.teacher.id(), null))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("parent");
  }

  @Test
  void someoneElsesPersonalSpace_isNeitherReadNorWritten() {
    Space mine = spaces.personalSpace(as(school.teacher));

    assertThatThrownBy(() -> spaces.documents(as(school.pupil), mine.id(), null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> spaces.createFolder(as(school.pupil), mine.id(), null, "x"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("may not write in space 'Léa Morel — personal'");
  }

  @Test
  void classSpace_isReadByPupilsAndWrittenByTeachersOnly() {
    Space classSpace = spaces.classSpace(as(school.teacher), school.classe.id());
    spaces.createFolder(as(school.colleague), classSpace.id(), null, "Sorties");

    assertThat(spaces.folders(as(school.pupil), classSpace.id(), null)).hasSize(1);
    assertThatThrownBy(() -> spaces.createFolder(as(school.pupil), classSpace.id(), null, "x"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> spaces.classSpace(as(school.otherPupil), school.classe.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("not a member of class 3B");
  }

  @Test
  void unknownActor_isRefusedWithTheWayOut() {
    Person ghost = new School().teacher;

    assertThatThrownBy(() -> spaces.personalSpace(School.as(ghost)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("import them from the directory");
  }

  @Test
  void folder_sameNameIgnoringCaseAndNormalisationIsRefused() {
    Space mine = spaces.personalSpace(as(school.teacher));
    spaces.createFolder(as(school.teacher), mine.id(), null, "Été");

    assertThatThrownBy(() -> spaces.createFolder(as(school.teacher), mine.id(), null,
        "E\u0301TE\u0301"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("'ÉTÉ' already exists");
    assertThat(spaces.space(as(school.teacher), mine.id()).usage().folders()).isEqualTo(1);
  }

  @Test
  void upload_overThePerFileLimitIsRefusedAndLeavesNothing() {
    CountingBlobs blobs = new CountingBlobs();
    School small = new School(blobs, new SpaceLimits(1_000, 300, 100, 100));
    Space mine = small.folios.spaces().personalSpace(as(small.teacher));

    assertThatThrownBy(() -> small.folios.spaces().upload(as(small.teacher), mine.id(), null,
        "big.pdf", new ByteArrayInputStream(new byte[101])))
        .isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining("file 'big.pdf' is larger than 100 bytes")
        .hasMessageContaining("send a smaller file")
        .extracting(e -> ((QuotaExceededException) e).limit()).isEqualTo(Limit.FILE_BYTES);
    assertThat(blobs.stored.get()).isZero();
    assertThat(small.folios.spaces().space(as(small.teacher), mine.id()).usage())
        .isEqualTo(SpaceUsage.EMPTY);
  }

  @Test
  void upload_overTheSpaceLimitIsRefusedWhileReadingAndStoresNothing() {
    CountingBlobs blobs = new CountingBlobs();
    School small = new School(blobs, new SpaceLimits(150, 300, 100, 100));
    Spaces smallSpaces = small.folios.spaces();
    Space mine = smallSpaces.personalSpace(as(small.teacher));
    smallSpaces.upload(as(small.teacher), mine.id(), null, "a.bin",
        new ByteArrayInputStream(new byte[100]));

    assertThatThrownBy(() -> smallSpaces.upload(as(small.teacher), mine.id(), null, "b.bin",
        new ByteArrayInputStream(new byte[51])))
        .isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining("file 'b.bin' is larger than the 50 bytes left in space")
        .hasMessageContaining("which holds 100 bytes of its 150 bytes")
        .hasMessageContaining("delete documents first");
    assertThat(blobs.stored.get()).isEqualTo(1);
    assertThat(smallSpaces.space(as(small.teacher), mine.id()).usage())
        .isEqualTo(new SpaceUsage(100, 1, 0));
  }

  @Test
  void upload_exactlyAtTheSpaceLimitIsAccepted() {
    School small = new School(InMemoryBlobStore.create(), new SpaceLimits(150, 2, 100, 100));
    Space mine = small.folios.spaces().personalSpace(as(small.teacher));
    small.folios.spaces().upload(as(small.teacher), mine.id(), null, "a.bin",
        new ByteArrayInputStream(new byte[100]));
    small.folios.spaces().upload(as(small.teacher), mine.id(), null, "b.bin",
        new ByteArrayInputStream(new byte[50]));

    assertThat(small.folios.spaces().space(as(small.teacher), mine.id()).usage())
        .isEqualTo(new SpaceUsage(150, 2, 0));
    assertThatThrownBy(() -> small.folios.spaces().upload(as(small.teacher), mine.id(), null,
        "c.bin", new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining("would hold 3 documents")
        .hasMessageContaining("delete a document first");
  }

  @Test
  void upload_whoseStreamFailsLeavesNothing() {
    CountingBlobs blobs = new CountingBlobs();
    School small = new School(blobs, SpaceLimits.DEFAULT);
    Space mine = small.folios.spaces().personalSpace(as(small.teacher));
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };

    assertThatThrownBy(() -> small.folios.spaces().upload(as(small.teacher), mine.id(), null,
        "a.bin", broken)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nothing was kept");
    assertThat(blobs.stored.get()).isZero();
    assertThat(small.folios.spaces().documents(as(small.teacher), mine.id(), null)).isEmpty();
  }

  @Test
  void copy_ofADocumentCountsInTheTargetSpaceWithoutNewBytes() {
    CountingBlobs blobs = new CountingBlobs();
    School small = new School(blobs, SpaceLimits.DEFAULT);
    Document doc = small.folios.spaces().createDocument(as(small.teacher),
        small.folios.spaces().personalSpace(as(small.teacher)).id(), null, "a.txt", "hello");
    small.folios.spaces().shareWithPerson(as(small.teacher), doc.id(), small.colleague.id(),
        null);
    Space theirs = small.folios.spaces().personalSpace(as(small.colleague));

    Document copy = small.folios.spaces().copy(as(small.colleague), doc.id(), theirs.id(), null);

    assertThat(copy.blob()).isEqualTo(doc.blob());
    assertThat(blobs.stored.get()).isEqualTo(1);
    assertThat(small.folios.spaces().space(as(small.colleague), theirs.id()).usage())
        .isEqualTo(new SpaceUsage(5, 1, 0));
  }

  @Test
  void copy_intoASpaceWithASmallerPerFileLimitIsRefused() {
    Folios smallClasses = Folios.builder().persistence(school.store).blobs(school.blobs)
        .limits(SpaceKind.CLASS, new SpaceLimits(1_000, 300, 100, 10)).build();
    Space classSpace = smallClasses.spaces().classSpace(as(school.teacher), school.classe.id());
    Document big = textIn(school.teacher, "big.txt", "y".repeat(500));

    assertThatThrownBy(() -> smallClasses.spaces().copy(as(school.teacher), big.id(),
        classSpace.id(), null))
        .isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining("takes files of 10 bytes at most");
    assertThat(spaces.space(as(school.teacher), classSpace.id()).usage())
        .isEqualTo(SpaceUsage.EMPTY);
  }

  @Test
  void upload_recordsTheTypeToldFromTheBytesNotTheName() {
    Space mine = spaces.personalSpace(as(school.teacher));

    Document unknown = spaces.upload(as(school.teacher), mine.id(), null, "Stage.PDF",
        new ByteArrayInputStream(new byte[3]));
    Document pdf = spaces.upload(as(school.teacher), mine.id(), null, "stage.bin",
        new ByteArrayInputStream("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    Document csv = spaces.upload(as(school.teacher), mine.id(), null, "notes.CSV",
        new ByteArrayInputStream("nom;note\nLéa;15\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(unknown.mediaType()).isEqualTo("application/octet-stream");
    assertThat(pdf.mediaType()).isEqualTo("application/pdf");
    assertThat(csv.mediaType()).isEqualTo("text/csv");
  }

  @Test
  void concurrentUploads_nearTheDocumentLimitLeaveNoBlobWithoutItsRecord() throws Exception {
    CountingBlobs blobs = new CountingBlobs();
    School small = new School(blobs, new SpaceLimits(1_000_000, 5, 100, 1_000));
    Space mine = small.folios.spaces().personalSpace(as(small.teacher));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int n = i;
      runs.add(pool.submit(() -> {
        try {
          small.folios.spaces().upload(as(small.teacher), mine.id(), null, "f" + n + ".bin",
              new ByteArrayInputStream(("content " + n).getBytes(StandardCharsets.UTF_8)));
        } catch (QuotaExceededException refused) {
          // expected for all but five
        }
      }));
    }
    for (java.util.concurrent.Future<?> run : runs) {
      run.get();
    }
    pool.shutdown();

    assertThat(small.folios.spaces().documents(as(small.teacher), mine.id(), null)).hasSize(5);
    assertThat(small.folios.spaces().space(as(small.teacher), mine.id()).usage().documents())
        .isEqualTo(5);
    assertThat(blobs.stored.get()).isEqualTo(5);
  }

  @Test
  void createDocument_overlongTextIsRefused() {
    Space mine = spaces.personalSpace(as(school.teacher));

    assertThatThrownBy(() -> spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt",
        "x".repeat(Spaces.MAX_TEXT_LENGTH + 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("upload it as a file instead");
  }

  @Test
  void deleteDocument_releasesItsUsageExactlyAndRemovesItsBlob() {
    CountingBlobs blobs = new CountingBlobs();
    School small = new School(blobs, SpaceLimits.DEFAULT);
    Spaces smallSpaces = small.folios.spaces();
    Space mine = smallSpaces.personalSpace(as(small.teacher));
    Folder folder = smallSpaces.createFolder(as(small.teacher), mine.id(), null, "Avenir");
    Document kept = smallSpaces.createDocument(as(small.teacher), mine.id(), folder.id(),
        "kept.txt", "kept");
    Document gone = smallSpaces.upload(as(small.teacher), mine.id(), null, "gone.bin",
        new ByteArrayInputStream(new byte[1_234]));

    smallSpaces.deleteDocument(as(small.teacher), gone.id());

    assertThat(smallSpaces.space(as(small.teacher), mine.id()).usage())
        .isEqualTo(new SpaceUsage(kept.size(), 1, 1));
    assertThat(smallSpaces.documents(as(small.teacher), mine.id(), null)).isEmpty();
    assertThat(smallSpaces.documents(as(small.teacher), mine.id(), folder.id()))
        .containsExactly(kept);
    assertThat(blobs.stored.get()).isEqualTo(1);
    assertThatThrownBy(() -> smallSpaces.open(as(small.teacher), gone.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void deleteDocument_keepsTheBlobWhileACopyUsesIt() throws IOException {
    CountingBlobs blobs = new CountingBlobs();
    School small = new School(blobs, SpaceLimits.DEFAULT);
    Spaces smallSpaces = small.folios.spaces();
    Space mine = smallSpaces.personalSpace(as(small.teacher));
    Folder folder = smallSpaces.createFolder(as(small.teacher), mine.id(), null, "Copies");
    Document original = smallSpaces.createDocument(as(small.teacher), mine.id(), null,
        "a.txt", "hello");
    Document copy = smallSpaces.copy(as(small.teacher), original.id(), mine.id(), folder.id());

    smallSpaces.deleteDocument(as(small.teacher), original.id());

    assertThat(blobs.stored.get()).isEqualTo(1);
    try (InputStream in = smallSpaces.open(as(small.teacher), copy.id())) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
    }
    smallSpaces.deleteDocument(as(small.teacher), copy.id());
    assertThat(blobs.stored.get()).isZero();
    assertThat(smallSpaces.space(as(small.teacher), mine.id()).usage())
        .isEqualTo(new SpaceUsage(0, 0, 1));
  }

  @Test
  void revoke_recipientNoLongerReadsTheDocument() {
    Document doc = textIn(school.teacher, "a.txt", "x");
    Share share = spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(),
        null);
    assertThat(read(school.colleague, doc)).isEqualTo("x");

    spaces.revoke(as(school.teacher), share.id());

    assertThat(spaces.canRead(as(school.colleague), doc.id())).isFalse();
    assertThatThrownBy(() -> spaces.open(as(school.colleague), doc.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(spaces.sharedWithMe(as(school.colleague))).isEmpty();
    assertThat(read(school.teacher, doc)).isEqualTo("x");
  }

  @Test
  void revoke_ofAShareThatNoLongerExistsIsNotFound() {
    Document doc = textIn(school.teacher, "a.txt", "x");
    Share share = spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(),
        null);
    spaces.revoke(as(school.teacher), share.id());

    assertThatThrownBy(() -> spaces.revoke(as(school.teacher), share.id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("share " + share.id() + " does not exist");
  }

  @Test
  void deleteDocument_recipientNoLongerReadsIt() {
    Document doc = textIn(school.teacher, "a.txt", "x");
    Share share = spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(),
        null);

    spaces.deleteDocument(as(school.teacher), doc.id());

    assertThatThrownBy(() -> spaces.open(as(school.colleague), doc.id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(doc.id().toString());
    assertThat(spaces.sharedWithMe(as(school.colleague))).isEmpty();
    assertThat(school.store.shares().findShare(share.id())).isEmpty();
    assertThatThrownBy(() -> spaces.deleteDocument(as(school.teacher), doc.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void pupil_mayNeitherDeleteTheTeachersDocumentNorRevokeTheirShare() {
    Space classSpace = spaces.classSpace(as(school.teacher), school.classe.id());
    Document doc = spaces.createDocument(as(school.teacher), classSpace.id(), null,
        "Consignes.txt", "Lisez la fiche.");
    Share share = spaces.shareWithPerson(as(school.teacher), doc.id(), school.otherPupil.id(),
        null);

    assertThatThrownBy(() -> spaces.deleteDocument(as(school.pupil), doc.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Léa Martin may not delete document 'Consignes.txt'")
        .hasMessageContaining("only who may write its space may delete it");
    assertThatThrownBy(() -> spaces.revoke(as(school.pupil), share.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Léa Martin may not revoke share " + share.id())
        .hasMessageContaining("only who granted it");
    assertThat(spaces.documents(as(school.pupil), classSpace.id(), null)).containsExactly(doc);
    assertThat(spaces.canRead(as(school.otherPupil), doc.id())).isTrue();
    assertThat(spaces.space(as(school.teacher), classSpace.id()).usage().documents())
        .isEqualTo(1);
  }

  @Test
  void revoke_byAnotherWriterOfTheSpaceIsAllowed() {
    Space classSpace = spaces.classSpace(as(school.teacher), school.classe.id());
    Document doc = spaces.createDocument(as(school.teacher), classSpace.id(), null,
        "Consignes.txt", "Lisez la fiche.");
    Share share = spaces.shareWithPerson(as(school.teacher), doc.id(), school.otherPupil.id(),
        null);

    spaces.revoke(as(school.colleague), share.id());

    assertThat(spaces.canRead(as(school.otherPupil), doc.id())).isFalse();
  }

  @Test
  void deleteDocument_inAFullSpaceWorksAndFreesRoom() {
    School small = new School(InMemoryBlobStore.create(), new SpaceLimits(100, 2, 1, 100));
    Spaces smallSpaces = small.folios.spaces();
    Space mine = smallSpaces.personalSpace(as(small.teacher));
    smallSpaces.createFolder(as(small.teacher), mine.id(), null, "Avenir");
    Document a = smallSpaces.upload(as(small.teacher), mine.id(), null, "a.bin",
        new ByteArrayInputStream(new byte[60]));
    smallSpaces.upload(as(small.teacher), mine.id(), null, "b.bin",
        new ByteArrayInputStream(new byte[40]));
    assertThat(smallSpaces.space(as(small.teacher), mine.id()).usage())
        .isEqualTo(new SpaceUsage(100, 2, 1));

    smallSpaces.deleteDocument(as(small.teacher), a.id());

    assertThat(smallSpaces.space(as(small.teacher), mine.id()).usage())
        .isEqualTo(new SpaceUsage(40, 1, 1));
    smallSpaces.upload(as(small.teacher), mine.id(), null, "c.bin",
        new ByteArrayInputStream(new byte[60]));
    assertThat(smallSpaces.space(as(small.teacher), mine.id()).usage())
        .isEqualTo(new SpaceUsage(100, 2, 1));
  }

  @Test
  void copy_whoseSourceIsDeletedMeanwhileIsRefusedAndKeepsNoCopyWithoutBytes() {
    CountingBlobs blobs = new CountingBlobs();
    School small = new School(blobs, SpaceLimits.DEFAULT);
    RacingStore racing = new RacingStore(small.store);
    Spaces racingSpaces = Folios.builder().persistence(racing).blobs(blobs).clock(small.clock)
        .build().spaces();
    Document doc = racingSpaces.createDocument(as(small.teacher),
        racingSpaces.personalSpace(as(small.teacher)).id(), null, "a.txt", "hello");
    racingSpaces.shareWithPerson(as(small.teacher), doc.id(), small.colleague.id(), null);
    Space theirs = racingSpaces.personalSpace(as(small.colleague));
    racing.afterNextShareRead(() -> racingSpaces.deleteDocument(as(small.teacher), doc.id()));

    assertThatThrownBy(() -> racingSpaces.copy(as(small.colleague), doc.id(), theirs.id(),
        null)).isInstanceOf(NotFoundException.class);
    assertThat(racingSpaces.documents(as(small.colleague), theirs.id(), null)).isEmpty();
    assertThat(blobs.stored.get()).isZero();
  }

  private Document textIn(Person owner, String name, String text) {
    return spaces.createDocument(as(owner), spaces.personalSpace(as(owner)).id(), null, name,
        text);
  }

  private String read(Person reader, Document document) {
    try (InputStream in = spaces.open(as(reader), document.id())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An in-memory blob store that counts the blobs it holds. */
  static final class CountingBlobs implements BlobStore {

    final InMemoryBlobStore delegate = InMemoryBlobStore.create();
    final AtomicInteger stored = new AtomicInteger();

    @Override
    public StoredBlob put(InputStream content, long maxBytes) throws IOException {
      StoredBlob blob = delegate.put(content, maxBytes);
      if (blob.created()) {
        stored.incrementAndGet();
      }
      return blob;
    }

    @Override
    public InputStream open(BlobKey key) throws IOException {
      return delegate.open(key);
    }

    @Override
    public boolean exists(BlobKey key) throws IOException {
      return delegate.exists(key);
    }

    @Override
    public long size(BlobKey key) throws IOException {
      return delegate.size(key);
    }

    @Override
    public boolean delete(BlobKey key) throws IOException {
      boolean removed = delegate.delete(key);
      if (removed) {
        stored.decrementAndGet();
      }
      return removed;
    }

    @Override
    public void forEachStoredBefore(java.time.Instant cutoff,
        java.util.function.Consumer<BlobKey> sink) {
      delegate.forEachStoredBefore(cutoff, sink);
    }
  }

  /** A store that runs a task once, right after a document's shares are next read. */
  static final class RacingStore extends ForwardingPersistence {

    private final AtomicReference<@Nullable Runnable> task = new AtomicReference<>();

    RacingStore(Persistence delegate) {
      super(delegate);
    }

    void afterNextShareRead(Runnable next) {
      task.set(next);
    }

    @Override
    public ShareRepository shares() {
      ShareRepository shares = delegate().shares();
      return new ShareRepository() {
        @Override
        public void saveShare(Share share) {
          shares.saveShare(share);
        }

        @Override
        public Optional<Share> findShare(ShareId id) {
          return shares.findShare(id);
        }

        @Override
        public void deleteShare(ShareId id) {
          shares.deleteShare(id);
        }

        @Override
        public List<Share> sharesOf(SharedItem item) {
          List<Share> found = shares.sharesOf(item);
          Runnable next = task.getAndSet(null);
          if (next != null) {
            next.run();
          }
          return found;
        }

        @Override
        public List<Share> sharesTo(Grantee grantee) {
          return shares.sharesTo(grantee);
        }

        @Override
        public List<Share> resharesOf(ShareId source) {
          return shares.resharesOf(source);
        }
      };
    }
  }

  @Test
  void revoke_byItsRecipientRemovesItFromTheirViewOnly() {
    Space mine = spaces.personalSpace(as(school.teacher));
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "a");
    Share toPupil = spaces.shareWithPerson(as(school.teacher), doc.id(), school.pupil.id(),
        null);
    Share toColleague = spaces.shareWithPerson(as(school.teacher), doc.id(),
        school.colleague.id(), null);

    spaces.revoke(as(school.pupil), toPupil.id());

    assertThat(spaces.canRead(as(school.pupil), doc.id())).isFalse();
    assertThat(spaces.sharedWithMe(as(school.pupil))).isEmpty();
    assertThat(spaces.canRead(as(school.colleague), doc.id())).isTrue();
    assertThat(spaces.documents(as(school.teacher), mine.id(), null)).containsExactly(doc);
    assertThatThrownBy(() -> spaces.revoke(as(school.pupil), toColleague.id()))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("its recipient");
  }

  @Test
  void classSpace_keepsAContributorsDocumentsWhenTheyLeaveAndANewClassInheritsNothing() {
    Space classSpace = spaces.classSpace(as(school.colleague), school.classe.id());
    Document byColleague = spaces.createDocument(as(school.colleague), classSpace.id(), null,
        "Consignes.txt", "Lisez.");
    Space mine = spaces.personalSpace(as(school.teacher));
    Document shared = spaces.createDocument(as(school.teacher), mine.id(), null, "Fiche.txt",
        "Fiche.");
    spaces.shareWithClass(as(school.teacher), shared.id(), school.classe.id(), null);

    school.store.directory().saveClass(school.store.directory().findClass(school.classe.id())
        .orElseThrow().without(school.colleague.id()).without(school.pupil.id()));
    fr.folios.core.directory.SchoolClass next = fr.folios.core.directory.SchoolClass.create(
        school.college.id(), new fr.folios.core.directory.SchoolYear(2026), "3B")
        .with(java.util.Set.of(school.pupil.id()), java.util.Set.of(), java.util.Set.of());
    school.store.directory().saveClass(next);

    assertThat(spaces.documents(as(school.teacher), classSpace.id(), null))
        .containsExactly(byColleague);
    assertThat(spaces.canRead(as(school.colleague), byColleague.id())).isFalse();
    assertThat(spaces.canRead(as(school.pupil), byColleague.id())).isFalse();
    assertThat(spaces.canRead(as(school.pupil), shared.id())).isFalse();
    assertThat(spaces.canRead(as(school.otherPupil), shared.id())).isFalse();
    assertThat(spaces.classSpace(as(school.pupil), next.id()).id())
        .isNotEqualTo(classSpace.id());
  }
}
