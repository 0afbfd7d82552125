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
import org.jspecify.annotations.Nullable;

/**
 * Imports an AAF export (the académie directory feed) into Folios: establishments, classes and
 * groups of one school year, pupils, staff with their main-teacher and guidance-psychologist
 * flags, and parents linked to the pupils they are legally responsible for.
 *
 * <p>Files are streamed one record at a time and applied in dependency order (establishments,
 * then staff, pupils, relatives), whatever order they are given in. Each record is applied in
 * its own transaction: a refused record changes nothing and is listed in the report with its
 * reason. People are keyed by their join key, establishments by join key then UAI, classes and
 * groups by (establishment, school year, code). Importing the same export again changes
 * nothing.
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

  private static final int PROGRESS_EVERY = 250;
  private static final int MAX_CODE_LENGTH = 64;

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
   * @param progress told of each file and of every few hundred records
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
   * @param progress told of each file and of every few hundred records
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
    run.reportUnknownRelatives();
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
    int purged = 0;
    for (Profile profile : Profile.values()) {
      for (Person person : store.directory().people(profile)) {
        LocalDate since = person.leavingSince();
        if (since != null && since.atStartOfDay(clock.getZone()).toInstant().plus(grace)
            .isBefore(now) && store.transactions().inTransaction(() -> purge(person.id()))) {
          purged++;
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
    private final List<AafImportReport.FileCounts> files = new ArrayList<>();
    private final List<AafImportReport.Issue> rejections = new ArrayList<>();
    private final List<AafImportReport.Issue> anomalies = new ArrayList<>();
    private final Map<String, Set<PersonId>> childrenOfRelative = new HashMap<>();
    private final Map<String, AafRecord> firstReferenceToRelative = new LinkedHashMap<>();
    private final Set<String> relativesSeen = new HashSet<>();
    private final Map<String, AafRecord> firstRecordOfKey = new HashMap<>();
    private final Set<String> peopleListed = new HashSet<>();
    private final List<AafImportReport.Leaver> leavers = new ArrayList<>();
    private final LocalDate today = LocalDate.now(clock);
    private @Nullable AafRecord current;

    Run(SchoolYear year) {
      this.year = year;
    }

    void importFile(InputStream in, String fileName, ProgressListener progress) {
      AafCategory category = AafCategory.fromFileName(fileName).orElseThrow();
      long[] counts = new long[Outcome.values().length + 1];
      long[] read = {0};
      try (AafReader reader = AafReader.open(in, fileName)) {
        reader.forEachRemaining(record -> {
          read[0]++;
          counts[apply(category, record)]++;
          if (read[0] % PROGRESS_EVERY == 0) {
            ProgressListener.report(progress, fileName, read[0], -1);
          }
        });
      } finally {
        files.add(new AafImportReport.FileCounts(fileName, category.code(), read[0],
            counts[Outcome.ADDED.ordinal()], counts[Outcome.UPDATED.ordinal()],
            counts[Outcome.UNCHANGED.ordinal()], counts[Outcome.LEAVING.ordinal()],
            counts[Outcome.values().length],
            counts[Outcome.SKIPPED.ordinal()]));
      }
    }

    private int apply(AafCategory fileCategory, AafRecord record) {
      current = record;
      if (profileOf(fileCategory).isPresent()) {
        peopleListed.add(joinKey(record));
      }
      List<AafImportReport.Issue> found = new ArrayList<>();
      try {
        Outcome outcome = store.transactions().inTransaction(() -> {
          found.clear();
          return applyChecked(fileCategory, record, found);
        });
        anomalies.addAll(found);
        return outcome.ordinal();
      } catch (FoliosException | IllegalArgumentException refused) {
        rejections.add(issue("REJECTED", record, refused.getMessage()));
        return Outcome.values().length;
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
        case PERS_REL_ELEVE -> relative(full);
        case MATIERE_EDUC_NAT, MEF_EDUC_NAT -> Outcome.SKIPPED;
      };
    }

    private void checkFirstOfItsKey(AafCategory category, AafRecord record) {
      if (category == AafCategory.MATIERE_EDUC_NAT || category == AafCategory.MEF_EDUC_NAT) {
        return;
      }
      String key = (category == AafCategory.ETAB_EDUC_NAT ? "structure " : "person ")
          + (category == AafCategory.ETAB_EDUC_NAT
              ? record.first("ENTStructureJointure").orElse(record.identifier())
              : joinKey(record));
      AafRecord first = firstRecordOfKey.putIfAbsent(key, record);
      if (first != null) {
        throw new InvalidInputException(key + " was already given by record " + first.position()
            + " of " + first.fileName() + " in this export; this second record is refused:"
            + " ask for an export where each join key appears once");
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
      Optional<Person> existing = directory.findPersonByJoinKey(joinKey);
      if (existing.isEmpty()) {
        throw new InvalidInputException("join key " + joinKey + " is asked to be deleted, but"
            + " Folios knows no one by it; nothing was changed: check the export's join keys");
      }
      checkProfile(existing, profile.get(), joinKey);
      if (existing.get().leaving()) {
        return Outcome.UNCHANGED;
      }
      directory.savePerson(existing.get().withLeavingSince(today));
      return Outcome.LEAVING;
    }

    /**
     * Returns a partial modification applied to what is stored of the person: a full record of
     * their names, e-mail, attachments, and their classes, main-teacher flags and groups of the
     * import's year.
     */
    private AafRecord merged(AafRecord record) {
      String joinKey = joinKey(record);
      Person stored = directory.findPersonByJoinKey(joinKey).orElseThrow(() ->
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
      List<String> structures = new ArrayList<>();
      for (EstablishmentId id : person.establishments()) {
        directory.findEstablishment(id).map(Establishment::joinKey).ifPresent(structures::add);
      }
      attributes.put("ENTPersonStructRattach", structures);
      boolean pupil = person.profile() == Profile.STUDENT;
      List<String> classes = new ArrayList<>();
      List<String> mainClasses = new ArrayList<>();
      for (SchoolClass c : directory.classesOf(person.id())) {
        if (c.year().equals(year)) {
          classes.add(structureCode(c.establishment(), c.code()));
        }
        if (c.year().equals(year) && c.mainTeachers().contains(person.id())) {
          mainClasses.add(structureCode(c.establishment(), c.code()));
        }
      }
      List<String> groups = new ArrayList<>();
      for (Group g : directory.groupsOf(person.id())) {
        if (g.year().equals(year)) {
          groups.add(structureCode(g.establishment(), g.code()));
        }
      }
      attributes.put(pupil ? "ENTEleveClasses" : "ENTAuxEnsClasses", classes);
      attributes.put(pupil ? "ENTEleveGroupes" : "ENTAuxEnsGroupes", groups);
      if (!pupil) {
        attributes.put("ENTAuxEnsClassesPrincipal", mainClasses);
      }
      return attributes;
    }

    private String structureCode(EstablishmentId establishment, String code) {
      return directory.findEstablishment(establishment).map(Establishment::joinKey)
          .orElse(establishment.value()) + "$" + code;
    }

    void markAbsentAsLeaving(List<AafCategory> categories) {
      for (AafCategory category : new LinkedHashSet<>(categories)) {
        Optional<Profile> profile = profileOf(category);
        if (profile.isEmpty()) {
          continue;
        }
        for (Person person : directory.people(profile.get())) {
          String joinKey = person.joinKey();
          if (joinKey != null && !person.leaving() && !peopleListed.contains(joinKey)
              && store.transactions().inTransaction(() -> markLeaving(person.id()))) {
            leavers.add(new AafImportReport.Leaver(category.code(), joinKey, today));
          }
        }
      }
    }

    private boolean markLeaving(PersonId id) {
      Optional<Person> person = directory.findPerson(id);
      if (person.isEmpty() || person.get().leaving()) {
        return false;
      }
      directory.savePerson(person.get().withLeavingSince(today));
      return true;
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
      Optional<Establishment> existing = directory.findEstablishmentByJoinKey(joinKey)
          .or(() -> directory.findEstablishmentByUai(uai));
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
      Outcome outcome = save(existing, establishment, directory::saveEstablishment);
      for (List<String> classe : record.composites("ENTStructureClasses")) {
        if (validCode(classe.get(0), record, "class", found)) {
          classOf(establishment.id(), classe.get(0));
        }
      }
      for (List<String> group : record.composites("ENTStructureGroupes")) {
        if (validCode(group.get(0), record, "group", found)) {
          groupOf(establishment.id(), group.get(0));
        }
      }
      return outcome;
    }

    private Outcome staff(AafRecord record, List<AafImportReport.Issue> found) {
      String joinKey = joinKey(record);
      Optional<Person> existing = directory.findPersonByJoinKey(joinKey);
      checkProfile(existing, Profile.EDUCATIONAL_STAFF, joinKey);
      Set<String> structures = new LinkedHashSet<>(record.values("ENTPersonStructRattach"));
      structures.addAll(servedStructures(record, "ENTAuxEnsClasses", "ENTAuxEnsGroupes"));
      boolean psychologist = false;
      for (List<String> function : record.composites("ENTPersonFonctions")) {
        psychologist |= function.size() > 1 && function.get(1).equals("ORI");
      }
      Person person = new Person(existing.map(Person::id).orElseGet(PersonId::random), joinKey,
          Profile.EDUCATIONAL_STAFF, record.first("givenName").orElse(""),
          lastName(record), record.first("mail")
              .orElse(existing.map(Person::email).orElse(null)),
          establishments(structures, record, "attachment", found),
          psychologist || existing.map(Person::guidancePsychologist).orElse(false), Set.of(),
          null);
      Outcome outcome = save(existing, person, directory::savePerson);
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
      Optional<Person> existing = directory.findPersonByJoinKey(joinKey);
      checkProfile(existing, Profile.STUDENT, joinKey);
      Person person = new Person(existing.map(Person::id).orElseGet(PersonId::random), joinKey,
          Profile.STUDENT, record.first("givenName").orElse(""), lastName(record),
          existing.map(Person::email).orElse(null),
          establishments(pupilStructures(record), record, "attachment", found), false,
          Set.of(), null);
      Outcome outcome = save(existing, person, directory::savePerson);
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
        childrenOfRelative.computeIfAbsent(relative, k -> new LinkedHashSet<>())
            .add(person.id());
        firstReferenceToRelative.putIfAbsent(relative, record);
      }
      return joined && outcome == Outcome.UNCHANGED ? Outcome.UPDATED : outcome;
    }

    private Outcome relative(AafRecord record) {
      String joinKey = joinKey(record);
      relativesSeen.add(joinKey);
      Optional<Person> existing = directory.findPersonByJoinKey(joinKey);
      checkProfile(existing, Profile.PARENT, joinKey);
      Set<PersonId> children = new LinkedHashSet<>(existing.map(Person::children)
          .orElse(Set.of()));
      children.addAll(childrenOfRelative.getOrDefault(joinKey, Set.of()));
      Set<EstablishmentId> establishments = new LinkedHashSet<>();
      for (PersonId child : children) {
        directory.findPerson(child).ifPresent(c -> establishments.addAll(c.establishments()));
      }
      if (children.isEmpty()) {
        anomalies.add(issue("PARENT_WITHOUT_PUPIL", record, "no pupil of this export names "
            + joinKey + " as legally responsible; kept as a parent with no child yet"));
      }
      Person person = new Person(existing.map(Person::id).orElseGet(PersonId::random), joinKey,
          Profile.PARENT, record.first("givenName").orElse(""), lastName(record),
          record.first("mail").orElse(existing.map(Person::email).orElse(null)),
          establishments, false, children, null);
      return save(existing, person, directory::savePerson);
    }

    void reportUnknownRelatives() {
      firstReferenceToRelative.forEach((relative, record) -> {
        if (!relativesSeen.contains(relative)
            && directory.findPersonByJoinKey(relative).isEmpty()) {
          anomalies.add(issue("UNKNOWN_RELATIVE", record, "pupil " + record.identifier()
              + " names " + relative + " as legally responsible, but no PersRelEleve record"
              + " of the export describes them; the link waits for that record"));
        }
      });
    }

    private boolean joinClass(List<String> value, PersonId person, boolean pupil,
        boolean main, Listed listed, AafRecord record, List<AafImportReport.Issue> found) {
      Optional<EstablishmentId> establishment = structure(value, record,
          main ? "main-teacher flag" : "class", found);
      if (establishment.isEmpty()) {
        return false;
      }
      SchoolClass before = classOf(establishment.get(), value.get(1));
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
      directory.saveClass(after);
      return true;
    }

    private boolean joinGroup(List<String> value, PersonId person, boolean pupil,
        Listed listed, AafRecord record, List<AafImportReport.Issue> found) {
      Optional<EstablishmentId> establishment = structure(value, record, "group", found);
      if (establishment.isEmpty()) {
        return false;
      }
      Group before = groupOf(establishment.get(), value.get(1));
      listed.groups.add(before.id());
      Group after = pupil ? before.with(Set.of(person), Set.of())
          : before.with(Set.of(), Set.of(person));
      if (after.equals(before)) {
        return false;
      }
      directory.saveGroup(after);
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
      for (SchoolClass before : directory.classesOf(person)) {
        SchoolClass after = !listed.classes.contains(before.id()) ? before.without(person)
            : !listed.mainTeachersGiven || listed.mainClasses.contains(before.id()) ? before
            : before.withoutMainTeacher(person);
        if (before.year().equals(year) && !after.equals(before)) {
          directory.saveClass(after);
          changed = true;
        }
      }

      for (Group before : directory.groupsOf(person)) {
        if (before.year().equals(year) && !listed.groups.contains(before.id())) {
          directory.saveGroup(before.without(person));
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
      Optional<EstablishmentId> establishment = directory.findEstablishmentByJoinKey(
          value.get(0)).map(Establishment::id);
      if (establishment.isEmpty()) {
        found.add(issue("UNKNOWN_STRUCTURE", record, what + " " + String.join("$", value)
            + " names structure " + value.get(0) + ", absent from the export; not applied"));
      }
      return establishment;
    }

    private Set<String> pupilStructures(AafRecord record) {
      Set<String> structures = new LinkedHashSet<>(record.values("ENTPersonStructRattach"));
      structures.addAll(servedStructures(record, "ENTEleveClasses", "ENTEleveGroupes"));
      return structures;
    }

    /** Returns the known structures of a person's classes and groups: they belong there too. */
    private Set<String> servedStructures(AafRecord record, String classes, String groups) {
      Set<String> structures = new LinkedHashSet<>();
      for (String attribute : List.of(classes, groups)) {
        for (List<String> value : record.composites(attribute)) {
          if (directory.findEstablishmentByJoinKey(value.get(0)).isPresent()) {
            structures.add(value.get(0));
          }
        }
      }
      return structures;
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
        Optional<Establishment> establishment = directory.findEstablishmentByJoinKey(joinKey);
        if (establishment.isPresent()) {
          ids.add(establishment.get().id());
        } else {
          found.add(issue("UNKNOWN_STRUCTURE", record, what + " to structure " + joinKey
              + ", absent from the export; not applied"));
        }
      }
      return ids;
    }

    private SchoolClass classOf(EstablishmentId establishment, String code) {
      return directory.findClass(establishment, year, code).orElseGet(() -> {
        SchoolClass created = SchoolClass.create(establishment, year, code);
        directory.saveClass(created);
        return created;
      });
    }

    private Group groupOf(EstablishmentId establishment, String code) {
      return directory.findGroup(establishment, year, code).orElseGet(() -> {
        Group created = Group.create(establishment, year, code);
        directory.saveGroup(created);
        return created;
      });
    }

    private <T> Outcome save(Optional<T> existing, T next, java.util.function.Consumer<T> saver) {
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
