package fr.folios.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.space.DocumentId;
import fr.folios.core.space.SpaceId;
import fr.folios.core.spi.IndexedDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFilesTest {

  @Test
  void open_emptiesAnIndexWrittenWithAnotherLayout_andKeepsOneWrittenWithItsOwn(
      @TempDir Path folder) throws IOException {
    Path documents = folder.resolve("documents");
    try (LuceneDocumentIndex index = LuceneDocumentIndex.open(documents)) {
      index.index(List.of(new IndexedDocument(DocumentId.random(), new SpaceId("s"), "a.txt",
          "text/plain", "mot", false)));
    }

    try (IndexFiles older = IndexFiles.open(FSDirectory.open(documents), "older layout",
        new IndexFiles.Layout(new StandardAnalyzer(), Codec.getDefault(), new SearcherFactory(),
            "documents-0"))) {
      int held = older.read(searcher -> searcher.getIndexReader().numDocs());
      assertThat(held).isZero();
    }

    try (LuceneDocumentIndex index = LuceneDocumentIndex.open(documents)) {
      assertThat(index.size()).isZero();
      index.index(List.of(new IndexedDocument(DocumentId.random(), new SpaceId("s"), "b.txt",
          "text/plain", "mot", false)));
    }
    try (LuceneDocumentIndex index = LuceneDocumentIndex.open(documents)) {
      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void aCatalogueIndexWrittenBeforeItsLayoutWasNamed_isEmptiedOnOpen(@TempDir Path folder)
      throws IOException {
    Path catalogue = folder.resolve("index");
    try (IndexFiles unnamed = IndexFiles.open(FSDirectory.open(catalogue), "unnamed layout",
        new IndexFiles.Layout(new StandardAnalyzer(), Codec.getDefault(), new SearcherFactory(),
            "catalogue-1"))) {
      unnamed.write(lucene -> lucene.addDocument(new org.apache.lucene.document.Document()));
    }

    try (LuceneCatalogueIndex index = LuceneCatalogueIndex.open(catalogue)) {
      assertThat(index.size()).isZero();
    }
  }
}
