package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.space.DeniedTypes;
import fr.folios.core.space.Document;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceUsage;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.ContentScanner;
import fr.folios.core.spi.ScanVerdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How {@link Spaces} tells, denies and scans the content of new documents. */
class SpacesContentTest {

  private static final byte[] PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
  private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
  private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST";

  private final School school = new School();

  @Test
  void upload_refusesAProgramNamedPdfLeavingNoBytesNoRecordNoUsage() throws Exception {
    Space mine = school.folios.spaces().personalSpace(as(school.teacher));

    assertThatThrownBy(() -> upload(school.folios, mine, "devoir.pdf", PROGRAM))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("file 'devoir.pdf' holds application/x-msdownload")
        .hasMessageContaining("nothing was stored: send it as PDF");
    assertNothingStored(mine, PROGRAM);
  }

  @Test
  void upload_refusesHtmlNamedTxt() throws Exception {
    Space mine = school.folios.spaces().personalSpace(as(school.teacher));
    byte[] page = "<!DOCTYPE html><script>fetch('/x')</script>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> upload(school.folios, mine, "exposé.txt", page))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'exposé.txt' holds text/html");
    assertNothingStored(mine, page);
  }

  @Test
  void upload_refusesAHarmlessFileWhoseNameClaimsAProgram() throws Exception {
    Space mine = school.folios.spaces().personalSpace(as(school.teacher));

    assertThatThrownBy(() -> upload(school.folios, mine, "stage.exe", PDF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'stage.exe' is named as application/x-msdownload");
    assertNothingStored(mine, PDF);
  }

  @Test
  void createDocument_refusesANameThatClaimsAScript() {
    Space mine = school.folios.spaces().personalSpace(as(school.teacher));

    assertThatThrownBy(() -> school.folios.spaces().createDocument(as(school.teacher),
        mine.id(), null, "menu.bat", "del /q *"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'menu.bat' is named as application/x-bat");
    assertThat(school.folios.spaces().documents(as(school.teacher), mine.id(), null)).isEmpty();
  }

  @Test
  void deniedTypes_fromTheBuilderReplaceTheDefault() {
    Folios web = builder().deniedTypes(DeniedTypes.DEFAULT.without("text/html")
        .with("application/pdf")).build();
    Space mine = web.spaces().personalSpace(as(school.teacher));

    Document page = upload(web, mine, "page.html", "<html>Bonjour</html>".getBytes(
        StandardCharsets.UTF_8));

    assertThat(page.mediaType()).isEqualTo("text/html");
    assertThatThrownBy(() -> upload(web, mine, "stage.pdf", PDF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("holds application/pdf");
  }

  @Test
  void deniedUpload_ofBytesADocumentAlreadyHolds_keepsThoseBytes() throws Exception {
    byte[] page = "<html>Bonjour</html>".getBytes(StandardCharsets.UTF_8);
    Folios open = builder().deniedTypes(DeniedTypes.NONE).build();
    Space mine = open.spaces().personalSpace(as(school.teacher));
    Document kept = upload(open, mine, "page.html", page);

    assertThatThrownBy(() -> upload(school.folios, mine, "copie.html", page))
        .isInstanceOf(InvalidInputException.class);

    assertThat(school.blobs.exists(kept.blob())).isTrue();
    assertThat(school.folios.spaces().documents(as(school.teacher), mine.id(), null))
        .containsExactly(kept);
  }

  @Test
  void scanner_readsTheStoredBytesBeforeTheDocumentIsListed() {
    List<String> seen = new ArrayList<>();
    Space[] mine = new Space[1];
    Folios scanned = builder().scanner((content, name, type) -> {
      seen.add(name + " " + type + " " + new String(content.readAllBytes(),
          StandardCharsets.ISO_8859_1).length() + " bytes, listed: " + school.folios.spaces()
          .documents(as(school.teacher), mine[0].id(), null).size());
      return ScanVerdict.clean();
    }).build();
    mine[0] = scanned.spaces().personalSpace(as(school.teacher));

    Document stage = upload(scanned, mine[0], "stage.pdf", PDF);

    assertThat(seen).containsExactly("stage.pdf application/pdf " + PDF.length
        + " bytes, listed: 0");
    assertThat(stage.mediaType()).isEqualTo("application/pdf");
  }

  @Test
  void scanner_infectedRefusesNamingTheFileAndTheThreat() throws Exception {
    Folios scanned = builder().scanner((content, name, type) ->
        new String(content.readAllBytes(), StandardCharsets.ISO_8859_1).contains("EICAR")
            ? ScanVerdict.infected("Eicar-Test-Signature") : ScanVerdict.clean()).build();
    Space mine = scanned.spaces().personalSpace(as(school.teacher));
    byte[] eicar = EICAR.getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> upload(scanned, mine, "eicar.txt", eicar))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("file 'eicar.txt' was refused by the content scanner: infected"
            + " (Eicar-Test-Signature); nothing was stored");
    assertThatThrownBy(() -> scanned.spaces().createDocument(as(school.teacher), mine.id(),
        null, "eicar2.txt", EICAR))
        .hasMessageContaining("infected (Eicar-Test-Signature)");
    assertNothingStored(mine, eicar);
  }

  @Test
  void scanner_unavailableRefusesWithARetryMessageByDefault() throws Exception {
    Folios scanned = builder().scanner((content, name, type) ->
        ScanVerdict.unavailable("clamd on 127.0.0.1:3310 did not answer")).build();
    Space mine = scanned.spaces().personalSpace(as(school.teacher));

    assertThatThrownBy(() -> upload(scanned, mine, "stage.pdf", PDF))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("file 'stage.pdf' could not be scanned: the content scanner is"
            + " unavailable (clamd on 127.0.0.1:3310 did not answer); nothing was stored: try"
            + " again in a few minutes");
    assertNothingStored(mine, PDF);
  }

  @Test
  void scanner_thatThrowsCountsAsUnavailable() throws Exception {
    IOException down = new IOException("connection refused");
    Folios scanned = builder().scanner((content, name, type) -> {
      throw down;
    }).build();
    Space mine = scanned.spaces().personalSpace(as(school.teacher));

    assertThatThrownBy(() -> upload(scanned, mine, "stage.pdf", PDF))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("connection refused")
        .hasCause(down);
    assertNothingStored(mine, PDF);
  }

  @Test
  void scanner_unavailableIsAcceptedWhenTheHostChoseSo() {
    Folios lenient = builder().scanner((content, name, type) -> ScanVerdict.unavailable("down"),
        ContentScanner.Fallback.ACCEPT).build();
    Space mine = lenient.spaces().personalSpace(as(school.teacher));

    Document stage = upload(lenient, mine, "stage.pdf", PDF);

    assertThat(lenient.spaces().documents(as(school.teacher), mine.id(), null))
        .containsExactly(stage);
  }

  @Test
  void copy_ofAScannedDocumentIsNotScannedAgain() {
    AtomicInteger scans = new AtomicInteger();
    Folios scanned = builder().scanner((content, name, type) -> {
      scans.incrementAndGet();
      return ScanVerdict.clean();
    }).build();
    Space mine = scanned.spaces().personalSpace(as(school.teacher));
    Space classSpace = scanned.spaces().classSpace(as(school.teacher), school.classe.id());
    Document stage = upload(scanned, mine, "stage.pdf", PDF);

    Document copy = scanned.spaces().copy(as(school.teacher), stage.id(), classSpace.id(), null);

    assertThat(scans).hasValue(1);
    assertThat(copy.mediaType()).isEqualTo("application/pdf");
  }

  private Folios.Builder builder() {
    return Folios.builder().persistence(school.store).blobs(school.blobs).clock(school.clock);
  }

  private Document upload(Folios folios, Space space, String name, byte[] bytes) {
    return folios.spaces().upload(as(school.teacher), space.id(), null, name,
        new ByteArrayInputStream(bytes));
  }

  private void assertNothingStored(Space space, byte[] bytes) throws IOException {
    assertThat(school.blobs.exists(keyOf(bytes))).as("blob of the refused file").isFalse();
    assertThat(school.folios.spaces().documents(as(school.teacher), space.id(), null)).isEmpty();
    assertThat(school.folios.spaces().space(as(school.teacher), space.id()).usage())
        .isEqualTo(SpaceUsage.EMPTY);
  }

  private static BlobKey keyOf(byte[] bytes) {
    try {
      return new BlobKey(HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(bytes)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
