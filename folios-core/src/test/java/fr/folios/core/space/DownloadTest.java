package fr.folios.core.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DownloadTest {

  @Test
  void contentDisposition_offersAnAsciiFallbackAndTheExactNameInUtf8() {
    Download download = download("Résumé \"final\" 😀.pdf");

    assertThat(download.contentDisposition()).isEqualTo("attachment;"
        + " filename=\"R_sum_ _final_ _.pdf\";"
        + " filename*=UTF-8''R%C3%A9sum%C3%A9%20%22final%22%20%F0%9F%98%80.pdf");
  }

  @Test
  void contentDisposition_keepsASimpleNameAsItIs() {
    assertThat(download("cv-2025_v2.pdf").contentDisposition())
        .isEqualTo("attachment; filename=\"cv-2025_v2.pdf\"; filename*=UTF-8''cv-2025_v2.pdf");
  }

  private static Download download(String name) {
    return new Download(ItemName.of(name), "application/pdf", 3, 1, Instant.EPOCH,
        new ByteArrayInputStream(new byte[3]));
  }
}
