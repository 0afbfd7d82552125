package fr.folios.examples;

import fr.folios.core.Folios;
import fr.folios.core.ProgressListener;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.Space;
import fr.folios.examples.catalogue.CatalogueSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The README's embedding sample, whole: Folios in memory, a directory import, then a teacher
 * who files a document and shares it with a class.
 */
public final class FirstSteps {

  private FirstSteps() {
  }

  /**
   * Runs the sample.
   *
   * @param args {@code [AAF folder]}, by default the export carried in {@code examples/data}
   * @throws IOException if the AAF files cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path aaf = args.length > 0 ? Path.of(args[0])
        : CatalogueSources.dataDirectory().resolve("aaf/entcore-aaf-test");
    List<Path> aafFiles;
    try (Stream<Path> files = Files.list(aaf)) {
      aafFiles = files.filter(f -> f.toString().endsWith(".xml")).toList();
    }

    try (Folios folios = Folios.builder()
        .persistence(InMemoryPersistence.create())
        .blobs(InMemoryBlobStore.create())
        .build()) {
      folios.directory().importAaf(aafFiles, new SchoolYear(2012), ProgressListener.NONE);
      Actor teacher = Actor.of(folios.directory().findByJoinKey("2397000").orElseThrow().id());
      SchoolClass classe = folios.directory().classes(teacher).get(0);

      Space mine = folios.spaces().personalSpace(teacher);
      Folder avenir = folios.spaces().createFolder(teacher, mine.id(), null, "Parcours Avenir");
      Document doc = folios.spaces().createDocument(teacher, mine.id(), avenir.id(),
          "Consignes.txt", "Lisez la fiche métier.");
      folios.spaces().shareWithClass(teacher, doc.id(), classe.id(), null);

      System.out.println("'" + doc.name() + "' is now read by "
          + folios.spaces().readers(teacher, doc.id()).size() + " people of class "
          + classe.code());
    }
  }
}
