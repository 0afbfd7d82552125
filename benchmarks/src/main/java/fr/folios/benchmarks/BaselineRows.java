package fr.folios.benchmarks;

import fr.folios.core.directory.Academy;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolYear;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The raw baseline's writer: turns AAF records into the directory rows Folios stores
 * (establishments, classes, groups, people, their establishments, classes, groups and
 * children) and inserts them with plain JDBC batches, committed every thousand records.
 *
 * <p>It keeps no map of people: identifiers are derived from join keys (name-based UUIDs, as
 * long as Folios' random ones), so a link needs no look-up. It keeps the identifiers of the
 * structures and of their classes and groups, a few thousand at académie scale, and the rows
 * of the records since the last commit. Relatives must be written before the pupils who name
 * them: a pupil's links to their relatives, and the relatives' attachments to the pupil's
 * establishments, are inserted at each commit in one statement each, joined to the relatives'
 * rows, so links to relatives the export does not describe are left out, as Folios leaves
 * them.
 *
 * <p>Not safe for concurrent use.
 */
final class BaselineRows implements AutoCloseable {

  private static final int RECORDS_PER_COMMIT = 1_000;
  private static final int MAX_CODE_LENGTH = 64;

  /** The inserts, in the order a flush runs them: owners before the rows that name them. */
  private enum Insert {
    ESTABLISHMENT("insert into establishment (id, uai, name, type, academy_code, academy_name,"
        + " join_key) values (?, ?, ?, ?, ?, ?, ?)"),
    SCHOOL_CLASS("insert into school_class (id, establishment_id, school_year, code)"
        + " values (?, ?, ?, ?)"),
    WORK_GROUP("insert into work_group (id, establishment_id, school_year, code)"
        + " values (?, ?, ?, ?)"),
    PERSON("insert into person (id, join_key, profile, first_name, last_name, email,"
        + " guidance_psychologist) values (?, ?, ?, ?, ?, ?, ?)"),
    PERSON_ESTABLISHMENT("insert into person_establishment (person_id, establishment_id)"
        + " values (?, ?)"),
    CLASS_STUDENT("insert into class_student (class_id, person_id) values (?, ?)"),
    CLASS_TEACHER("insert into class_teacher (class_id, person_id) values (?, ?)"),
    CLASS_MAIN_TEACHER("insert into class_main_teacher (class_id, person_id) values (?, ?)"),
    GROUP_STUDENT("insert into group_student (group_id, person_id) values (?, ?)"),
    GROUP_STAFF("insert into group_staff (group_id, person_id) values (?, ?)");

    private final String sql;

    Insert(String sql) {
      this.sql = sql;
    }
  }

  /** A relative's children, from arrays of (relative, child): only relatives stored. */
  private static final String RELATIVE_CHILDREN = "insert into person_child (person_id,"
      + " child_id) select person.id, link.child from unnest(?::varchar[], ?::varchar[])"
      + " as link(relative, child) join person on person.id = link.relative";
  /** A relative's establishments, their children's, from arrays of (relative, establishment). */
  private static final String RELATIVE_ESTABLISHMENTS = "insert into person_establishment"
      + " (person_id, establishment_id) select distinct person.id, link.establishment"
      + " from unnest(?::varchar[], ?::varchar[]) as link(relative, establishment)"
      + " join person on person.id = link.relative on conflict do nothing";

  private final Connection connection;
  private final int year;
  private final Map<Insert, PreparedStatement> statements = new EnumMap<>(Insert.class);
  private final Set<String> structures = new HashSet<>();
  private final Set<String> classes = new HashSet<>();
  private final Set<String> groups = new HashSet<>();
  private final Pairs relativeChildren = new Pairs();
  private final Pairs relativeEstablishments = new Pairs();
  private int pending;

  /**
   * Prepares the inserts on a connection, which this writer commits.
   *
   * @throws SQLException if a statement cannot be prepared
   */
  BaselineRows(Connection connection, SchoolYear year) throws SQLException {
    this.connection = connection;
    this.year = year.startYear();
    connection.setAutoCommit(false);
    for (Insert insert : Insert.values()) {
      statements.put(insert, connection.prepareStatement(insert.sql));
    }
  }

  /** Writes an establishment ({@code EtabEducNat}) with the classes and groups it declares. */
  void establishment(RawRecord record) throws SQLException {
    String joinKey = record.firstOr("ENTStructureJointure", record.identifier());
    String uai = record.firstOr("ENTStructureUAI", record.firstOr("ENTEtablissementUAI", ""));
    Academy academy = academy(record.first("ENTServAcAcademie"));
    String id = id("establishment", joinKey);
    add(Insert.ESTABLISHMENT, id, uai, record.firstOr("ENTStructureNomCourant", uai),
        type(record.firstOr("ENTStructureTypeStruct", "")),
        academy == null ? null : academy.code(), academy == null ? null : academy.name(),
        joinKey);
    structures.add(joinKey);

    for (List<String> value : record.composites("ENTStructureClasses")) {
      schoolClass(joinKey, value.get(0));
    }
    for (List<String> value : record.composites("ENTStructureGroupes")) {
      group(joinKey, value.get(0));
    }
    recordDone();
  }

  /** Writes a staff member ({@code PersEducNat}), their classes, main-teacher flags, groups. */
  void staff(RawRecord record) throws SQLException {
    String id = person(record, Profile.EDUCATIONAL_STAFF, record.first("mail"),
        isGuidancePsychologist(record));
    attach(id, record, "ENTAuxEnsClasses", "ENTAuxEnsGroupes");

    Set<String> taught = new LinkedHashSet<>(classes(record, "ENTAuxEnsClasses"));
    Set<String> main = classes(record, "ENTAuxEnsClassesPrincipal");
    taught.addAll(main);
    link(Insert.CLASS_TEACHER, taught, id);
    link(Insert.CLASS_MAIN_TEACHER, main, id);
    link(Insert.GROUP_STAFF, groups(record, "ENTAuxEnsGroupes"), id);
    recordDone();
  }

  /** Writes a relative ({@code PersRelEleve}); their children come with the pupils. */
  void relative(RawRecord record) throws SQLException {
    person(record, Profile.PARENT, record.first("mail"), false);
    recordDone();
  }

  /** Writes a pupil ({@code Eleve}), their classes, groups, and their legal relatives' links. */
  void pupil(RawRecord record) throws SQLException {
    String id = person(record, Profile.STUDENT, null, false);
    Set<String> establishments = attach(id, record, "ENTEleveClasses", "ENTEleveGroupes");
    link(Insert.CLASS_STUDENT, classes(record, "ENTEleveClasses"), id);
    link(Insert.GROUP_STUDENT, groups(record, "ENTEleveGroupes"), id);

    for (String relative : legalRelatives(record)) {
      String relativeId = id("person", relative);
      relativeChildren.add(relativeId, id);
      for (String establishment : establishments) {
        relativeEstablishments.add(relativeId, establishment);
      }
    }
    recordDone();
  }

  /** Counts a record that stores nothing, such as a subject or a delete request. */
  void skipped() throws SQLException {
    recordDone();
  }

  /**
   * Runs the pending batches and commits them.
   *
   * @throws SQLException if the database refuses a row
   */
  void flush() throws SQLException {
    for (Insert insert : Insert.values()) {
      statements.get(insert).executeBatch();
    }
    relativeChildren.insert(connection, RELATIVE_CHILDREN);
    relativeEstablishments.insert(connection, RELATIVE_ESTABLISHMENTS);
    connection.commit();
    pending = 0;
  }

  /** Flushes what is pending and closes the statements, not the connection. */
  @Override
  public void close() throws SQLException {
    try {
      flush();
    } finally {
      for (PreparedStatement statement : statements.values()) {
        statement.close();
      }
    }
  }

  private String person(RawRecord record, Profile profile, @Nullable String email,
      boolean guidancePsychologist) throws SQLException {
    String joinKey = record.firstOr("ENTPersonJointure", record.identifier());
    String id = id("person", joinKey);
    add(Insert.PERSON, id, joinKey, profile.name(), record.firstOr("givenName", ""),
        record.firstOr("sn", record.firstOr("ENTPersonNomPatro", "")), email,
        guidancePsychologist);
    return id;
  }

  /** Attaches a person to their known structures and those of their classes and groups. */
  private Set<String> attach(String person, RawRecord record, String classAttribute,
      String groupAttribute) throws SQLException {
    Set<String> keys = new LinkedHashSet<>(record.values("ENTPersonStructRattach"));
    for (String attribute : List.of(classAttribute, groupAttribute)) {
      for (List<String> value : record.composites(attribute)) {
        keys.add(value.get(0));
      }
    }
    Set<String> establishments = new LinkedHashSet<>();
    for (String key : keys) {
      if (structures.contains(key)) {
        establishments.add(id("establishment", key));
      }
    }
    for (String establishment : establishments) {
      add(Insert.PERSON_ESTABLISHMENT, person, establishment);
    }
    return establishments;
  }

  private Set<String> classes(RawRecord record, String attribute) throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    for (List<String> value : record.composites(attribute)) {
      if (value.size() >= 2 && structures.contains(value.get(0)) && validCode(value.get(1))) {
        ids.add(schoolClass(value.get(0), value.get(1)));
      }
    }
    return ids;
  }

  private Set<String> groups(RawRecord record, String attribute) throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    for (List<String> value : record.composites(attribute)) {
      if (value.size() >= 2 && structures.contains(value.get(0)) && validCode(value.get(1))) {
        ids.add(group(value.get(0), value.get(1)));
      }
    }
    return ids;
  }

  /** Returns a class's identifier, inserting the class the first time it is named. */
  private String schoolClass(String structure, String code) throws SQLException {
    String id = id("class", structure + "$" + year + "$" + code);
    if (validCode(code) && classes.add(id)) {
      add(Insert.SCHOOL_CLASS, id, id("establishment", structure), year, code);
    }
    return id;
  }

  private String group(String structure, String code) throws SQLException {
    String id = id("group", structure + "$" + year + "$" + code);
    if (validCode(code) && groups.add(id)) {
      add(Insert.WORK_GROUP, id, id("establishment", structure), year, code);
    }
    return id;
  }

  private void link(Insert insert, Set<String> owners, String person) throws SQLException {
    for (String owner : owners) {
      add(insert, owner, person);
    }
  }

  private void add(Insert insert, @Nullable Object... values) throws SQLException {
    PreparedStatement statement = statements.get(insert);
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    statement.addBatch();
  }

  private void recordDone() throws SQLException {
    if (++pending == RECORDS_PER_COMMIT) {
      flush();
    }
  }

  /**
   * Pairs of identifiers waiting for the next flush, inserted in one statement from two
   * arrays: the statement keeps the pairs whose first identifier is a stored person.
   */
  private static final class Pairs {

    private final List<String> firsts = new ArrayList<>();
    private final List<String> seconds = new ArrayList<>();

    void add(String first, String second) {
      firsts.add(first);
      seconds.add(second);
    }

    void insert(Connection connection, String sql) throws SQLException {
      if (firsts.isEmpty()) {
        return;
      }
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setArray(1, connection.createArrayOf("varchar", firsts.toArray()));
        statement.setArray(2, connection.createArrayOf("varchar", seconds.toArray()));
        statement.executeUpdate();
      }
      firsts.clear();
      seconds.clear();
    }
  }

  private static boolean isGuidancePsychologist(RawRecord record) {
    for (List<String> function : record.composites("ENTPersonFonctions")) {
      if (function.size() > 1 && function.get(1).equals("ORI")) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> legalRelatives(RawRecord record) {
    Set<String> relatives = new LinkedHashSet<>(record.values("ENTEleveAutoriteParentale"));
    for (List<String> link : record.composites("ENTElevePersRelEleve")) {
      if (link.size() >= 4 && !link.get(0).isBlank() && !link.get(3).isBlank()
          && !link.get(3).equals("0")) {
        relatives.add(link.get(0));
      }
    }
    return relatives;
  }

  private static boolean validCode(String code) {
    return !code.isBlank() && code.length() <= MAX_CODE_LENGTH && code.strip().equals(code);
  }

  private static @Nullable Academy academy(@Nullable String name) {
    return name == null ? null : Academy.find(name).orElse(null);
  }

  private static String type(String typeStruct) {
    EstablishmentType type = switch (typeStruct.strip().toUpperCase(Locale.ROOT)) {
      case "CLG", "COLLEGE" -> EstablishmentType.COLLEGE;
      case "LYC", "LGT", "LEGT" -> EstablishmentType.LEGT;
      case "LPO" -> EstablishmentType.LPO;
      case "LP" -> EstablishmentType.LP;
      case "EREA" -> EstablishmentType.EREA;
      default -> EstablishmentType.OTHER;
    };
    return type.name();
  }

  private static String id(String kind, String key) {
    return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
