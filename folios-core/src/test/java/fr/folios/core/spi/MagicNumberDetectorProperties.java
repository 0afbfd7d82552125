package fr.folios.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class MagicNumberDetectorProperties {

  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9.+-]+/[a-z0-9.+-]+");

  private final TypeDetector detector = MagicNumberDetector.create();

  @Property
  void renamingAFileWithASignature_neverChangesItsType(@ForAll("signed") byte[] content,
      @ForAll("names") String name, @ForAll("names") String other) {
    assertThat(detector.detect(content, name)).isEqualTo(detector.detect(content, other));
  }

  @Property
  void bytesThatAreNeitherTextNorSigned_areUnknownWhateverTheName(
      @ForAll @Size(max = 64) byte[] tail, @ForAll("names") String name) {
    byte[] content = new byte[tail.length + 2];
    content[0] = 0x01;
    content[1] = 0x00;
    System.arraycopy(tail, 0, content, 2, tail.length);

    assertThat(detector.detect(content, name)).isEqualTo(TypeDetector.UNKNOWN);
  }

  @Property
  void anyBytesAndName_giveALowerCaseTypeWithoutParameters(
      @ForAll @Size(max = 200) byte[] content, @ForAll String name) {
    assertThat(detector.detect(content, name)).matches(MEDIA_TYPE);
    assertThat(detector.typeOfName(name)).matches(MEDIA_TYPE);
  }

  @Provide
  Arbitrary<byte[]> signed() {
    Arbitrary<String> signature = Arbitraries.of("255044462d", "89504e470d0a1a0a", "ffd8ffe0",
        "474946383961", "4d5a9000", "7f454c46", "cafebabe", "52494646000000005745425000");
    Arbitrary<byte[]> rest = Arbitraries.bytes().array(byte[].class).ofMaxSize(100);
    return signature.flatMap(hex -> rest.map(tail -> concat(HexFormat.of().parseHex(hex), tail)));
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> base = Arbitraries.strings().alpha().numeric().ofMinLength(1)
        .ofMaxLength(12);
    Arbitrary<String> extension = Arbitraries.of("pdf", "PDF", "txt", "exe", "bat", "html",
        "svg", "zip", "docx", "odt", "png", "jpg", "gif", "csv", "js", "", "tar.gz");
    return base.flatMap(b -> extension.map(e -> e.isEmpty() ? b : b + "." + e));
  }

  private static byte[] concat(byte[] head, byte[] tail) {
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
