package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceLimits;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The space limits hold whatever the sequence of writes. */
class QuotaProperties {

  /** One write: a file of some size, or a folder. */
  record Write(boolean folder, int size) {
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
    School school = new School(InMemoryBlobStore.create(), limits);
    Spaces spaces = school.folios.spaces();
    Space space = spaces.personalSpace(as(school.teacher));
    long bytes = 0;
    long documents = 0;
    long folders = 0;

    for (int i = 0; i < writes.size(); i++) {
      Write write = writes.get(i);
      boolean fits = write.folder()
          ? folders + 1 <= limits.maxFolders()
          : documents + 1 <= limits.maxDocuments() && write.size() <= limits.maxFileBytes()
              && bytes + write.size() <= limits.maxBytes();
      boolean accepted = attempt(spaces, school, space, write, "item " + i);

      assertThat(accepted).as("write %s of %s under %s", i, write, limits).isEqualTo(fits);
      if (accepted && write.folder()) {
        folders++;
      } else if (accepted) {
        documents++;
        bytes += write.size();
      }
      Space now = spaces.space(as(school.teacher), space.id());
      assertThat(now.usage().bytes()).isEqualTo(bytes).isLessThanOrEqualTo(limits.maxBytes());
      assertThat(now.usage().documents()).isEqualTo(documents)
          .isLessThanOrEqualTo(limits.maxDocuments());
      assertThat(now.usage().folders()).isEqualTo(folders)
          .isLessThanOrEqualTo(limits.maxFolders());
    }
    List<Document> held = spaces.documents(as(school.teacher), space.id(), null);
    List<Folder> heldFolders = spaces.folders(as(school.teacher), space.id(), null);
    assertThat(held.stream().mapToLong(Document::size).sum()).isEqualTo(bytes);
    assertThat(held).hasSize((int) documents);
    assertThat(heldFolders).hasSize((int) folders);
  }

  private static boolean attempt(Spaces spaces, School school, Space space, Write write,
      String name) {
    try {
      if (write.folder()) {
        spaces.createFolder(as(school.teacher), space.id(), null, name);
      } else {
        spaces.upload(as(school.teacher), space.id(), null, name,
            new ByteArrayInputStream(new byte[write.size()]));
      }
      return true;
    } catch (QuotaExceededException refused) {
      return false;
    }
  }

  @Provide
  Arbitrary<List<Write>> writes() {
    return Combinators.combine(Arbitraries.integers().between(0, 9).map(n -> n == 0),
        Arbitraries.integers().between(0, 150)).as(Write::new).list().ofMaxSize(40);
  }
}
