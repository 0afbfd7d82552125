package fr.folios.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.BlobStoreContract;
import fr.folios.core.spi.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class InMemoryBlobStoreTest extends BlobStoreContract {

  @Override
  protected BlobStore newStore() {
    return InMemoryBlobStore.create();
  }

  @Test
  void open_streamStaysReadableAfterDelete() throws IOException {
    InMemoryBlobStore store = InMemoryBlobStore.create();
    byte[] content = randomBytes(1_000, 42);
    StoredBlob stored = store.put(new ByteArrayInputStream(content), 1_000);

    try (InputStream in = store.open(stored.key())) {
      store.delete(stored.key());

      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void put_keepsOwnCopy_whenCallerChangesItsArray() throws IOException {
    InMemoryBlobStore store = InMemoryBlobStore.create();
    byte[] content = randomBytes(100, 43);
    byte[] original = content.clone();
    StoredBlob stored = store.put(new ByteArrayInputStream(content), 100);

    content[0]++;

    try (InputStream in = store.open(stored.key())) {
      assertThat(in.readAllBytes()).isEqualTo(original);
    }
  }

  @Test
  void toString_countsBlobs() throws IOException {
    InMemoryBlobStore store = InMemoryBlobStore.create();
    store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);

    assertThat(store).hasToString("InMemoryBlobStore[blobs=1]");
  }
}
