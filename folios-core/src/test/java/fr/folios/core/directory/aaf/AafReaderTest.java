package fr.folios.core.directory.aaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import fr.folios.core.internal.GeneratedXml;
import fr.folios.core.internal.XmlCursor;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AafReaderTest {

  private static final String PUPILS = "FULL_FOLIOSTEST_Complet_20240902_Eleve_0000.xml";
  private static final String DELTA = "DELTA_FOLIOSTEST_20240915_Eleve_0000.xml";

  private static InputStream resource(String name) {
    InputStream in = AafReaderTest.class.getResourceAsStream("/aaf/" + name);
    assertThat(in).as("test resource /aaf/%s", name).isNotNull();
    return in;
  }

  private static List<AafRecord> read(String name) {
    List<AafRecord> records = new ArrayList<>();
    try (InputStream in = resource(name)) {
      AafReader.read(in, name.substring(name.lastIndexOf('/') + 1), records::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private static List<AafRecord> read(String fileName, String xml) {
    List<AafRecord> records = new ArrayList<>();
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    AafReader.read(new ByteArrayInputStream(bytes), fileName, records::add);
    return records;
  }

  private static final int LIMIT = XmlCursor.MAX_MARKUP_BYTES;

  private static final String FIRST = "<ficAlimMENESR>\n"
      + request("1", "<attr name=\"sn\"><value>UN</value></attr>");

  private static final String SECOND = "<addRequest><operationalAttributes><attr"
      + " name=\"categoriePersonne\"><value>Eleve</value></attr></operationalAttributes>"
      + "<identifier><id>2</id></identifier><attributes>";

  private static final String END = "</attributes></addRequest>\n</ficAlimMENESR>";

  /**
   * An AAF file of two records with one piece of markup of a chosen size, written as a run of
   * one character between {@code open} and {@code close}, where the reader does not keep it.
   */
  record Markup(String kind, String before, String open, char fill, String close,
      String after) {

    GeneratedXml sized(long bytes) {
      return GeneratedXml.filled(before + open, fill, bytes - open.length() - close.length(),
          close + after);
    }

    @Override
    public String toString() {
      return kind;
    }
  }

  static Stream<Markup> markupInAafFiles() {
    return Stream.of(
        new Markup("a comment", FIRST, "<!--", 'x', "-->", SECOND + END),
        new Markup("a processing instruction", FIRST, "<?folios ", 'x', "?>", SECOND + END),
        new Markup("a CDATA section", FIRST + SECOND + "<attr name=\"sn\"><note>",
            "<![CDATA[", 'x', "]]>", "</note><value>DEUX</value></attr>" + END),
        new Markup("a start tag with its attributes", FIRST + SECOND, "<attr name=\"sn\" note=\"",
            '>', "\">", "<value>DEUX</value></attr>" + END),
        new Markup("a document type declaration", "", "<!DOCTYPE ficAlimMENESR SYSTEM \"", 'x',
            "\">", FIRST + SECOND + END));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markupInAafFiles")
  void read_readsRecordsAroundMarkupOfExactlyTheLimit(Markup markup) {
    List<AafRecord> records = new ArrayList<>();

    AafReader.read(markup.sized(LIMIT), "big.xml", records::add);

    assertThat(records).extracting(AafRecord::identifier).containsExactly("1", "2");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markupInAafFiles")
  void read_refusesMarkupOneByteOverTheLimit_namingFileOffsetKindAndLimit(Markup markup) {
    GeneratedXml in = markup.sized(LIMIT + 1);

    assertThatThrownBy(() -> AafReader.read(in, "big.xml", record -> { }))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("file 'big.xml', byte offset " + markup.before().length() + ": "
            + markup.kind() + " longer than 1048576 bytes; Folios refuses markup this large:"
            + " remove it or ask for a new export");
    assertThat(in.served()).isLessThan(LIMIT + 64 * 1024);
  }

  @Test
  void read_refusesAStartTagOfManyAttributesOverTheLimit() {
    String value = "v".repeat(5988);
    long count = LIMIT / 6000 + 1;
    GeneratedXml in = GeneratedXml.repeated(StandardCharsets.UTF_8, FIRST + SECOND
        + "<attr name=\"sn\"", count, i -> String.format(" a%07d=\"%s\"", i, value),
        "><value>DEUX</value></attr>" + END);
    List<AafRecord> records = new ArrayList<>();

    assertThatThrownBy(() -> AafReader.read(in, "big.xml", records::add))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(": a start tag with its attributes longer than 1048576 bytes;");
    assertThat(records).extracting(AafRecord::identifier).containsExactly("1");
  }

  @Test
  void read_refusesA50MegabyteCommentHoldingLittleMemory() {
    GeneratedXml in = GeneratedXml.filled(FIRST + "<!--", 'x', 50_000_000, "-->" + END);
    List<AafRecord> records = new ArrayList<>();
    long allocated = allocatedByThisThread();

    assertThatThrownBy(() -> AafReader.read(in, "big.xml", records::add))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a comment longer than 1048576 bytes");

    assertThat(records).extracting(AafRecord::identifier).containsExactly("1");
    assertThat(in.served()).isLessThan(LIMIT + 64 * 1024);
    assertThat(allocatedByThisThread() - allocated).as("bytes allocated; the JDK's parser alone"
        + " allocates some 270 MB for this comment").isLessThan(64L << 20);
  }

  @Test
  void read_readsAUtf16FileAsItsUtf8Original() throws IOException {
    String text;
    try (InputStream in = resource(PUPILS)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    byte[] bigEndian = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
    byte[] littleEndian = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + text)
        .getBytes(StandardCharsets.UTF_16LE);
    List<AafRecord> fromBigEndian = new ArrayList<>();
    List<AafRecord> fromLittleEndian = new ArrayList<>();

    AafReader.read(new ByteArrayInputStream(bigEndian), PUPILS, fromBigEndian::add);
    AafReader.read(new ByteArrayInputStream(littleEndian), PUPILS, fromLittleEndian::add);

    assertThat(fromBigEndian).isEqualTo(read(PUPILS)).isEqualTo(fromLittleEndian);
  }

  /** Returns the bytes this thread allocated so far, as HotSpot counts them. */
  private static long allocatedByThisThread() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  private static String request(String id, String attributes) {
    return "<addRequest><operationalAttributes><attr name=\"categoriePersonne\"><value>Eleve"
        + "</value></attr></operationalAttributes><identifier><id>" + id + "</id></identifier>"
        + "<attributes>" + attributes + "</attributes></addRequest>\n";
  }

  @Test
  void read_pupilsFile_givesEachRecordInOrderWithPositionAndLine() {
    List<AafRecord> records = read(PUPILS);

    assertThat(records).extracting(AafRecord::identifier)
        .containsExactly("9100001", "9100002", "9100003");
    assertThat(records).extracting(AafRecord::position).containsExactly(1, 2, 3);
    assertThat(records).extracting(AafRecord::lineNumber).containsExactly(5, 26, 41);
    assertThat(records).allSatisfy(record -> {
      assertThat(record.category()).isEqualTo(AafCategory.ELEVE);
      assertThat(record.operation()).isEqualTo(AafOperation.ADD);
      assertThat(record.fileName()).isEqualTo(PUPILS);
    });
  }

  @Test
  void read_pupilsFile_keepsMultipleValuesAndDropsEmptyOnes() {
    AafRecord lea = read(PUPILS).get(0);

    assertThat(lea.values("ENTPersonAutresPrenoms")).containsExactly("Zoé", "Anaïs");
    assertThat(lea.attributes()).containsKey("ENTElevePersRelEleve1");
    assertThat(lea.values("ENTElevePersRelEleve1")).isEmpty();
    assertThat(lea.attributes().keySet()).startsWith("ENTPersonJointure",
        "ENTPersonDateNaissance", "sn", "givenName");
  }

  @Test
  void read_pupilsFile_splitsCompositeValues() {
    AafRecord lea = read(PUPILS).get(0);

    assertThat(lea.composites("ENTElevePersRelEleve")).containsExactly(
        List.of("9300001", "1", "1", "1", "1", "0"), List.of("9300002", "2", "0", "1", "1", "0"));
    assertThat(lea.composites("ENTEleveGroupes"))
        .containsExactly(List.of("90001", "3-LATIN"), List.of("90001", ""));
  }

  @Test
  void read_pupilsFile_decodesEntitiesCharacterReferencesAndCdata() {
    List<AafRecord> records = read(PUPILS);

    assertThat(records.get(1).first("sn")).contains("N'DIAYE");
    assertThat(records.get(1).values("ENTEleveEnseignements"))
        .containsExactly("FRANCAIS  HIST.-GEO. & EDUCATION CIVIQUE", "MATHS SCIENCES");
    assertThat(records.get(2).first("sn")).contains("ÉTIENNE");
    assertThat(records.get(2).first("givenName")).contains("Chloé");
  }

  @Test
  void read_trimsTheIdentifierButNotTheValues() {
    AafRecord chloe = read(PUPILS).get(2);

    assertThat(chloe.identifier()).isEqualTo("9100003");
    assertThat(read(PUPILS).get(1).first("ENTEleveEnseignements"))
        .hasValueSatisfying(value -> assertThat(value).contains("  "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      PUPILS,
      "FULL_FOLIOSTEST_Complet_20240902_PersEducNat_0000.xml",
      "clean-FULL_FOLIOSTEST_Complet_20240902_PersRelEleve_0000.xml",
      "FULL_FOLIOSTEST_Complet_20240902_EtabEducNat_0000.xml",
      "FULL_FOLIOSTEST_Complet_20240902_MatiereEducNat_0000.xml",
      "FULL_FOLIOSTEST_Complet_20240902_MefEducNat_0000.xml",
      DELTA
  })
  void read_eachCategoryFile_recordsNameTheCategoryOfTheFileName(String fileName) {
    List<AafRecord> records = read(fileName);

    assertThat(records).isNotEmpty().allSatisfy(record -> assertThat(record.category())
        .isEqualTo(AafCategory.fromFileName(fileName).orElseThrow()));
  }

  @Test
  void read_staffFile_keepsFunctionsAndMainTeacherClasses() {
    List<AafRecord> staff = read("FULL_FOLIOSTEST_Complet_20240902_PersEducNat_0000.xml");

    assertThat(staff.get(0).composites("ENTPersonFonctions")).containsExactly(
        List.of("90001", "ENS", "ENSEIGNEMENT", "L0202", "LETTRES MODERNES"),
        List.of("90001", "DOC", "DOCUMENTATION", "", ""));
    assertThat(staff.get(0).composites("ENTAuxEnsClassesPrincipal"))
        .containsExactly(List.of("90001", "3A"));
    assertThat(staff.get(1).composites("ENTPersonFonctions").get(0).get(1)).isEqualTo("ORI");
    assertThat(staff.get(1).values("ENTAuxEnsClassesPrincipal")).isEmpty();
  }

  @Test
  void read_fileWithCrlfLineEnds_countsLinesAndKeepsValuesClean() {
    List<AafRecord> relatives = read(
        "clean-FULL_FOLIOSTEST_Complet_20240902_PersRelEleve_0000.xml");

    assertThat(relatives).extracting(AafRecord::lineNumber).containsExactly(5, 16);
    assertThat(relatives.get(1).first("givenName")).contains("Julien");
  }

  @Test
  void read_subjectsFile_mapsTheShortCodeMatEducNat() {
    List<AafRecord> subjects = read("FULL_FOLIOSTEST_Complet_20240902_MatiereEducNat_0000.xml");

    assertThat(subjects).extracting(AafRecord::categoryCode).containsOnly("MatEducNat");
    assertThat(subjects).extracting(AafRecord::category)
        .containsOnly(AafCategory.MATIERE_EDUC_NAT);
    assertThat(subjects.get(2).first("ENTLibelleMatiere"))
        .contains("EDUCATION PHYSIQUE & SPORTIVE");
  }

  @Test
  void read_delta_givesEachOperation() {
    List<AafRecord> records = read(DELTA);

    assertThat(records).extracting(AafRecord::operation).containsExactly(AafOperation.ADD,
        AafOperation.MODIFY, AafOperation.MODIFY, AafOperation.DELETE);
    assertThat(records.get(3).identifier()).isEqualTo("9100003");
    assertThat(records.get(3).attributes()).isEmpty();
  }

  @Test
  void read_deltaModifications_giveValuesAndAnOperationPerAttribute() {
    AafRecord change = read(DELTA).get(1);

    assertThat(change.values("ENTEleveClasses")).containsExactly("90001$3B");
    assertThat(change.operationOf("ENTEleveClasses")).isEqualTo(AafAttributeOperation.REPLACE);
    assertThat(change.operationOf("ENTEleveGroupes")).isEqualTo(AafAttributeOperation.ADD);
    assertThat(change.operationOf("ENTPersonAutresPrenoms"))
        .isEqualTo(AafAttributeOperation.DELETE);
    assertThat(change.attributes()).containsKey("ENTEleveParents");
    assertThat(change.values("ENTEleveParents")).isEmpty();
  }

  @Test
  void read_deltaModifyWithAttributes_replacesEachAttribute() {
    AafRecord change = read(DELTA).get(2);

    assertThat(change.attributeOperations()).isEmpty();
    assertThat(change.operationOf("ENTEleveClasses")).isEqualTo(AafAttributeOperation.REPLACE);
    assertThat(change.values("ENTEleveClasses")).containsExactly("90001$3B");
  }

  @Test
  void read_honoursAnIso88591Declaration() {
    AafRecord teacher = read("latin1_PersEducNat_0000.xml").get(0);

    assertThat(teacher.first("sn")).contains("NOËL");
    assertThat(teacher.values("givenName")).containsExactly("Françoise", "Hélène");
  }

  @Test
  void read_honoursAnIso885915Declaration() {
    AafRecord head = read("latin9_PersEducNat_0000.xml").get(0);

    assertThat(head.first("sn")).contains("CŒUR");
    assertThat(head.first("givenName")).contains("Léonore");
    assertThat(head.composites("ENTPersonFonctions").get(0).get(4))
        .isEqualTo("Œuvres sociales 5 €");
  }

  @Test
  void read_unknownOrMissingCategory_givesNullCategoryAndKeepsTheCode() {
    List<AafRecord> records = read("unknown-category.xml");

    assertThat(records.get(0).category()).isNull();
    assertThat(records.get(0).categoryCode()).isEqualTo("PersCollectivite");
    assertThat(records.get(1).category()).isNull();
    assertThat(records.get(1).categoryCode()).isNull();
  }

  @Test
  void read_refusesAnExternalEntityNamingFileLineAndColumn() {
    assertThatThrownBy(() -> read("hostile/external-entity.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'external-entity.xml', line 4, column ")
        .hasMessageContaining("internal subset");
  }

  @Test
  @Timeout(20)
  void read_refusesAnEntityExpansionBombQuickly() {
    assertThatThrownBy(() -> read("hostile/billion-laughs.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("billion-laughs.xml")
        .hasMessageContaining("internal subset");
  }

  @Test
  void read_refusesAParameterEntity() {
    assertThatThrownBy(() -> read("hostile/parameter-entity.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("internal subset");
  }

  @Test
  void read_refusesAnUndeclaredEntityReference() {
    assertThatThrownBy(() -> read("hostile/undeclared-entity.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'undeclared-entity.xml', line 6, column ")
        .hasMessageContaining("'&nbsp;'");
  }

  @Test
  void read_refusesMalformedXmlNamingFileLineColumnAndReason() {
    assertThatThrownBy(() -> read("hostile/malformed.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'malformed.xml', line 11, column ")
        .hasMessageContaining("malformed XML (")
        .hasMessageContaining("\"value\"");
  }

  @Test
  void read_handsOutTheRecordsBeforeAFault() {
    List<AafRecord> records = new ArrayList<>();

    assertThatThrownBy(() -> AafReader.read(resource("hostile/malformed.xml"), "malformed.xml",
        records::add)).isInstanceOf(InvalidInputException.class);
    assertThat(records).extracting(AafRecord::identifier).containsExactly("1");
  }

  @Test
  void read_refusesBytesThatBreakTheDeclaredEncoding() {
    assertThatThrownBy(() -> read("hostile/wrong-encoding.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'wrong-encoding.xml', line 8, column ")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void read_refusesAnUnknownEncoding() {
    assertThatThrownBy(() -> read("hostile/unknown-encoding.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'unknown-encoding.xml', line 1")
        .hasMessageContaining("X-FOLIOS-9");
  }

  @Test
  void read_refusesAnotherKindOfXml() {
    assertThatThrownBy(() -> read("hostile/not-aaf.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("root element is 'RDF', not 'ficAlimMENESR'");
  }

  @Test
  void read_refusesAnUnknownRequest() {
    assertThatThrownBy(() -> read("hostile/unknown-request.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'unknown-request.xml', line 8, column ")
        .hasMessageContaining("'renameRequest'");
  }

  @Test
  void read_refusesARecordWithoutIdentifier() {
    assertThatThrownBy(() -> read("hostile/no-identifier.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("record 1 (line 3) has no <identifier><id>");
  }

  @Test
  void read_refusesAModificationWithAnUnknownOperation() {
    String xml = "<ficAlimMENESR><modifyRequest><identifier><id>1</id></identifier>"
        + "<modifications><modification name=\"sn\" operation=\"rename\"><value>X</value>"
        + "</modification></modifications></modifyRequest></ficAlimMENESR>";

    assertThatThrownBy(() -> read("delta.xml", xml)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("operation 'rename': use replace, add or delete");
  }

  @Test
  void read_refusesAnAttributeWithoutName() {
    String xml = "<ficAlimMENESR>" + request("1", "<attr><value>X</value></attr>")
        + "</ficAlimMENESR>";

    assertThatThrownBy(() -> read("f.xml", xml)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("record 1 has an <attr> without a name");
  }

  @Test
  void read_refusesNestingDeeperThanTheLimit() {
    String xml = "<ficAlimMENESR><addRequest>" + "<a>".repeat(AafReader.MAX_DEPTH)
        + "</a>".repeat(AafReader.MAX_DEPTH) + "</addRequest></ficAlimMENESR>";

    assertThatThrownBy(() -> read("deep.xml", xml)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the limit is " + AafReader.MAX_DEPTH);
  }

  @Test
  void read_refusesARecordLargerThanTheLimit() {
    String huge = "x".repeat(AafReader.MAX_RECORD_CHARACTERS + 1);
    String xml = "<ficAlimMENESR>" + request("1", "<attr name=\"sn\"><value>" + huge
        + "</value></attr>") + "</ficAlimMENESR>";

    assertThatThrownBy(() -> read("big.xml", xml)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("record 1 (line 1) holds more than 1048576 characters");
  }

  @Test
  void read_acceptsTheRealDoctypeWithoutOpeningTheDtd(@TempDir Path dir) throws IOException {
    Path dtd = dir.resolve("ficAlimMENESR.dtd");
    Files.writeString(dtd, "this is not a DTD <!ELEMENT");
    String xml = "<!DOCTYPE ficAlimMENESR SYSTEM \"" + dtd.toUri() + "\">\n<ficAlimMENESR>"
        + request("1", "<attr name=\"sn\"><value>MOREL</value></attr>") + "</ficAlimMENESR>";

    assertThat(read("f.xml", xml)).extracting(AafRecord::identifier).containsExactly("1");
  }

  @Test
  @Timeout(20)
  void read_neverConnectsToTheDtdAddress() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/ficAlimMENESR.dtd";
      String xml = "<!DOCTYPE ficAlimMENESR SYSTEM \"" + url + "\">\n<ficAlimMENESR>"
          + request("1", "<attr name=\"sn\"><value>MOREL</value></attr>") + "</ficAlimMENESR>";

      assertThat(read("f.xml", xml)).hasSize(1);
      assertThat(connected(server)).as("a connection to the DTD's address").isFalse();
    }
  }

  private static boolean connected(ServerSocket server) throws IOException {
    server.setSoTimeout(200);
    try (Socket socket = server.accept()) {
      return socket.isConnected();
    } catch (SocketTimeoutException expected) {
      return false;
    }
  }

  @Test
  void open_iteratesAndLeavesTheStreamOpen() throws IOException {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new FilterInputStream(resource(DELTA)) {
      @Override
      public void close() throws IOException {
        closed.set(true);
        super.close();
      }
    };

    try (AafReader reader = AafReader.open(in, DELTA)) {
      assertThat(reader.hasNext()).isTrue();
      assertThat(reader.hasNext()).isTrue();
      assertThat(reader.next().identifier()).isEqualTo("9100004");
      reader.next();
      reader.next();
      assertThat(reader.next().operation()).isEqualTo(AafOperation.DELETE);
      assertThat(reader.hasNext()).isFalse();
      assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class)
          .hasMessageContaining("no more records after 4");
    }
    assertThat(closed).isFalse();
    in.close();
  }

  @Test
  void open_holdsNoMoreRecordsAfterAFault() {
    try (AafReader reader = AafReader.open(resource("hostile/malformed.xml"), "malformed.xml")) {
      assertThat(reader.next().identifier()).isEqualTo("1");
      assertThatThrownBy(reader::hasNext).isInstanceOf(InvalidInputException.class);
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void open_refusesAnotherKindOfXmlAtOnce() {
    assertThatThrownBy(() -> AafReader.open(resource("hostile/not-aaf.xml"), "not-aaf.xml"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void read_path_keepsTheFileName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(DELTA);
    try (InputStream in = resource(DELTA)) {
      Files.copy(in, file);
    }
    List<AafRecord> records = new ArrayList<>();

    AafReader.read(file, records::add);

    assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r.fileName()).isEqualTo(DELTA));
  }

  @Test
  void read_failingStream_throwsUncheckedIoException() {
    InputStream failing = new InputStream() {
      private int served;

      @Override
      public int read() throws IOException {
        if (served < "<ficAlimMENESR>".length()) {
          return "<ficAlimMENESR>".charAt(served++);
        }
        throw new IOException("disk unplugged");
      }
    };

    assertThatThrownBy(() -> AafReader.read(failing, "f.xml", record -> { }))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk unplugged");
  }

  @Test
  void read_streamsManyRecordsOneAtATime() {
    int count = 20_000;
    Enumeration<InputStream> parts = new Enumeration<>() {
      private int made = -1;

      @Override
      public boolean hasMoreElements() {
        return made <= count;
      }

      @Override
      public InputStream nextElement() {
        made++;
        String text = made == 0 ? "<ficAlimMENESR>\n" : made > count ? "</ficAlimMENESR>"
            : request(String.valueOf(made), "<attr name=\"sn\"><value>N" + made
                + "</value></attr>");
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
      }
    };
    int[] seen = {0};

    AafReader.read(new SequenceInputStream(parts), "many.xml",
        record -> assertThat(record.position()).isEqualTo(++seen[0]));

    assertThat(seen[0]).isEqualTo(count);
  }
}
