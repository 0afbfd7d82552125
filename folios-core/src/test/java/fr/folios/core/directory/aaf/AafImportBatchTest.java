package fr.folios.core.directory.aaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.ConflictException;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.spi.DirectoryRepository;
import fr.folios.core.spi.ForwardingPersistence;
import fr.folios.core.spi.Membership;
import fr.folios.core.spi.Persistence;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks the batched application of {@link AafImport}: batches that mix good and refused
 * records, a store that refuses a write in the middle of a batch, files that break in the middle
 * of a batch. The reference is the same export applied record by record, which a store that
 * refuses every write naming more than one person forces.
 */
class AafImportBatchTest {

  private static final SchoolYear YEAR = new SchoolYear(2024);
  private static final Clock DAY_ONE = Clock.fixed(Instant.parse("2024-09-02T06:00:00Z"),
      ZoneId.of("Europe/Paris"));
  private static final int PUPILS = 2_600;
  private static final Set<String> TAKEN = Set.of("E1500", "E2400", "R7");

  @TempDir
  Path dir;

  @Test
  void importFiles_whoseBatchesTheStoreRefusesGivesTheReportAndStateOfRecordByRecord()
      throws IOException {
    List<Path> export = export();

    Outcome batched = importInto(export, writes -> takes(writes, TAKEN));
    Outcome byRecord = importInto(export, writes -> takes(writes, TAKEN)
        || namesMoreThanOnePerson(writes));

    assertThat(batched.report()).isEqualTo(byRecord.report());
    assertThat(batched.state()).isEqualTo(byRecord.state());
    assertThat(batched.report().rejections()).filteredOn(r -> r.detail().contains("taken by"))
        .extracting(AafImportReport.Issue::identifier)
        .containsExactlyInAnyOrder("E1500", "E2400", "R7");
  }

  @Test
  void importFiles_refusedByTheStoreInTheMiddleOfABatchHalfAppliesNothing() throws IOException {
    Outcome batched = importInto(export(), writes -> takes(writes, TAKEN));

    for (AafImportReport.FileCounts file : batched.report().files()) {
      assertThat(file.added() + file.updated() + file.unchanged() + file.leaving()
          + file.rejected() + file.skipped()).as(file.fileName()).isEqualTo(file.read());
    }
    DirectoryRepository directory = batched.store().directory();
    assertThat(directory.findPeopleByJoinKeys(TAKEN)).isEmpty();
    Set<PersonId> stored = new HashSet<>();
    for (Profile profile : Profile.values()) {
      directory.people(profile).forEach(p -> stored.add(p.id()));
    }
    for (SchoolClass schoolClass : directory.classes(YEAR)) {
      assertThat(stored).as(schoolClass.code()).containsAll(schoolClass.students())
          .containsAll(schoolClass.teachers());
    }
    for (Person parent : directory.people(Profile.PARENT)) {
      assertThat(stored).containsAll(parent.children());
    }
  }

  @Test
  void importFiles_whoseFirstWritesFailOnceEndsAsIfNothingFailed() throws IOException {
    List<Path> export = export();
    AtomicInteger calls = new AtomicInteger();

    Outcome smooth = importInto(export, writes -> false);
    Outcome bumpy = importInto(export, writes -> namesMoreThanOnePerson(writes)
        && calls.incrementAndGet() <= 3);

    assertThat(bumpy.report()).isEqualTo(smooth.report());
    assertThat(bumpy.state()).isEqualTo(smooth.state());
  }

  @Test
  void importFiles_twiceAfterARefusedBatchChangesNothingTheSecondTime() throws IOException {
    List<Path> export = export();
    Outcome first = importInto(export, writes -> takes(writes, TAKEN));

    AafImportReport again = new AafImport(first.store(), DAY_ONE).importFiles(export, YEAR,
        AafImport.Mode.FULL, (step, done, total) -> { });

    assertThat(again.files()).allSatisfy(file -> assertThat(file.added() + file.updated()
        + file.leaving()).as(file.fileName()).isZero());
    assertThat(again.leavers()).isEmpty();
    assertThat(again.rejections()).hasSameSizeAs(first.report().rejections());
  }

  @Test
  void importFiles_brokenInTheMiddleOfABatchAppliesTheRecordsBeforeTheFaultOnly()
      throws IOException {
    Path etab = write("FULL_X_EtabEducNat_0000.xml", establishments());
    StringBuilder pupils = new StringBuilder();
    for (int i = 0; i < 2_500; i++) {
      pupils.append(pupil("B" + i, "77$3A", List.of()));
    }
    pupils.append("<addRequest><operationalAttributes><attr name=\"categoriePersonne\">");
    for (int i = 2_500; i < 2_600; i++) {
      pupils.append(pupil("B" + i, "77$3A", List.of()));
    }
    Path eleve = write("FULL_X_Eleve_0000.xml", pupils.toString());
    InMemoryPersistence store = InMemoryPersistence.create();

    assertThatThrownBy(() -> new AafImport(store, DAY_ONE).importFiles(List.of(etab, eleve),
        YEAR, (step, done, total) -> { }))
        .isInstanceOfSatisfying(AafImportException.class, failure ->
            assertThat(failure.report().entries("Eleve")).isEqualTo(2_500));
    assertThat(store.directory().countPeople(Profile.STUDENT)).isEqualTo(2_500);
    assertThat(store.directory().findPersonByJoinKey("B2499")).isPresent();
    assertThat(store.directory().findPersonByJoinKey("B2500")).isEmpty();
    assertThat(store.directory().classes(YEAR)).singleElement()
        .satisfies(c -> assertThat(c.students()).hasSize(2_500));
  }

  /** The report and the stored directory of one import, the latter without identifiers. */
  private record Outcome(AafImportReport report, Map<String, String> state, Persistence store) {
  }

  private Outcome importInto(List<Path> export, Predicate<Collection<?>> refused)
      throws IOException {
    Persistence store = new Refusing(InMemoryPersistence.create(), refused);
    AafImportReport report = new AafImport(store, DAY_ONE).importFiles(export, YEAR,
        AafImport.Mode.FULL, (step, done, total) -> { });
    return new Outcome(report, state(store.directory()), store);
  }

  /**
   * The export: two establishments, staff, 2,600 pupils in two chunks (so that batches of
   * 2,000 are crossed), relatives. It mixes good records with a duplicate join key in one batch,
   * one across batches and one across chunks, a pupil taking a teacher's join key, classes of
   * an unknown structure, relatives no record describes, and a malformed class value.
   */
  private List<Path> export() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(write("FULL_X_EtabEducNat_0000.xml", establishments()));
    StringBuilder staff = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      staff.append(record("PersEducNat", "T" + i, attr("ENTPersonJointure", "T" + i)
          + attr("sn", "Prof" + i) + attr("ENTAuxEnsClasses", (i % 2 == 0 ? "77$" : "78$")
          + "C" + (i % 10)) + (i < 10 ? attr("ENTAuxEnsClassesPrincipal", "77$C" + i) : "")
          + attr("ENTAuxEnsGroupes", "77$G" + (i % 3))));
    }
    files.add(write("FULL_X_PersEducNat_0000.xml", staff.toString()));
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    for (int i = 0; i < PUPILS; i++) {
      String key = i == 11 ? "E10" : i == 2_300 ? "E5" : i == 40 ? "T3" : "E" + i;
      String classe = i % 97 == 0 ? "99$3A" : i % 101 == 0 ? "77" : "77$C" + (i % 10);
      List<String> relatives = i % 50 == 0 ? List.of("GHOST" + i) : List.of("R" + (i % 120));
      (i < 2_200 ? first : second).append(pupil(key, classe, relatives));
    }
    second.append(pupil("E1", "77$C1", List.of("R1")));
    files.add(write("FULL_X_Eleve_0000.xml", first.toString()));
    files.add(write("FULL_X_Eleve_0001.xml", second.toString()));
    StringBuilder relatives = new StringBuilder();
    for (int i = 0; i < 125; i++) {
      relatives.append(record("PersRelEleve", "R" + i, attr("ENTPersonJointure", "R" + i)
          + attr("sn", "Parent" + i)));
    }
    files.add(write("FULL_X_PersRelEleve_0000.xml", relatives.toString()));
    return files;
  }

  private static String establishments() {
    return record("EtabEducNat", "77", attr("ENTStructureJointure", "77")
        + attr("ENTStructureUAI", "0350057X") + attr("ENTStructureClasses", "3A"))
        + record("EtabEducNat", "78", attr("ENTStructureJointure", "78")
        + attr("ENTStructureUAI", "0350967L"));
  }

  private static String pupil(String key, String classe, List<String> relatives) {
    StringBuilder attrs = new StringBuilder(attr("ENTPersonJointure", key) + attr("sn", key)
        + attr("ENTPersonStructRattach", "77") + attr("ENTEleveClasses", classe));
    for (String relative : relatives) {
      attrs.append(attr("ENTEleveAutoriteParentale", relative));
    }
    return record("Eleve", key, attrs.toString());
  }

  /** Tells whether a write names a person whose join key another writer took. */
  private static boolean takes(Collection<?> writes, Set<String> taken) {
    return writes.stream().anyMatch(w -> w instanceof Person p && taken.contains(p.joinKey()));
  }

  private static boolean namesMoreThanOnePerson(Collection<?> writes) {
    Set<PersonId> people = new HashSet<>();
    for (Object write : writes) {
      if (write instanceof Person p) {
        people.add(p.id());
      } else if (write instanceof Membership m) {
        people.add(m.person());
      } else if (write instanceof SchoolClass c) {
        people.addAll(c.students());
        people.addAll(c.teachers());
      } else if (write instanceof Group g) {
        people.addAll(g.students());
        people.addAll(g.staff());
      }
    }
    return people.size() > 1;
  }

  /** Describes the stored directory by join keys, UAIs and codes: identifiers are random. */
  private static Map<String, String> state(DirectoryRepository directory) {
    Map<PersonId, String> keys = new TreeMap<>(java.util.Comparator.comparing(
        PersonId::value));
    Map<String, String> state = new TreeMap<>();
    for (Profile profile : Profile.values()) {
      directory.people(profile).forEach(p -> keys.put(p.id(), p.joinKey()));
    }
    for (Profile profile : Profile.values()) {
      for (Person p : directory.people(profile)) {
        state.put("person " + p.joinKey(), p.profile() + " " + p.firstName() + " "
            + p.lastName() + " " + p.email() + " " + uais(directory, p.establishments()) + " "
            + p.guidancePsychologist() + " " + names(keys, p.children()) + " "
            + p.leavingSince());
      }
    }
    for (SchoolClass c : directory.classes(YEAR)) {
      state.put("class " + uais(directory, Set.of(c.establishment())) + "$" + c.code(),
          names(keys, c.students()) + " " + names(keys, c.teachers()) + " "
              + names(keys, c.mainTeachers()));
    }
    for (Group g : directory.groups(YEAR)) {
      state.put("group " + uais(directory, Set.of(g.establishment())) + "$" + g.code(),
          names(keys, g.students()) + " " + names(keys, g.staff()));
    }
    return state;
  }

  private static String uais(DirectoryRepository directory, Set<EstablishmentId> ids) {
    Set<String> uais = new TreeSet<>();
    for (EstablishmentId id : ids) {
      uais.add(directory.findEstablishment(id).map(Establishment::uai).map(Object::toString)
          .orElse("?"));
    }
    return uais.toString();
  }

  private static String names(Map<PersonId, String> keys, Set<PersonId> ids) {
    Set<String> names = new TreeSet<>();
    for (PersonId id : ids) {
      names.add(Objects.requireNonNullElse(keys.get(id), "unstored"));
    }
    return names.toString();
  }

  private Path write(String name, String records) throws IOException {
    return Files.writeString(dir.resolve(name),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ficAlimMENESR>\n" + records
            + "</ficAlimMENESR>\n", StandardCharsets.UTF_8);
  }

  private static String record(String category, String id, String attrs) {
    String kind = category.startsWith("Etab") ? "categorieStructure" : "categoriePersonne";
    return "<addRequest><operationalAttributes>" + attr(kind, category)
        + "</operationalAttributes><identifier><id>" + id + "</id></identifier><attributes>"
        + attrs + "</attributes></addRequest>\n";
  }

  private static String attr(String name, String value) {
    return "<attr name=\"" + name + "\"><value>" + value + "</value></attr>";
  }

  /**
   * A store whose directory refuses, as another writer would, the bulk writes a predicate
   * picks, with a {@link ConflictException} that names no random identifier.
   */
  private static final class Refusing extends ForwardingPersistence {

    private static final Set<String> WRITES = Set.of("addPeople", "savePeople", "saveClasses",
        "saveGroups", "addMembers", "removeMembers");

    private final DirectoryRepository directory;

    Refusing(Persistence store, Predicate<Collection<?>> refused) {
      super(store);
      DirectoryRepository inner = store.directory();
      this.directory = (DirectoryRepository) Proxy.newProxyInstance(
          DirectoryRepository.class.getClassLoader(), new Class<?>[] {DirectoryRepository.class},
          (proxy, method, args) -> {
            if (WRITES.contains(method.getName()) && refused.test((Collection<?>) args[0])) {
              throw new ConflictException(method.getName() + ": a join key is taken by"
                  + " another writer");
            }
            return call(method, inner, args);
          });
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    @Override
    public DirectoryRepository directory() {
      return directory;
    }
  }
}
