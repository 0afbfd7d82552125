package fr.folios.core.directory.aaf;

import fr.folios.core.FoliosException;
import fr.folios.core.InvalidInputException;
import fr.folios.core.ProgressListener;
import fr.folios.core.directory.Academy;
import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.Uai;
import fr.folios.core.spi.DirectoryRepository;
import fr.folios.core.spi.Persistence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Imports an AAF export (the académie directory feed) into Folios: establishments, classes and
 * groups of one school year, pupils, staff with their main-teacher and guidance-psychologist
 * flags, and parents linked to the pupils they are legally responsible for. A relative that
 * pupils name but the export does not describe is linked to them if Folios knows them already;
 * otherwise the link is kept until an export brings the relative's record.
 *
 * <p>Files are streamed one record at a time and applied in dependency order (establishments,
 * then staff, pupils, relatives), whatever order they are given in. Records are applied a
 * batch of a few hundred at a time: the people a batch names are fetched in one go, its records
 * are applied in memory, and what they changed is written in one transaction. A refused record
 * changes nothing and is listed in the report with its reason; if a batch's transaction fails,
 * its records are applied again one by one, each in its own transaction, so that only the
 * record at fault is refused. People are keyed by their join key, establishments by join key
 * then UAI, classes and groups by (establishment, school year, code). Importing the same export
 * again changes nothing, and writes nothing.
 *
 * <p>Memory holds one batch of records and people, the establishments, the classes and groups
 * of the imported year, and a few small entries per person of the export (their join key, where
 * they were read, the children a relative was named for): a few hundred bytes per person, never
 * the files.
 *
 * <p>A person's record states all their classes and groups of the imported year: they are
 * removed from those of that year it no longer lists, and from the main-teacher flags it no
 * longer gives if it gives at least one or a partial modification clears them (else the flags
 * confirmed at first connection stay, the feed saying nothing of main teachers). A person's
 * delete request marks them leaving (see {@link Person#leavingSince()}) rather than deleting
 * them; so does a {@linkplain Mode#FULL full export} for the people of its categories it no
 * longer lists. A leaver who is listed again is no longer leaving; {@link
 * #purgeLeavers(Duration)} removes those whose grace period is over from their establishments,
 * classes and groups. A person's partial modification ({@code <modifications>}: {@code
 * replace}, {@code add}, {@code delete}) is applied to what is stored of them (names, e-mail,
 * attachments, classes, main-teacher flags and groups of the imported year), then like a full
 * record. Structures are never deleted by a feed:
 * their delete requests are refused, and so are their partial modifications, which the report
 * lists. Subjects ({@code MatiereEducNat}) and MEF codes ({@code MefEducNat}) are read and
 * counted, not stored.
 *
 * <p>Not safe for concurrent use: run one import at a time.
 */
public final class AafImport {

  private static final int BATCH_SIZE = 2000;
  private static final int MAX_CODE_LENGTH = 64;
  private static final int REJECTED = Outcome.values().length;
  private static final PersonId[] NO_ONE = {};
  private static final EstablishmentId[] NOWHERE = {};
  private static final Origin LISTED = new Origin("", 0, null);

  private final Persistence store;
  private final Clock clock;

  /** What an export holds: everyone of its categories, or only changes. */
  public enum Mode {
    /**
     * A complete export ({@code Complet}): the people of its categories it does not list are
     * marked leaving.
     */
    FULL,
    /** A delta ({@code Delta}): it adds, updates and deletes only what it names. */
    DELTA
  }

  /**
   * Creates an importer writing to a store, dating leavers by the system clock.
   *
   * @param store where the directory is kept
   */
  public AafImport(Persistence store) {
    this(store, Clock.systemDefaultZone());
  }

  /**
   * Creates an importer writing to a store.
   *
   * @param store where the directory is kept
   * @param clock tells the day people start leaving, and when their grace period ends
   */
  public AafImport(Persistence store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Imports files of one export as a {@linkplain Mode#DELTA delta}: nobody is marked leaving
   * for being absent.
   *
   * @param files the XML files, in any order; their names tell their category
   * @param year the school year the classes and groups belong to
   * @param progress told of each file, after every 2,000 records of a file and at its end
   * @return what was added, updated, left unchanged, marked leaving, refused, and what looks
   *     wrong
   * @throws InvalidInputException if a file's category cannot be told from its name, or a file
   *     is missing or unreadable: then nothing was imported
   * @throws AafImportException if a file turns out not to be well-formed or safe XML, or fails
   *     to read: the records before the fault are applied, and the exception carries their
   *     report and names the files left unread
   * @throws IOException never in practice: read failures become {@link AafImportException}
   */
  public AafImportReport importFiles(List<Path> files, SchoolYear year,
      ProgressListener progress) throws IOException {
    return importFiles(files, year, Mode.DELTA, progress);
  }

  /**
   * Imports files of one export. For a {@linkplain Mode#FULL full export}, once every file is
   * applied, the people of the categories given (pupils, staff, relatives) whose join key no
   * file listed are marked leaving today, each in its own transaction; nobody is if a file
   * fails to read.
   *
   * @param files the XML files, in any order; their names tell their category
   * @param year the school year the classes and groups belong to
   * @param mode whether the files hold everyone of their categories or only changes
   * @param progress told of each file, after every 2,000 records of a file and at its end
   * @return what was added, updated, left unchanged, marked leaving, refused, and what looks
   *     wrong
   * @throws InvalidInputException if a file's category cannot be told from its name, or a file
   *     is missing or unreadable: then nothing was imported
   * @throws AafImportException if a file turns out not to be well-formed or safe XML, or fails
   *     to read: the records before the fault are applied, and the exception carries their
   *     report and names the files left unread
   * @throws IOException never in practice: read failures become {@link AafImportException}
   */
  public AafImportReport importFiles(List<Path> files, SchoolYear year, Mode mode,
      ProgressListener progress) throws IOException {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(progress, "progress");
    List<Path> ordered = inDependencyOrder(files);
    checkReadable(ordered);
    Run run = new Run(year);
    for (int i = 0; i < ordered.size(); i++) {
      Path file = ordered.get(i);
      ProgressListener.report(progress, "file " + file.getFileName(), i, ordered.size());
      try (InputStream in = Files.newInputStream(file)) {
        run.importFile(in, String.valueOf(file.getFileName()), progress);
      } catch (InvalidInputException | IOException | java.io.UncheckedIOException failure) {
        throw new AafImportException(run.report(), file, ordered.subList(i + 1, ordered.size()),
            failure);
      }
    }
    run.linkUnseenRelatives();
    if (mode == Mode.FULL) {
      ProgressListener.report(progress, "leavers", ordered.size(), ordered.size());
      run.markAbsentAsLeaving(ordered.stream().map(AafImport::category).toList());
    }
    ProgressListener.report(progress, "done", ordered.size(), ordered.size());
    return run.report();
  }

  /**
   * Removes the people leaving for longer than a grace period from their establishments,
   * classes and groups (of every year), each in its own transaction. They stay stored with
   * their leaving day, their own space and what they shared, and are listed again if an export
   * lists them again.
   *
   * @param grace how long a leaver keeps their place, counted from their leaving day's start
   *     in the clock's zone
   * @return how many people were removed; those already removed are not counted again
   * @throws IllegalArgumentException if the grace period is negative
   */
  public int purgeLeavers(Duration grace) {
    Objects.requireNonNull(grace, "grace");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace period " + grace + " is negative: give zero"
          + " or more, e.g. Duration.ofDays(30)");
    }
    Instant now = clock.instant();
    DirectoryRepository directory = store.directory();
    int purged = 0;
    for (Profile profile : Profile.values()) {
      PersonId after = null;
      for (List<Person> page = directory.peoplePage(profile, null, BATCH_SIZE); !page.isEmpty();
          page = directory.peoplePage(profile, after, BATCH_SIZE)) {
        after = page.get(page.size() - 1).id();
        for (Person person : page) {
          LocalDate since = person.leavingSince();
          if (since != null && since.atStartOfDay(clock.getZone()).toInstant().plus(grace)
              .isBefore(now) && store.transactions().inTransaction(() -> purge(person.id()))) {
            purged++;
          }
        }
      }
    }
    return purged;
  }

  private boolean purge(PersonId id) {
    DirectoryRepository directory = store.directory();
    boolean changed = false;
    for (SchoolClass schoolClass : directory.classesOf(id)) {
      directory.saveClass(schoolClass.without(id));
      changed = true;
    }

    for (Group group : directory.groupsOf(id)) {
      directory.saveGroup(group.without(id));
      changed = true;
    }

    Optional<Person> person = directory.findPerson(id);
    if (person.isPresent() && !person.get().establishments().isEmpty()) {
      directory.savePerson(person.get().detachedFromEstablishments());
      changed = true;
    }
    return changed;
  }

  private static void checkReadable(List<Path> files) {
    for (Path file : files) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new InvalidInputException("file '" + file + "' is not a readable file; nothing"
            + " was imported: check the export's path and permissions");
      }
    }
  }

  private static List<Path> inDependencyOrder(List<Path> files) {
    for (Path file : files) {
      if (AafCategory.fromFileName(String.valueOf(file.getFileName())).isEmpty()) {
        throw new InvalidInputException("file '" + file.getFileName() + "' names no AAF"
            + " category (Eleve, PersEducNat, PersRelEleve, EtabEducNat, MatiereEducNat,"
            + " MefEducNat): rename it as the directory does, e.g. '..._Eleve_0000.xml'");
      }
    }
    List<Path> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparingInt((Path p) -> rank(category(p)))
        .thenComparing(p -> String.valueOf(p.getFileName())));
    return sorted;
  }

  private static AafCategory category(Path file) {
    return AafCategory.fromFileName(String.valueOf(file.getFileName())).orElseThrow();
  }

  private static int rank(AafCategory category) {
    return switch (category) {
      case ETAB_EDUC_NAT -> 0;
      case MATIERE_EDUC_NAT -> 1;
      case MEF_EDUC_NAT -> 2;
      case PERS_EDUC_NAT -> 3;
      case ELEVE -> 4;
      case PERS_REL_ELEVE -> 5;
    };
  }

  /** The outcome of one record. */
  private enum Outcome { ADDED, UPDATED, UNCHANGED, LEAVING, SKIPPED }

  /** One import: its school year, its counts and what it learnt along the way. */
  private final class Run {

    private final SchoolYear year;
    private final DirectoryRepository directory = store.directory();
    private final UndoLog log = new UndoLog();
    private final Structures structures;
    private final BatchPeople people;
    private final List<AafImportReport.FileCounts> files = new ArrayList<>();
    private final List<AafImportReport.Issue> rejections = new ArrayList<>();
    private final List<AafImportReport.Issue> anomalies = new ArrayList<>();
    private final Map<String, PersonId[]> childrenOfRelative = new HashMap<>();
    private final Map<String, Origin> firstReferenceToRelative = new LinkedHashMap<>();
    private final Map<String, Origin> firstStructureRecord = new HashMap<>();
    private final Map<String, Origin> firstPersonRecord = new HashMap<>();
    private final Map<PersonId, EstablishmentId[]> pupilEstablishments = new HashMap<>();
    private final Map<String, Set<PersonId>> pendingOfBatch = new HashMap<>();
    private final Set<String> pendingLinked = new HashSet<>();
    private final List<AafImportReport.Leaver> leavers = new ArrayList<>();
    private final LocalDate today = LocalDate.now(clock);
    private @Nullable AafRecord current;

    Run(SchoolYear year) {
      this.year = year;
      this.structures = store.transactions().inTransaction(() ->
          Structures.load(directory, year, log));
      this.people = new BatchPeople(directory, log);
    }

    void importFile(InputStream in, String fileName, ProgressListener progress) {
      AafCategory category = AafCategory.fromFileName(fileName).orElseThrow();
      long[] counts = new long[Outcome.values().length + 1];
      long read = 0;
      List<AafRecord> batch = new ArrayList<>(BATCH_SIZE);
      try (AafReader reader = AafReader.open(in, fileName)) {
        while (hasNext(reader, category, batch, counts)) {
          batch.add(reader.next());
          read++;
          if (batch.size() == BATCH_SIZE) {
            applyBatch(category, batch, counts);
            batch.clear();
            ProgressListener.report(progress, fileName, read, -1);
          }
        }
        applyBatch(category, batch, counts);
        ProgressListener.report(progress, fileName, read, read);
      } finally {
        files.add(new AafImportReport.FileCounts(fileName, category.code(), read,
            counts[Outcome.ADDED.ordinal()], counts[Outcome.UPDATED.ordinal()],
            counts[Outcome.UNCHANGED.ordinal()], counts[Outcome.LEAVING.ordinal()],
            counts[REJECTED], counts[Outcome.SKIPPED.ordinal()]));
      }
    }

    /**
     * Tells whether the file holds another record; if reading fails, first applies the records
     * read before the fault, then lets the failure through.
     */
    private boolean hasNext(AafReader reader, AafCategory category, List<AafRecord> batch,
        long[] counts) {
      try {
        return reader.hasNext();
      } catch (RuntimeException failure) {
        applyBatch(category, batch, counts);
        batch.clear();
        throw failure;
      }
    }

    /**
     * Applies a batch of records in memory, then writes what they changed in one transaction.
     * If that transaction fails, the batch is undone and its records applied again one at a
     * time, each in its own transaction, so that only the record at fault is refused.
     */
    private void applyBatch(AafCategory category, List<AafRecord> records, long[] counts) {
      if (records.isEmpty()) {
        return;
      }
      List<Applied> applied = stage(category, records);
      try {
        store.transactions().inTransaction(() -> {
          structures.write(directory);
          people.write();
          if (!pendingLinked.isEmpty()) {
            directory.removePendingChildren(List.copyOf(pendingLinked));
          }
          return null;
        });
      } catch (FoliosException failure) {
        undoBatch();
        if (records.size() > 1) {
          for (AafRecord record : records) {
            applyBatch(category, List.of(record), counts);
          }
          return;
        }
        applied = List.of(new Applied(REJECTED, List.of(),
            issue("REJECTED", records.get(0), failure.getMessage())));
      }
      log.forget();
      structures.written();
      people.clear();
      pendingOfBatch.clear();
      pendingLinked.clear();
      for (Applied each : applied) {
        counts[each.outcome()]++;
        anomalies.addAll(each.anomalies());
        if (each.rejection() != null) {
          rejections.add(each.rejection());
        }
      }
    }

    private void undoBatch() {
      log.undoTo(0);
      log.forget();
      structures.written();
      people.clear();
      pendingOfBatch.clear();
      pendingLinked.clear();
    }

    private List<Applied> stage(AafCategory category, List<AafRecord> records) {
      fetch(category, records);
      List<Applied> applied = new ArrayList<>(records.size());
      for (AafRecord record : records) {
        applied.add(stage(category, record));
      }
      return applied;
    }

    /** Fetches, in a few queries, the people the records of a batch will read. */
    private void fetch(AafCategory category, List<AafRecord> records) {
      if (profileOf(category).isEmpty()) {
        return;
      }
      List<String> joinKeys = records.stream().map(AafImport::joinKey).toList();
      people.fetchByJoinKeys(joinKeys);
      if (category == AafCategory.PERS_REL_ELEVE) {
        pendingOfBatch.putAll(directory.pendingChildren(joinKeys));
        Set<PersonId> children = new HashSet<>();
        pendingOfBatch.values().forEach(children::addAll);
        for (String joinKey : joinKeys) {
          people.byJoinKey(joinKey).ifPresent(p -> children.addAll(p.children()));
          children.addAll(Arrays.asList(childrenOfRelative.getOrDefault(joinKey, NO_ONE)));
        }
        children.removeAll(pupilEstablishments.keySet());
        people.fetchByIds(children);
      }
    }

    /** Applies one record in memory; if it is refused, undoes what it changed. */
    private Applied stage(AafCategory fileCategory, AafRecord record) {
      current = record;
      if (profileOf(fileCategory).isPresent()) {
        firstPersonRecord.putIfAbsent(joinKey(record), LISTED);
      }
      List<AafImportReport.Issue> found = new ArrayList<>();
      int mark = log.mark();
      try {
        Outcome outcome = applyChecked(fileCategory, record, found);
        return new Applied(outcome.ordinal(), found, null);
      } catch (FoliosException | IllegalArgumentException refused) {
        log.undoTo(mark);
        return new Applied(REJECTED, List.of(),
            issue("REJECTED", record, refused.getMessage()));
      }
    }

    private Outcome applyChecked(AafCategory fileCategory, AafRecord record,
        List<AafImportReport.Issue> found) {
      AafCategory category = record.category() == null ? fileCategory : record.category();
      if (category != fileCategory) {
        throw new InvalidInputException("the record says category '" + record.categoryCode()
            + "' in a file of category '" + fileCategory.code() + "': fix the export");
      }
      if (!record.attributeOperations().isEmpty() && category == AafCategory.ETAB_EDUC_NAT) {
        throw new InvalidInputException("partial modifications of structures are not applied"
            + " by this version; nothing was changed: send the structure's full attributes");
      }
      checkFirstOfItsKey(category, record);
      if (record.operation() == AafOperation.DELETE) {
        return deletion(category, record);
      }
      AafRecord full = record.attributeOperations().isEmpty() ? record : merged(record);
      return switch (category) {
        case ETAB_EDUC_NAT -> establishment(record, found);
        case PERS_EDUC_NAT -> staff(full, found);
        case ELEVE -> pupil(full, found);
        case PERS_REL_ELEVE -> relative(full, found);
        case MATIERE_EDUC_NAT, MEF_EDUC_NAT -> Outcome.SKIPPED;
      };
    }

    /**
     * Refuses a record whose key an earlier record of the export gave. A record applied again
     * (its batch failed) is still the first of its key. The people's map also tells who the
     * export lists: a person's key is {@link #LISTED} until a record of theirs gets this far.
     */
    private void checkFirstOfItsKey(AafCategory category, AafRecord record) {
      if (category == AafCategory.MATIERE_EDUC_NAT || category == AafCategory.MEF_EDUC_NAT) {
        return;
      }
      boolean structure = category == AafCategory.ETAB_EDUC_NAT;
      String key = structure ? record.first("ENTStructureJointure").orElse(record.identifier())
          : joinKey(record);
      Map<String, Origin> firsts = structure ? firstStructureRecord : firstPersonRecord;
      Origin origin = new Origin(record.fileName(), record.position(), null);
      Origin first = firsts.get(key);
      if (first == null || first == LISTED) {
        firsts.put(key, origin);
      } else if (!first.equals(origin)) {
        throw new InvalidInputException((structure ? "structure " : "person ") + key
            + " was already given by record " + first.position() + " of " + first.fileName()
            + " in this export; this second record is refused: ask for an export where each"
            + " join key appears once");
      }
    }

    private Outcome deletion(AafCategory category, AafRecord record) {
      if (category == AafCategory.ETAB_EDUC_NAT) {
        throw new InvalidInputException("structure " + record.first("ENTStructureJointure")
            .orElse(record.identifier()) + " is asked to be deleted, but structures are never"
            + " deleted by a feed in this version; nothing was changed: close the establishment"
            + " through the host");
      }
      Optional<Profile> profile = profileOf(category);
      if (profile.isEmpty()) {
        return Outcome.SKIPPED;
      }
      String joinKey = joinKey(record);
      Optional<Person> existing = people.byJoinKey(joinKey);
      if (existing.isEmpty()) {
        throw new InvalidInputException("join key " + joinKey + " is asked to be deleted, but"
            + " Folios knows no one by it; nothing was changed: check the export's join keys");
      }
      checkProfile(existing, profile.get(), joinKey);
      if (existing.get().leaving()) {
        return Outcome.UNCHANGED;
      }
      people.save(existing.get().withLeavingSince(today));
      return Outcome.LEAVING;
    }

    /**
     * Returns a partial modification applied to what is stored of the person: a full record of
     * their names, e-mail, attachments, and their classes, main-teacher flags and groups of the
     * import's year.
     */
    private AafRecord merged(AafRecord record) {
      String joinKey = joinKey(record);
      Person stored = people.byJoinKey(joinKey).orElseThrow(() ->
          new InvalidInputException("join key " + joinKey + " is partially modified, but Folios"
              + " knows no one by it; nothing was changed: send the entry's full attributes"));
      Map<String, List<String>> current = storedAttributes(stored);
      Map<String, List<String>> next = new LinkedHashMap<>(current);
      record.attributes().forEach((name, values) -> {
        List<String> before = current.getOrDefault(name, List.of());
        next.put(name, switch (record.operationOf(name)) {
          case REPLACE -> values;
          case ADD -> List.copyOf(union(before, values));
          case DELETE -> values.isEmpty() ? List.of()
              : before.stream().filter(v -> !values.contains(v)).toList();
        });
      });
      next.put("ENTPersonJointure", List.of(joinKey));
      return new AafRecord(record.categoryCode(), record.operation(), record.identifier(), next,
          Map.of(), record.fileName(), record.position(), record.lineNumber());
    }

    private Map<String, List<String>> storedAttributes(Person person) {
      Map<String, List<String>> attributes = new LinkedHashMap<>();
      attributes.put("givenName", List.of(person.firstName()));
      attributes.put("sn", List.of(person.lastName()));
      String email = person.email();
      attributes.put("mail", email == null ? List.of() : List.of(email));
      List<String> attachments = new ArrayList<>();
      for (EstablishmentId id : person.establishments()) {
        structures.establishment(id).map(Establishment::joinKey).ifPresent(attachments::add);
      }
      attributes.put("ENTPersonStructRattach", attachments);
      boolean pupil = person.profile() == Profile.STUDENT;
      List<String> classes = new ArrayList<>();
      List<String> mainClasses = new ArrayList<>();
      for (SchoolClass c : structures.classesOf(person.id())) {
        classes.add(structureCode(c.establishment(), c.code()));
        if (c.mainTeachers().contains(person.id())) {
          mainClasses.add(structureCode(c.establishment(), c.code()));
        }
      }
      List<String> groups = new ArrayList<>();
      for (Group g : structures.groupsOf(person.id())) {
        groups.add(structureCode(g.establishment(), g.code()));
      }
      attributes.put(pupil ? "ENTEleveClasses" : "ENTAuxEnsClasses", classes);
      attributes.put(pupil ? "ENTEleveGroupes" : "ENTAuxEnsGroupes", groups);
      if (!pupil) {
        attributes.put("ENTAuxEnsClassesPrincipal", mainClasses);
      }
      return attributes;
    }

    private String structureCode(EstablishmentId establishment, String code) {
      return structures.establishment(establishment).map(Establishment::joinKey)
          .orElse(establishment.value()) + "$" + code;
    }

    /**
     * Marks leaving the people of the categories given whom no file listed, a page at a time:
     * memory holds one page of people, whatever the directory's size.
     */
    void markAbsentAsLeaving(List<AafCategory> categories) {
      for (AafCategory category : new LinkedHashSet<>(categories)) {
        Optional<Profile> profile = profileOf(category);
        if (profile.isEmpty()) {
          continue;
        }
        PersonId after = null;
        for (Map<PersonId, String> page = directory.stayingPeople(profile.get(), null,
            BATCH_SIZE); !page.isEmpty(); page = directory.stayingPeople(profile.get(), after,
            BATCH_SIZE)) {
          List<PersonId> absent = new ArrayList<>();
          for (Map.Entry<PersonId, String> person : page.entrySet()) {
            after = person.getKey();
            if (!firstPersonRecord.containsKey(person.getValue())) {
              absent.add(person.getKey());
            }
          }
          if (!absent.isEmpty()) {
            markLeaving(category, absent);
          }
        }
      }
    }

    private void markLeaving(AafCategory category, List<PersonId> absent) {
      List<Person> leaving = store.transactions().inTransaction(() -> {
        List<Person> marked = directory.findPeople(absent).values().stream()
            .filter(p -> !p.leaving()).map(p -> p.withLeavingSince(today)).toList();
        directory.savePeople(marked);
        return marked;
      });
      for (Person person : leaving) {
        leavers.add(new AafImportReport.Leaver(category.code(),
            Objects.requireNonNull(person.joinKey()), today));
      }
    }

    private void checkProfile(Optional<Person> existing, Profile profile, String joinKey) {
      if (existing.isPresent() && existing.get().profile() != profile) {
        throw new InvalidInputException("join key " + joinKey + " names a person with the"
            + " profile '" + existing.get().profile().frenchLabel() + "'; a record of profile '"
            + profile.frenchLabel() + "' cannot take it over: check the export's join keys");
      }
    }

    private Outcome establishment(AafRecord record, List<AafImportReport.Issue> found) {
      String joinKey = record.first("ENTStructureJointure").orElse(record.identifier());
      String uaiText = record.first("ENTStructureUAI")
          .or(() -> record.first("ENTEtablissementUAI"))
          .orElseThrow(() -> new InvalidInputException("structure " + joinKey
              + " has no UAI (ENTStructureUAI): an establishment needs one"));
      Uai uai = Uai.ofUnchecked(uaiText);
      if (!uai.hasValidCheckLetter()) {
        found.add(issue("WRONG_UAI_CHECK_LETTER", record, "UAI " + uai + " ends with '"
            + uai.value().charAt(7) + "' but its digits give '" + uai.expectedCheckLetter()
            + "'; kept as given, with everyone attached to it"));
      }
      Optional<String> academyName = record.first("ENTServAcAcademie");
      Academy academy = academyName.flatMap(Academy::find).orElse(null);
      if (academyName.isPresent() && academy == null) {
        found.add(issue("UNKNOWN_ACADEMY", record, "académie '" + academyName.get()
            + "' is not one of the thirty; kept without académie"));
      }
      Optional<Establishment> existing = structures.establishmentByJoinKey(joinKey)
          .or(() -> structures.establishmentByUai(uai));
      if (existing.isPresent() && existing.get().joinKey() != null
          && !joinKey.equals(existing.get().joinKey())) {
        throw new InvalidInputException("UAI " + uai + " already belongs to structure "
            + existing.get().joinKey() + "; structure " + joinKey + " cannot take it:"
            + " a UAI names one establishment, check the export");
      }
      Establishment establishment = new Establishment(
          existing.map(Establishment::id).orElseGet(EstablishmentId::random), uai,
          record.first("ENTStructureNomCourant").orElse(uai.value()),
          typeOf(record.first("ENTStructureTypeStruct").orElse("")), academy, joinKey);
      Outcome outcome = save(existing, establishment, structures::save);
      for (List<String> classe : record.composites("ENTStructureClasses")) {
        if (validCode(classe.get(0), record, "class", found)) {
          structures.classOf(establishment.id(), classe.get(0));
        }
      }
      for (List<String> group : record.composites("ENTStructureGroupes")) {
        if (validCode(group.get(0), record, "group", found)) {
          structures.groupOf(establishment.id(), group.get(0));
        }
      }
      return outcome;
    }

    private Outcome staff(AafRecord record, List<AafImportReport.Issue> found) {
      String joinKey = joinKey(record);
      Optional<Person> existing = people.byJoinKey(joinKey);
      checkProfile(existing, Profile.EDUCATIONAL_STAFF, joinKey);
      Set<String> attachments = new LinkedHashSet<>(record.values("ENTPersonStructRattach"));
      attachments.addAll(servedStructures(record, "ENTAuxEnsClasses", "ENTAuxEnsGroupes"));
      boolean psychologist = false;
      for (List<String> function : record.composites("ENTPersonFonctions")) {
        psychologist |= function.size() > 1 && function.get(1).equals("ORI");
      }
      Person person = new Person(existing.map(Person::id).orElseGet(PersonId::random), joinKey,
          Profile.EDUCATIONAL_STAFF, record.first("givenName").orElse(""),
          lastName(record), record.first("mail")
              .orElse(existing.map(Person::email).orElse(null)),
          establishments(attachments, record, "attachment", found),
          psychologist || existing.map(Person::guidancePsychologist).orElse(false), Set.of(),
          null);
      Outcome outcome = save(existing, person, people::save);
      Listed listed = new Listed();
      boolean joined = false;
      for (List<String> value : record.composites("ENTAuxEnsClasses")) {
        joined |= joinClass(value, person.id(), false, false, listed, record, found);
      }
      for (List<String> value : record.composites("ENTAuxEnsClassesPrincipal")) {
        joined |= joinClass(value, person.id(), false, true, listed, record, found);
      }
      for (List<String> value : record.composites("ENTAuxEnsGroupes")) {
        joined |= joinGroup(value, person.id(), false, listed, record, found);
      }
      AafRecord source = current;
      listed.mainTeachersGiven = !listed.mainClasses.isEmpty() || source != null
          && source.attributeOperations().containsKey("ENTAuxEnsClassesPrincipal")
          && record.values("ENTAuxEnsClassesPrincipal").isEmpty();
      joined |= detach(person.id(), listed);
      return joined && outcome == Outcome.UNCHANGED ? Outcome.UPDATED : outcome;
    }

    private Outcome pupil(AafRecord record, List<AafImportReport.Issue> found) {
      String joinKey = joinKey(record);
      Optional<Person> existing = people.byJoinKey(joinKey);
      checkProfile(existing, Profile.STUDENT, joinKey);
      Person person = new Person(existing.map(Person::id).orElseGet(PersonId::random), joinKey,
          Profile.STUDENT, record.first("givenName").orElse(""), lastName(record),
          existing.map(Person::email).orElse(null),
          establishments(pupilStructures(record), record, "attachment", found), false,
          Set.of(), null);
      Outcome outcome = save(existing, person, people::save);
      log.put(pupilEstablishments, person.id(),
          person.establishments().toArray(NOWHERE));
      Listed listed = new Listed();
      boolean joined = false;
      for (List<String> value : record.composites("ENTEleveClasses")) {
        joined |= joinClass(value, person.id(), true, false, listed, record, found);
      }
      for (List<String> value : record.composites("ENTEleveGroupes")) {
        joined |= joinGroup(value, person.id(), true, listed, record, found);
      }
      joined |= detach(person.id(), listed);
      for (String relative : legalRelatives(record)) {
        addChild(relative, person.id());
        if (!firstReferenceToRelative.containsKey(relative)) {
          log.put(firstReferenceToRelative, relative,
              new Origin(record.fileName(), record.position(), record.identifier()));
        }
      }
      return joined && outcome == Outcome.UNCHANGED ? Outcome.UPDATED : outcome;
    }

    private void addChild(String relative, PersonId child) {
      PersonId[] before = childrenOfRelative.getOrDefault(relative, NO_ONE);
      if (!Arrays.asList(before).contains(child)) {
        PersonId[] after = Arrays.copyOf(before, before.length + 1);
        after[before.length] = child;
        log.put(childrenOfRelative, relative, after);
      }
    }

    private Outcome relative(AafRecord record, List<AafImportReport.Issue> found) {
      String joinKey = joinKey(record);
      Optional<Person> existing = people.byJoinKey(joinKey);
      checkProfile(existing, Profile.PARENT, joinKey);
      Set<PersonId> children = new LinkedHashSet<>(existing.map(Person::children)
          .orElse(Set.of()));
      children.addAll(Arrays.asList(childrenOfRelative.getOrDefault(joinKey, NO_ONE)));
      Set<PersonId> pending = pendingOfBatch.getOrDefault(joinKey, Set.of());
      if (!pending.isEmpty()) {
        children.addAll(pending);
        log.add(pendingLinked, joinKey);
      }
      Set<EstablishmentId> establishments = new LinkedHashSet<>();
      for (PersonId child : children) {
        EstablishmentId[] known = pupilEstablishments.get(child);
        if (known != null) {
          establishments.addAll(Arrays.asList(known));
        } else {
          people.byId(child).ifPresent(c -> establishments.addAll(c.establishments()));
        }
      }
      if (children.isEmpty()) {
        found.add(issue("PARENT_WITHOUT_PUPIL", record, "no pupil of this export names "
            + joinKey + " as legally responsible; kept as a parent with no child yet"));
      }
      Person person = new Person(existing.map(Person::id).orElseGet(PersonId::random), joinKey,
          Profile.PARENT, record.first("givenName").orElse(""), lastName(record),
          record.first("mail").orElse(existing.map(Person::email).orElse(null)),
          establishments, false, children, null);
      return save(existing, person, people::save);
    }

    /**
     * Links the relatives that pupils name but that no record of the export describes, a batch
     * at a time: one Folios knows gets those pupils as children (and their establishments);
     * one it does not know is reported, and the link is kept until an export describes them.
     */
    void linkUnseenRelatives() {
      List<Map.Entry<String, Origin>> unseen = new ArrayList<>();
      for (Map.Entry<String, Origin> reference : firstReferenceToRelative.entrySet()) {
        if (!firstPersonRecord.containsKey(reference.getKey())) {
          unseen.add(reference);
        }
        if (unseen.size() == BATCH_SIZE) {
          linkUnseen(unseen);
          unseen.clear();
        }
      }
      linkUnseen(unseen);
    }

    private void linkUnseen(List<Map.Entry<String, Origin>> references) {
      if (references.isEmpty()) {
        return;
      }
      store.transactions().inTransaction(() -> {
        Map<String, Person> known = directory.findPeopleByJoinKeys(
            references.stream().map(Map.Entry::getKey).toList());
        List<Person> linked = new ArrayList<>();
        Map<String, Set<PersonId>> pending = new LinkedHashMap<>();
        for (Map.Entry<String, Origin> reference : references) {
          Set<PersonId> children = new LinkedHashSet<>(Arrays.asList(
              childrenOfRelative.getOrDefault(reference.getKey(), NO_ONE)));
          Person relative = known.get(reference.getKey());
          if (relative == null) {
            pending.put(reference.getKey(), children);
            anomalies.add(unknownRelative(reference.getKey(), reference.getValue()));
          } else {
            withChildren(relative, children).ifPresent(linked::add);
          }
        }
        directory.savePeople(linked);
        directory.addPendingChildren(pending);
        return null;
      });
    }

    /** Returns a stored relative with more children, or empty if they had them all. */
    private Optional<Person> withChildren(Person relative, Set<PersonId> children) {
      if (relative.children().containsAll(children)) {
        return Optional.empty();
      }
      Set<PersonId> all = new LinkedHashSet<>(relative.children());
      all.addAll(children);
      Set<EstablishmentId> establishments = new LinkedHashSet<>(relative.establishments());
      for (PersonId child : children) {
        establishments.addAll(Arrays.asList(pupilEstablishments.getOrDefault(child, NOWHERE)));
      }
      return Optional.of(new Person(relative.id(), relative.joinKey(), relative.profile(),
          relative.firstName(), relative.lastName(), relative.email(), establishments,
          relative.guidancePsychologist(), all, relative.leavingSince()));
    }

    private AafImportReport.Issue unknownRelative(String relative, Origin origin) {
      return new AafImportReport.Issue("UNKNOWN_RELATIVE", origin.fileName(),
          origin.position(), String.valueOf(origin.identifier()), "pupil "
          + origin.identifier() + " names " + relative + " as legally responsible, but no"
          + " PersRelEleve record of the export describes them; the link is kept until an"
          + " export brings that record");
    }

    private boolean joinClass(List<String> value, PersonId person, boolean pupil,
        boolean main, Listed listed, AafRecord record, List<AafImportReport.Issue> found) {
      Optional<EstablishmentId> establishment = structure(value, record,
          main ? "main-teacher flag" : "class", found);
      if (establishment.isEmpty()) {
        return false;
      }
      SchoolClass before = structures.classOf(establishment.get(), value.get(1));
      listed.classes.add(before.id());
      if (main) {
        listed.mainClasses.add(before.id());
      }
      SchoolClass after = pupil
          ? before.with(Set.of(person), Set.of(), Set.of())
          : before.with(Set.of(), Set.of(person), main ? Set.of(person) : Set.of());
      if (after.equals(before)) {
        return false;
      }
      structures.save(after);
      return true;
    }

    private boolean joinGroup(List<String> value, PersonId person, boolean pupil,
        Listed listed, AafRecord record, List<AafImportReport.Issue> found) {
      Optional<EstablishmentId> establishment = structure(value, record, "group", found);
      if (establishment.isEmpty()) {
        return false;
      }
      Group before = structures.groupOf(establishment.get(), value.get(1));
      listed.groups.add(before.id());
      Group after = pupil ? before.with(Set.of(person), Set.of())
          : before.with(Set.of(), Set.of(person));
      if (after.equals(before)) {
        return false;
      }
      structures.save(after);
      return true;
    }

    /**
     * Removes a person from the classes and groups of the import's year their record no longer
     * lists. Main-teacher flags are the feed's only if the record gives one it could apply, or
     * a partial modification clears them: then the flags it no longer gives are removed; else
     * those the teacher confirmed at first connection stay (full exports often leave the
     * attribute blank).
     */
    private boolean detach(PersonId person, Listed listed) {
      boolean changed = false;
      for (SchoolClass before : structures.classesOf(person)) {
        SchoolClass after = !listed.classes.contains(before.id()) ? before.without(person)
            : !listed.mainTeachersGiven || listed.mainClasses.contains(before.id()) ? before
            : before.withoutMainTeacher(person);
        if (!after.equals(before)) {
          structures.save(after);
          changed = true;
        }
      }

      for (Group before : structures.groupsOf(person)) {
        if (!listed.groups.contains(before.id())) {
          structures.save(before.without(person));
          changed = true;
        }
      }
      return changed;
    }

    private Optional<EstablishmentId> structure(List<String> value, AafRecord record,
        String what, List<AafImportReport.Issue> found) {
      if (value.size() < 2 || !validCode(value.get(1), record, what, found)) {
        if (value.size() < 2) {
          found.add(issue("MALFORMED_VALUE", record, what + " value '"
              + String.join("$", value) + "' is not of the form structure$code; ignored"));
        }
        return Optional.empty();
      }
      Optional<EstablishmentId> establishment = structures.establishmentByJoinKey(
          value.get(0)).map(Establishment::id);
      if (establishment.isEmpty()) {
        found.add(issue("UNKNOWN_STRUCTURE", record, what + " " + String.join("$", value)
            + " names structure " + value.get(0) + ", absent from the export; not applied"));
      }
      return establishment;
    }

    private Set<String> pupilStructures(AafRecord record) {
      Set<String> attachments = new LinkedHashSet<>(record.values("ENTPersonStructRattach"));
      attachments.addAll(servedStructures(record, "ENTEleveClasses", "ENTEleveGroupes"));
      return attachments;
    }

    /** Returns the known structures of a person's classes and groups: they belong there too. */
    private Set<String> servedStructures(AafRecord record, String classes, String groups) {
      Set<String> served = new LinkedHashSet<>();
      for (String attribute : List.of(classes, groups)) {
        for (List<String> value : record.composites(attribute)) {
          if (structures.establishmentByJoinKey(value.get(0)).isPresent()) {
            served.add(value.get(0));
          }
        }
      }
      return served;
    }

    private boolean validCode(String code, AafRecord record, String what,
        List<AafImportReport.Issue> found) {
      if (code.isBlank() || code.length() > MAX_CODE_LENGTH || !code.strip().equals(code)) {
        found.add(issue("MALFORMED_VALUE", record, what + " code '"
            + code.substring(0, Math.min(code.length(), MAX_CODE_LENGTH)) + "' is blank, has"
            + " surrounding spaces or is longer than " + MAX_CODE_LENGTH
            + " characters; ignored"));
        return false;
      }
      return true;
    }

    private Set<EstablishmentId> establishments(Set<String> joinKeys, AafRecord record,
        String what, List<AafImportReport.Issue> found) {
      Set<EstablishmentId> ids = new LinkedHashSet<>();
      for (String joinKey : joinKeys) {
        Optional<Establishment> establishment = structures.establishmentByJoinKey(joinKey);
        if (establishment.isPresent()) {
          ids.add(establishment.get().id());
        } else {
          found.add(issue("UNKNOWN_STRUCTURE", record, what + " to structure " + joinKey
              + ", absent from the export; not applied"));
        }
      }
      return ids;
    }

    private <T> Outcome save(Optional<T> existing, T next, Consumer<T> saver) {
      if (existing.isPresent() && existing.get().equals(next)) {
        return Outcome.UNCHANGED;
      }
      saver.accept(next);
      return existing.isPresent() ? Outcome.UPDATED : Outcome.ADDED;
    }

    AafImportReport report() {
      return new AafImportReport(files, rejections, anomalies, leavers);
    }

    private AafImportReport.Issue issue(String kind, AafRecord record, String detail) {
      return new AafImportReport.Issue(kind, record.fileName(), record.position(),
          record.identifier(), detail);
    }
  }

  /**
   * What applying one record in memory gave, counted once its batch is written.
   *
   * @param outcome the {@link Outcome} ordinal, or {@link #REJECTED}
   * @param anomalies what looked wrong but was applied
   * @param rejection why the record was refused, or null
   */
  private record Applied(int outcome, List<AafImportReport.Issue> anomalies,
      AafImportReport.@Nullable Issue rejection) {
  }

  /**
   * Where a record was read, kept instead of the record itself so that memory does not grow
   * with the export.
   *
   * @param fileName its file
   * @param position its rank in the file
   * @param identifier its identifier, when a report will need it
   */
  private record Origin(String fileName, int position, @Nullable String identifier) {
  }

  /** The classes, main-teacher flags and groups one record lists, as they were joined. */
  private static final class Listed {
    private final Set<ClassId> classes = new HashSet<>();
    private final Set<ClassId> mainClasses = new HashSet<>();
    private final Set<GroupId> groups = new HashSet<>();
    private boolean mainTeachersGiven;
  }

  private static Set<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Optional<Profile> profileOf(AafCategory category) {
    return switch (category) {
      case PERS_EDUC_NAT -> Optional.of(Profile.EDUCATIONAL_STAFF);
      case ELEVE -> Optional.of(Profile.STUDENT);
      case PERS_REL_ELEVE -> Optional.of(Profile.PARENT);
      case ETAB_EDUC_NAT, MATIERE_EDUC_NAT, MEF_EDUC_NAT -> Optional.empty();
    };
  }

  private static String joinKey(AafRecord record) {
    return record.first("ENTPersonJointure").orElse(record.identifier());
  }

  private static String lastName(AafRecord record) {
    return record.first("sn").or(() -> record.first("ENTPersonNomPatro")).orElse("");
  }

  private static Set<String> legalRelatives(AafRecord record) {
    Set<String> relatives = new LinkedHashSet<>(record.values("ENTEleveAutoriteParentale"));
    for (List<String> link : record.composites("ENTElevePersRelEleve")) {
      if (link.size() >= 4 && !link.get(0).isBlank() && !link.get(3).isBlank()
          && !link.get(3).equals("0")) {
        relatives.add(link.get(0));
      }
    }
    return relatives;
  }

  private static EstablishmentType typeOf(String typeStruct) {
    return switch (typeStruct.strip().toUpperCase(Locale.ROOT)) {
      case "CLG", "COLLEGE" -> EstablishmentType.COLLEGE;
      case "LYC", "LGT", "LEGT" -> EstablishmentType.LEGT;
      case "LPO" -> EstablishmentType.LPO;
      case "LP" -> EstablishmentType.LP;
      case "EREA" -> EstablishmentType.EREA;
      default -> EstablishmentType.OTHER;
    };
  }
}
