package fr.folios.storage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.space.DeniedTypes;
import fr.folios.core.spi.MagicNumberDetector;
import fr.folios.core.spi.TypeDetector;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class TikaTypeDetectorProperties {

  private final TypeDetector tika = TikaTypeDetector.create();

  @Property
  void renamingADocumentWithASignature_neverChangesItsType(@ForAll("signed") byte[] content,
      @ForAll("names") String name, @ForAll("names") String other) {
    assertThat(tika.detect(content, name)).isEqualTo(tika.detect(content, other));
  }

  @Property
  void whateverItsName_aProgramIsDeniedByBothDetectors(
      @ForAll("programs") byte[] content, @ForAll("names") String name) {
    assertThat(DeniedTypes.DEFAULT.denies(
        MagicNumberDetector.create().detect(content, name))).isTrue();

    assertThat(DeniedTypes.DEFAULT.denies(tika.detect(content, name)))
        .isTrue();
  }

  @Property
  void anyBytes_giveALowerCaseTypeWithoutParameters(@ForAll @Size(max = 200) byte[] content,
      @ForAll("names") String name) {
    assertThat(tika.detect(content, name)).matches("[a-z0-9.+-]+/[a-z0-9.+-]+");
  }

  @Provide
  Arbitrary<byte[]> signed() {
    return withTail(Arbitraries.of("255044462d312e370a", "89504e470d0a1a0a0000000d49484452",
        "ffd8ffe000104a464946", "474946383961"));
  }

  @Provide
  Arbitrary<byte[]> programs() {
    return withTail(Arbitraries.of("4d5a90000300000004000000", "7f454c46020101",
        "cffaedfe07000001", "cafebabe00000034"));
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> base = Arbitraries.strings().alpha().numeric().ofMinLength(1)
        .ofMaxLength(12);
    Arbitrary<String> extension = Arbitraries.of("pdf", "PDF", "txt", "exe", "bat", "html",
        "svg", "zip", "docx", "odt", "png", "jpg", "gif", "csv", "js", "", "tar.gz");
    return base.flatMap(b -> extension.map(e -> e.isEmpty() ? b : b + "." + e));
  }

  private static Arbitrary<byte[]> withTail(Arbitrary<String> signatures) {
    Arbitrary<byte[]> tails = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
    return signatures.flatMap(hex -> tails.map(tail -> {
      byte[] head = HexFormat.of().parseHex(hex);
      byte[] all = new byte[head.length + tail.length];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(tail, 0, all, head.length, tail.length);
      return all;
    }));
  }
}
