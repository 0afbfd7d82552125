package fr.folios.extract;

import static fr.folios.core.space.SpaceLimits.MB;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import fr.folios.core.Folios;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.Uai;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.space.DeniedTypes;
import fr.folios.core.space.Document;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.spi.Persistence;
import fr.folios.search.LuceneDocumentIndex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile files uploaded end to end with Tika reading their text: each upload succeeds, the
 * document is found by its name, and reading it costs seconds at most and bounded memory.
 */
class HostileUploadTest {

  /** The most a hostile file may cost to upload and index, in milliseconds. */
  private static final long MAX_MILLIS = 5_000;

  /** The most a hostile file may allocate while it is uploaded and indexed, in bytes. */
  private static final long MAX_ALLOCATED = 1024L * 1024 * 1024;

  private final Persistence store = InMemoryPersistence.create();
  private final Person pupil = new Person(PersonId.random(), null, Profile.STUDENT, "Léa",
      "Martin", null, Set.of(), false, Set.of(), null);
  private final Actor me = Actor.of(pupil.id());
  private final Folios folios;
  private final SpaceId mine;

  HostileUploadTest() {
    Establishment college = new Establishment(EstablishmentId.random(), Uai.parse("0350057X"),
        "Collège", EstablishmentType.COLLEGE, null, null);
    store.directory().saveEstablishment(college);
    store.directory().savePerson(pupil);
    folios = folios(store);
    mine = folios.spaces().personalSpace(me).id();
  }

  @AfterEach
  void close() {
    folios.close();
  }

  @Test
  void upload_readsAnOpenDocumentOfEmptyMarkup_inBoundedTime() throws IOException {
    assertUploadIsCheap("bombe-balises.odt", HostileFiles.markupBomb(1L << 30));
  }

  @Test
  void upload_readsNoOtherPartOfEmptyMarkup_inBoundedTime() throws IOException {
    for (String part : List.of("styles.xml", "meta.xml", "META-INF/manifest.xml", "mimetype")) {
      assertUploadIsCheap("partie-" + part.replaceAll("\\W", "") + ".odt",
          HostileFiles.partBomb(part, 1L << 30));
    }
  }

  @Test
  void upload_refusesBillionLaughs() throws IOException {
    assertUploadIsCheap("rires.odt", HostileFiles.billionLaughs());
  }

  @Test
  void upload_neverFetchesAnExternalEntityOrDtd() throws IOException {
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread listener = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket ignored = server.accept()) {
            connections.incrementAndGet();
          } catch (IOException closed) {
            return;
          }
        }
      });
      listener.setDaemon(true);
      listener.start();
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/";

      assertUploadIsCheap("dehors.odt", HostileFiles.externalEntities(url));
      server.close();
      listener.interrupt();
    }

    assertThat(connections).hasValue(0);
  }

  @Test
  void upload_readsTheObjectsOfAnOpenDocument_butNeverItsNestedZips() throws IOException {
    byte[] nested = HostileFiles.nestedZip(4, 8, 4L << 20);
    Document document = assertUploadIsCheap("imbrique.odt",
        HostileFiles.nestedDocuments(nested));

    assertThat(folios.documentSearch().search(me, "dehors", 10)).containsExactly(document);
    assertThat(folios.documentSearch().search(me, "cachette", 10))
        .as("Tika reads 'Object 1/content.xml' as part of the package, within the markup limit")
        .containsExactly(document);
  }

  @Test
  void upload_survivesAZipOfZipsNamedAsAnOpenDocument() throws IOException {
    assertUploadIsCheap("zips.odt", HostileFiles.nestedZip(4, 8, 4L << 20));
  }

  @Test
  void upload_survivesATruncatedPdf() throws IOException {
    byte[] pdf = TikaTextExtractorTest.pdf("Rapport de stage", "Deuxième page");
    byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length / 2);

    assertUploadIsCheap("coupe.pdf", truncated);
  }

  @Test
  void upload_survivesAnEncryptedPdf() throws IOException {
    byte[] pdf = HostileFiles.pdfEncrypted(TikaTextExtractorTest.pdf("Secret"));

    assertUploadIsCheap("chiffre.pdf", pdf);
  }

  @Test
  void upload_survivesAPdfPageTreeClaimingTenBillionPages() throws IOException {
    assertUploadIsCheap("pages-bombe.pdf", HostileFiles.pdfPageTreeBomb(10));
  }

  @Test
  void upload_survivesAPdfOfDeeplyNestedObjects() throws IOException {
    assertUploadIsCheap("profond.pdf", HostileFiles.pdfDeepNesting(200_000));
  }

  @Test
  void upload_survivesHtmlWithAnEnormousAttribute() throws IOException {
    assertUploadIsCheap("attribut.html", HostileFiles.htmlHugeAttribute(40_000_000));
  }

  @Test
  void upload_findsHtmlWithInvalidUtf8ByName_andTikaReadsItsText() throws IOException {
    assertUploadIsCheap("invalide.html", HostileFiles.htmlInvalidUtf8());

    assertThat(TikaTextExtractor.create().extract("text/html",
        new ByteArrayInputStream(HostileFiles.htmlInvalidUtf8()), 1_000)).contains("apres");
  }

  @Test
  void upload_survivesFilesHoldingAnotherTypeThanTheirName() throws IOException {
    byte[] pdf = TikaTextExtractorTest.pdf("Vrai PDF");
    byte[] odt = TikaTextExtractorTest.openDocument(TikaTextExtractorTest.paragraphs("Vrai"));

    for (var lie : List.of(java.util.Map.entry("pdf.odt", pdf), java.util.Map.entry("odt.pdf",
        odt), java.util.Map.entry("pdf.html", pdf), java.util.Map.entry("odt.html", odt),
        java.util.Map.entry("html.pdf", HostileFiles.htmlDeepNesting(10)))) {
      assertUploadIsCheap(lie.getKey(), lie.getValue());
    }
  }

  /**
   * Uploads a file, checks that it is found by its name, and that it cost less than
   * {@link #MAX_MILLIS} and {@link #MAX_ALLOCATED}, printing the figures.
   */
  static Document assertUploadIsCheap(Folios folios, Actor me, SpaceId mine, String name,
      byte[] content) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = allocatedByEveryThread(threads);
    long start = System.nanoTime();

    Document document = folios.spaces().upload(me, mine, null, name,
        new ByteArrayInputStream(content));

    long millis = (System.nanoTime() - start) / 1_000_000;
    long allocated = allocatedByEveryThread(threads) - allocatedBefore;
    System.out.printf("hostile file %-20s %,12d bytes (%s): %,6d ms, %,14d bytes allocated%n",
        name, content.length, document.mediaType(), millis, allocated);
    String baseName = name.substring(0, name.indexOf('.'));
    assertThat(folios.documentSearch().search(me, baseName, 10)).contains(document);
    assertThat(millis).as("milliseconds to upload %s", name).isLessThan(MAX_MILLIS);
    assertThat(allocated).as("bytes allocated to upload %s", name).isLessThan(MAX_ALLOCATED);
    return document;
  }

  /* Texts are read on threads of their own: what they allocate counts too. */
  private static long allocatedByEveryThread(ThreadMXBean threads) {
    long total = 0;
    for (long allocated : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      total += Math.max(0, allocated);
    }
    return total;
  }

  private Document assertUploadIsCheap(String name, byte[] content) {
    return assertUploadIsCheap(folios, me, mine, name, content);
  }

  /** {@return Folios reading text with Tika, for a host that accepts HTML} */
  static Folios folios(Persistence store) {
    return Folios.builder().persistence(store).blobs(InMemoryBlobStore.create())
        .deniedTypes(DeniedTypes.DEFAULT.without("text/html", "application/xhtml+xml"))
        .limits(SpaceKind.PERSONAL, new SpaceLimits(500 * MB, 300, 100, 50 * MB))
        .documentIndex(LuceneDocumentIndex.inMemory())
        .textExtractor(TikaTextExtractor.create()).build();
  }
}
