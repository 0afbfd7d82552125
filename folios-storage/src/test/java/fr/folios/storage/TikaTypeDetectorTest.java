package fr.folios.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.Folios;
import fr.folios.core.InvalidInputException;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.Uai;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.space.Document;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceUsage;
import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.TypeDetector;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaTypeDetectorTest {

  private final TypeDetector detector = TikaTypeDetector.create();

  @TempDir
  Path blobs;

  @Test
  void detect_tellsARealProgramNamedPdfAsAProgram() throws IOException {
    byte[] java = head(Path.of(System.getProperty("java.home"), "bin", "java"));

    assertThat(detector.detect(java, "devoir.pdf"))
        .isIn("application/x-executable", "application/x-elf", "application/x-sharedlib",
            "application/x-msdownload", "application/x-dosexec",
            "application/x-mach-o-executable");
  }

  @Test
  void detect_tellsWindowsProgramsWhateverTheName() {
    byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

    assertThat(detector.detect(program, "devoir.pdf")).isEqualTo("application/x-msdownload");
    assertThat(detector.detect(program, "setup.exe")).isEqualTo("application/x-dosexec");
  }

  @Test
  void detect_tellsHtmlSvgAndScriptsNamedTxt() {
    assertThat(detector.detect(utf8("<html><body onload='x()'>"), "exposé.txt"))
        .isEqualTo("text/html");
    assertThat(detector.detect(utf8("<svg xmlns='http://www.w3.org/2000/svg'/>"), "a.txt"))
        .isEqualTo("image/svg+xml");
    assertThat(detector.detect(utf8("#!/bin/sh\nrm -rf ~\n"), "a.txt"))
        .isEqualTo("application/x-sh");
    assertThat(detector.detect(utf8("@echo off\r\ndel /q *\r\n"), "a.txt"))
        .isEqualTo("application/x-bat");
  }

  @Test
  void detect_narrowsByTheNameOnlyWithinWhatTheBytesShow() throws IOException {
    byte[] archive = zip("word/document.xml");

    assertThat(detector.detect(archive, "rapport.docx"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(detector.detect(archive, "rapport.pdf")).isEqualTo("application/zip");
    assertThat(detector.detect(utf8("nom;note\n"), "notes.csv")).isEqualTo("text/csv");
  }

  @Test
  void detect_neverTakesTheTypeFromTheNameAlone() {
    assertThat(detector.detect(new byte[] {0, 1, 2, 3}, "stage.pdf"))
        .isEqualTo(TypeDetector.UNKNOWN);
    assertThat(detector.detect(new byte[0], "stage.pdf")).isEqualTo(TypeDetector.UNKNOWN);
  }

  @Test
  void detect_tellsRealImagesWhateverTheirName() throws IOException {
    assertThat(detector.detect(image("png"), "photo.jpg")).isEqualTo("image/png");
    assertThat(detector.detect(image("jpg"), "photo.png")).isEqualTo("image/jpeg");
    assertThat(detector.detect(utf8("%PDF-1.7\n"), "stage.txt")).isEqualTo("application/pdf");
  }

  @Test
  void typeOfName_fallsBackOnWindowsExtensionsTikaDoesNotKnow() {
    assertThat(detector.typeOfName("setup.exe")).isEqualTo("application/x-dosexec");
    assertThat(detector.typeOfName("lanceur.ps1")).isEqualTo("text/x-powershell");
    assertThat(detector.typeOfName("raccourci.lnk")).isEqualTo("application/x-ms-shortcut");
    assertThat(detector.typeOfName("sans extension")).isEqualTo(TypeDetector.UNKNOWN);
  }

  @Test
  void upload_withTika_refusesALyingExtensionAndRecordsTheDetectedType() throws IOException {
    Persistence store = InMemoryPersistence.create();
    Actor teacher = teacherIn(store);
    Folios folios = Folios.builder().persistence(store)
        .blobs(FileSystemBlobStore.open(blobs)).typeDetector(detector).build();
    Space mine = folios.spaces().personalSpace(teacher);
    byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

    Document image = folios.spaces().upload(teacher, mine.id(), null, "photo.pdf",
        new ByteArrayInputStream(image("png")));

    assertThat(image.mediaType()).isEqualTo("image/png");
    assertThatThrownBy(() -> folios.spaces().upload(teacher, mine.id(), null, "devoir.pdf",
        new ByteArrayInputStream(program)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("file 'devoir.pdf' holds application/x-msdownload");
    assertThatThrownBy(() -> folios.spaces().upload(teacher, mine.id(), null, "exposé.txt",
        new ByteArrayInputStream(utf8("<html><script>x()</script></html>"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("file 'exposé.txt' holds text/html");
    assertThat(folios.spaces().documents(teacher, mine.id(), null)).containsExactly(image);
    assertThat(folios.spaces().space(teacher, mine.id()).usage())
        .isEqualTo(new SpaceUsage(image.size(), 1, 0));
    assertThat(blobFiles()).isEqualTo(1);
  }

  private long blobFiles() throws IOException {
    try (var files = Files.walk(blobs)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static Actor teacherIn(Persistence store) {
    Establishment college = new Establishment(EstablishmentId.random(), Uai.parse("0350057X"),
        "Collège Anne de Bretagne", EstablishmentType.COLLEGE, null, null);
    Person teacher = new Person(PersonId.random(), null, Profile.EDUCATIONAL_STAFF, "Léa",
        "Morel", null, Set.of(college.id()), false, Set.of(), null);
    store.directory().saveEstablishment(college);
    store.directory().savePerson(teacher);
    return Actor.of(teacher.id());
  }

  private static byte[] image(String format) throws IOException {
    BufferedImage picture = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture, format, out);
    return out.toByteArray();
  }

  private static byte[] zip(String entry) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(utf8("<w:document/>"));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(TypeDetector.HEAD_BYTES);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
