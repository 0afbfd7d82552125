package fr.folios.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Issue 4's reader at scale, written straight into an empty Folios schema on PostgreSQL with
 * set-based SQL (a few seconds, where the repositories would take minutes): a teacher of 20
 * classes and staff of 10 working groups who may read 10,000 documents, among about 60,000
 * others and the memberships, folders and shares of a large establishment.
 *
 * <p>The shape follows the spaces benchmark's fixture, with folders three levels deep and
 * shares on folders and re-shares added. The teacher ({@link #READER}) may read:
 *
 * <ul>
 *   <li>4,000 documents of their class spaces, {@code doc-class-N}, and 2,000 of their group
 *       spaces, {@code doc-group-N}, by membership; N modulo 4 is the folder depth (0: none);
 *   <li>2,000 documents two or three folders deep in colleagues' personal spaces whose top
 *       folder is shared with them or with one of their classes, {@code doc-folder-N};
 *   <li>1,000 documents of colleagues shared with one of their groups, {@code doc-shared-N};
 *   <li>1,000 documents re-shared with them, {@code doc-reshared-N}: a colleague shared the
 *       document with a second colleague, who re-shared it; for N up to 100 the chain is one
 *       link longer: the owner shared it with a class, whose teacher re-shared it onwards.
 * </ul>
 *
 * <p>They may not read 40,000 documents of other classes ({@code doc-other-N}), 20,000 of
 * pupils' personal spaces each shared with another pupil ({@code doc-student-N}), 200
 * re-shared by a colleague whom the source share never reached ({@code doc-broken-N}) and 200
 * whose share with them ended ({@code doc-expired-N}). 50,000 pupils belong to 2,000 classes and
 * 500 groups, 2,000 colleagues teach ten classes each and staff the groups three by three, and
 * 1,000 external partners are invited into the groups: the size of some forty establishments.
 */
final class SharingAtScale {

  /** The teacher who reads. */
  static final String READER = "reader";

  /** The instant at which the reads are asked. */
  static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  /** Every document, by kind, in the rows below. */
  static final List<Kind> KINDS = List.of(new Kind("class", 4_000, true),
      new Kind("group", 2_000, true), new Kind("folder", 2_000, true),
      new Kind("shared", 1_000, true), new Kind("reshared", 1_000, true),
      new Kind("other", 40_000, false), new Kind("student", 20_000, false),
      new Kind("broken", 200, false), new Kind("expired", 200, false));

  /**
   * The documents of one kind, {@code doc-NAME-1} to {@code doc-NAME-COUNT}.
   *
   * @param name the kind's name in the identifiers
   * @param count how many there are
   * @param readable whether the reader may read them
   */
  record Kind(String name, int count, boolean readable) {

    /** {@return the identifier of the n-th document of the kind} */
    String document(int n) {
      return "doc-" + name + "-" + n;
    }
  }

  private static final String CREATED = "timestamp with time zone '2026-09-01 08:00:00+00'";

  private static final String PEOPLE = """
      insert into establishment (id, uai, name, type)
        values ('etab', '0750001A', 'Lycée à l''échelle', 'LEGT');
      insert into person (id, profile, first_name, last_name, guidance_psychologist)
        values ('reader', 'EDUCATIONAL_STAFF', 'Lecteur', 'Banc', false);
      insert into person (id, profile, first_name, last_name, guidance_psychologist)
        select 'colleague-' || n, 'EDUCATIONAL_STAFF', 'Collègue', 'N' || n, false
        from generate_series(1, 2000) n;
      insert into person (id, profile, first_name, last_name, guidance_psychologist)
        select 'student-' || n, 'STUDENT', 'Élève', 'N' || n, false
        from generate_series(1, 50000) n;
      insert into person (id, profile, first_name, last_name, guidance_psychologist)
        select 'partner-' || n, 'EXTERNAL_PARTNER', 'Partenaire', 'N' || n, false
        from generate_series(1, 1000) n;
      """;

  private static final String MEMBERSHIPS = """
      insert into school_class (id, establishment_id, school_year, code)
        select 'class-' || n, 'etab', 2026, 'C' || n from generate_series(1, 2000) n;
      insert into class_teacher (class_id, person_id)
        select 'class-' || n, 'reader' from generate_series(1, 20) n;
      insert into class_teacher (class_id, person_id)
        select 'class-' || n, 'colleague-' || ((n - 1 + 200 * t) % 2000 + 1)
        from generate_series(1, 2000) n cross join generate_series(0, 9) t;
      insert into class_student (class_id, person_id)
        select 'class-' || ((n - 1) % 2000 + 1), 'student-' || n
        from generate_series(1, 50000) n;
      insert into work_group (id, establishment_id, school_year, code)
        select 'group-' || n, 'etab', 2026, 'G' || n from generate_series(1, 500) n;
      insert into group_staff (group_id, person_id)
        select 'group-' || n, 'reader' from generate_series(1, 10) n;
      insert into group_staff (group_id, person_id)
        select 'group-' || n, 'colleague-' || ((n - 1 + 500 * t) % 2000 + 1)
        from generate_series(1, 500) n cross join generate_series(0, 2) t;
      insert into group_student (group_id, person_id)
        select 'group-' || ((n - 1) % 500 + 1), 'student-' || n
        from generate_series(1, 50000) n;
      insert into group_invitation (group_id, partner_id, ends_at, invited_by, invited_at)
        select 'group-' || ((n - 1) % 500 + 1), 'partner-' || n,
          timestamp with time zone '2027-07-01 00:00:00+00', 'colleague-1', CREATED
        from generate_series(1, 1000) n;
      """;

  /** A space per class, group and person, and three nested folders in most. */
  private static final String SPACES = """
      insert into space (id, kind, owner, name, max_bytes, max_documents, max_folders,
          max_file_bytes, used_bytes, used_documents, used_folders)
        select 'space-' || owner, kind, owner, 'Espace ' || owner, 104857600, 300, 100,
          31457280, 0, 0, 0
        from (select 'CLASS' as kind, id as owner from school_class
          union all select 'GROUP', id from work_group
          union all select 'PERSONAL', id from person where profile <> 'EXTERNAL_PARTNER') o;
      insert into folder (id, space_id, parent_id, name, name_key, created_by, created_at)
        select 'folder-' || s.id || '-' || l, s.id,
          case when l > 1 then 'folder-' || s.id || '-' || (l - 1) end,
          'Niveau ' || l, 'niveau ' || l, 'reader', CREATED
        from space s cross join generate_series(1, 3) l
        where s.kind <> 'PERSONAL' or s.owner like 'colleague-%' or l = 1
        order by l;
      """;

  private static final String READABLE_DOCUMENTS = """
      insert into document (id, space_id, folder_id, name, name_key, blob_key, size_bytes,
          media_type, created_by, created_at)
        select 'doc-' || kind || '-' || n, space_id,
          case when depth > 0 then 'folder-' || space_id || '-' || depth end,
          'Document ' || n || '.pdf', 'document ' || n || '.pdf', repeat('0', 64), 1024,
          'application/pdf', 'reader', CREATED
        from (
          select 'class' as kind, n, 'space-class-' || ((n - 1) % 20 + 1) as space_id,
            n % 4 as depth from generate_series(1, 4000) n
          union all select 'group', n, 'space-group-' || ((n - 1) % 10 + 1), n % 4
            from generate_series(1, 2000) n
          union all select 'folder', n, 'space-colleague-' || ((n - 1) % 100 + 1), 2 + n % 2
            from generate_series(1, 2000) n
          union all select 'shared', n, 'space-colleague-' || (100 + (n - 1) % 50 + 1), 0
            from generate_series(1, 1000) n
          union all select 'reshared', n, 'space-colleague-' || (150 + (n - 1) % 50 + 1), 0
            from generate_series(1, 1000) n) d;
      """;

  private static final String OTHER_DOCUMENTS = """
      insert into document (id, space_id, folder_id, name, name_key, blob_key, size_bytes,
          media_type, created_by, created_at)
        select 'doc-' || kind || '-' || n, space_id,
          case when depth > 0 then 'folder-' || space_id || '-' || depth end,
          'Document ' || n || '.pdf', 'document ' || n || '.pdf', repeat('1', 64), 1024,
          'application/pdf', 'colleague-1', CREATED
        from (
          select 'other' as kind, n, 'space-class-' || (20 + (n - 1) % 1980 + 1) as space_id,
            n % 4 as depth from generate_series(1, 40000) n
          union all select 'student', n, 'space-student-' || n, n % 2
            from generate_series(1, 20000) n
          union all select 'broken', n, 'space-colleague-' || (n % 50 + 1), 0
            from generate_series(1, 200) n
          union all select 'expired', n, 'space-colleague-' || (n % 50 + 51), 0
            from generate_series(1, 200) n) d;
      """;

  /** Shares; a re-share names its source, so sources come first. */
  private static final String SHARES = """
      insert into document_share (id, document_id, folder_id, grantee_kind, grantee_id,
          granted_by, granted_at, ends_at, source_id)
        select id, document_id, folder_id, grantee_kind, grantee_id, granted_by, CREATED,
          ends_at, source_id
        from (
          select 'share-folder-' || k as id, null as document_id,
            'folder-space-colleague-' || k || '-1' as folder_id,
            case when k <= 50 then 'PERSON' else 'CLASS' end as grantee_kind,
            case when k <= 50 then 'reader' else 'class-' || ((k - 51) % 20 + 1) end
              as grantee_id,
            'colleague-' || k as granted_by, null::timestamptz as ends_at,
            null as source_id, 1 as step
          from generate_series(1, 100) k
          union all select 'share-doc-' || n, 'doc-shared-' || n, null, 'GROUP',
            'group-' || ((n - 1) % 10 + 1), 'colleague-' || (100 + (n - 1) % 50 + 1), null,
            null, 1
          from generate_series(1, 1000) n
          union all select 'share-origin-' || n, 'doc-reshared-' || n, null, 'CLASS',
            'class-' || (50 + (n - 1) % 50 + 1), 'colleague-' || (150 + (n - 1) % 50 + 1),
            null, null, 1
          from generate_series(1, 100) n
          union all select 'share-source-' || n, 'doc-reshared-' || n, null, 'PERSON',
            'colleague-' || (case when n <= 100 then 100 else 0 end + (n - 1) % 50 + 1),
            'colleague-' || (case when n <= 100 then 50 else 150 end + (n - 1) % 50 + 1),
            null, case when n <= 100 then 'share-origin-' || n end, 2
          from generate_series(1, 1000) n
          union all select 'share-reshare-' || n, 'doc-reshared-' || n, null, 'PERSON',
            'reader',
            'colleague-' || (case when n <= 100 then 100 else 0 end + (n - 1) % 50 + 1), null,
            'share-source-' || n, 3
          from generate_series(1, 1000) n
          union all select 'share-student-' || n, 'doc-student-' || n, null, 'PERSON',
            'student-' || (n % 50000 + 1), 'student-' || n, null, null, 1
          from generate_series(1, 20000) n
          union all select 'share-student-folder-' || n, null,
            'folder-space-student-' || n || '-1', 'CLASS', 'class-' || (20 + (n - 1) % 1980 + 1),
            'student-' || n, null, null, 1
          from generate_series(1, 10000) n
          union all select 'share-broken-source-' || n, 'doc-broken-' || n, null, 'PERSON',
            'student-' || n, 'colleague-' || (n % 50 + 1), null, null, 1
          from generate_series(1, 200) n
          union all select 'share-broken-' || n, 'doc-broken-' || n, null, 'PERSON', 'reader',
            'colleague-' || (n % 50 + 101), null, 'share-broken-source-' || n, 2
          from generate_series(1, 200) n
          union all select 'share-expired-' || n, 'doc-expired-' || n, null, 'PERSON', 'reader',
            'colleague-' || (n % 50 + 51), timestamp with time zone '2026-06-30 00:00:00+00',
            null, 1
          from generate_series(1, 200) n) h
        order by step;
      """;

  private SharingAtScale() {
  }

  /**
   * Writes the rows into an empty schema in one transaction, then analyzes the tables as
   * autovacuum would soon after such a load.
   *
   * @param connection a connection to the database, in auto-commit
   * @throws SQLException if a statement fails
   */
  static void write(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String script : List.of(PEOPLE, MEMBERSHIPS, SPACES, READABLE_DOCUMENTS,
          OTHER_DOCUMENTS, SHARES)) {
        statement.execute(script.replace("CREATED", CREATED));
      }
      connection.commit();
    } finally {
      connection.setAutoCommit(true);
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("analyze");
    }
  }
}
