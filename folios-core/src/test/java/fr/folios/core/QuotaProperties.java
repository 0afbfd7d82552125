package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceLimits;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** The space limits hold whatever the sequence of writes and deletions. */
class QuotaProperties {

  /** What one write does. */
  enum Kind { FOLDER, FILE, DELETE }

  /**
   * One write: a folder, a file of {@code size} zero bytes (files of one size share a blob), or
   * the deletion of the held document at index {@code size} modulo their number.
   */
  record Write(Kind kind, int size) {
  }

  @Property(tries = 200)
  @Label("usage never passes a limit and always equals what the space holds")
  void usageStaysWithinLimitsAndMatchesContent(
      @ForAll("writes") List<Write> writes,
      @ForAll @IntRange(min = 0, max = 400) int maxBytes,
      @ForAll @IntRange(min = 0, max = 8) int maxDocuments,
      @ForAll @IntRange(min = 0, max = 5) int maxFolders,
      @ForAll @IntRange(min = 0, max = 120) int maxFile) {
    SpaceLimits limits = new SpaceLimits(maxBytes, maxDocuments, maxFolders,
        Math.min(maxFile, maxBytes));
    SpacesTest.CountingBlobs blobs = new SpacesTest.CountingBlobs();
    School school = new School(blobs, limits);
    Spaces spaces = school.folios.spaces();
    Space space = spaces.personalSpace(as(school.teacher));
    List<Document> documents = new ArrayList<>();
    long bytes = 0;
    long folders = 0;

    for (int i = 0; i < writes.size(); i++) {
      Write write = writes.get(i);
      if (write.kind() == Kind.DELETE) {
        if (!documents.isEmpty()) {
          Document gone = documents.remove(write.size() % documents.size());
          spaces.deleteDocument(as(school.teacher), gone.id());
          bytes -= gone.size();
        }
      } else {
        boolean fits = write.kind() == Kind.FOLDER
            ? folders + 1 <= limits.maxFolders()
            : documents.size() + 1 <= limits.maxDocuments()
                && write.size() <= limits.maxFileBytes()
                && bytes + write.size() <= limits.maxBytes();
        Optional<Document> stored = Optional.empty();
        boolean accepted;
        try {
          stored = attempt(spaces, school, space, write, "item " + i);
          accepted = true;
        } catch (QuotaExceededException refused) {
          accepted = false;
        }

        assertThat(accepted).as("write %s of %s under %s", i, write, limits).isEqualTo(fits);
        if (accepted && write.kind() == Kind.FOLDER) {
          folders++;
        }
        stored.ifPresent(documents::add);
        bytes += stored.map(Document::size).orElse(0L);
      }
      Space now = spaces.space(as(school.teacher), space.id());
      assertThat(now.usage().bytes()).isEqualTo(bytes).isLessThanOrEqualTo(limits.maxBytes());
      assertThat(now.usage().documents()).isEqualTo(documents.size())
          .isLessThanOrEqualTo(limits.maxDocuments());
      assertThat(now.usage().folders()).isEqualTo(folders)
          .isLessThanOrEqualTo(limits.maxFolders());
      assertThat(blobs.stored.get()).as("blobs held after write %s", i)
          .isEqualTo(documents.stream().map(Document::blob).distinct().count());
    }
    List<Document> held = spaces.documents(as(school.teacher), space.id(), null);
    List<Folder> heldFolders = spaces.folders(as(school.teacher), space.id(), null);
    assertThat(held.stream().mapToLong(Document::size).sum()).isEqualTo(bytes);
    assertThat(held).containsExactlyInAnyOrderElementsOf(documents);
    assertThat(heldFolders).hasSize((int) folders);
  }

  private static Optional<Document> attempt(Spaces spaces, School school, Space space,
      Write write, String name) {
    if (write.kind() == Kind.FOLDER) {
      spaces.createFolder(as(school.teacher), space.id(), null, name);
      return Optional.empty();
    }
    return Optional.of(spaces.upload(as(school.teacher), space.id(), null, name,
        new ByteArrayInputStream(new byte[write.size()])));
  }

  @Provide
  Arbitrary<List<Write>> writes() {
    Arbitrary<Kind> kinds = Arbitraries.frequency(Tuple.of(1, Kind.FOLDER),
        Tuple.of(4, Kind.FILE), Tuple.of(2, Kind.DELETE));
    return Combinators.combine(kinds, Arbitraries.integers().between(0, 150)).as(Write::new)
        .list().ofMaxSize(40);
  }
}
