package fr.folios.jpa;

import fr.folios.core.FoliosException;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.spi.ReadAccess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.Session;

/**
 * Answers {@link fr.folios.core.spi.Persistence#readAccess} in one SQL query, on PostgreSQL
 * and H2 alike: the reader's profile, the document's space, the walk up its folders (a
 * recursive query over their primary key), the space membership, and the shares reaching the
 * reader on the document or a folder above it, each re-share followed up its sources (a second
 * recursive query) while every link is in force and still reaches its re-sharer. Every row is
 * reached through a key: {@code PostgresReadPathsPlanTest} checks on PostgreSQL that no plan
 * of it scans a large table whole. Outside a transaction it runs on the {@link
 * ReadConnections}, in auto-commit, and costs one round trip: no commit follows. Safe for
 * concurrent use.
 */
final class JpaReadPaths {

  /**
   * Whether share {@code h} reaches person {@code p} (with profile {@code p.profile}): one
   * probe by primary key of the membership table that the share's grantee kind names. A union
   * under {@code exists}, rather than {@code exists} joined by {@code or}, so that PostgreSQL
   * cannot trade the probes for a hash of a whole membership table.
   */
  private static final String REACHES = """
      exists (
        select 1 where h.grantee_kind = 'PERSON' and h.grantee_id = p.id
        union all
        select 1 from class_student m where h.grantee_kind = 'CLASS'
          and m.class_id = h.grantee_id and m.person_id = p.id
        union all
        select 1 from class_teacher m where h.grantee_kind = 'CLASS'
          and m.class_id = h.grantee_id and m.person_id = p.id
        union all
        select 1 from group_student m where h.grantee_kind = 'GROUP'
          and p.profile <> 'EXTERNAL_PARTNER' and m.group_id = h.grantee_id
          and m.person_id = p.id
        union all
        select 1 from group_staff m where h.grantee_kind = 'GROUP'
          and p.profile <> 'EXTERNAL_PARTNER' and m.group_id = h.grantee_id
          and m.person_id = p.id
        union all
        select 1 from group_invitation i where h.grantee_kind = 'GROUP'
          and p.profile = 'EXTERNAL_PARTNER' and i.group_id = h.grantee_id
          and i.partner_id = p.id and i.ends_at > :at)""";

  /**
   * The grantees through which a share reaches the reader: themselves, their classes and their
   * groups (an external partner's only through an invitation in force), each membership table
   * read through its index by person.
   */
  private static final String READER_GRANTEES = """
      select 'PERSON' as kind, p.id as id from person p where p.id = :person
      union all
      select 'CLASS', m.class_id from class_student m join person p on p.id = m.person_id
        where m.person_id = :person
      union all
      select 'CLASS', m.class_id from class_teacher m join person p on p.id = m.person_id
        where m.person_id = :person
      union all
      select 'GROUP', m.group_id from group_student m join person p on p.id = m.person_id
        where m.person_id = :person and p.profile <> 'EXTERNAL_PARTNER'
      union all
      select 'GROUP', m.group_id from group_staff m join person p on p.id = m.person_id
        where m.person_id = :person and p.profile <> 'EXTERNAL_PARTNER'
      union all
      select 'GROUP', i.group_id from group_invitation i join person p on p.id = i.partner_id
        where i.partner_id = :person and p.profile = 'EXTERNAL_PARTNER' and i.ends_at > :at""";

  static final String QUERY = """
      with recursive
        above (id, parent_id, trashed_at) as (
          select f.id, f.parent_id, f.trashed_at from folder f
            join document d on f.id = d.folder_id where d.id = :document
          union
          select f.id, f.parent_id, f.trashed_at from folder f join above a on f.id = a.parent_id
        ),
        chain (id, source_id, granted_by) as (
          select h.id, h.source_id, h.granted_by from (
              select h.id, h.source_id, h.granted_by, h.grantee_kind, h.grantee_id, h.ends_at
                from document_share h where h.document_id = :document
              union all
              select h.id, h.source_id, h.granted_by, h.grantee_kind, h.grantee_id, h.ends_at
                from above a join document_share h on h.folder_id = a.id) h
            join (READER_GRANTEES) g on g.kind = h.grantee_kind and g.id = h.grantee_id
            where h.ends_at is null or h.ends_at > :at
          union
          select h.id, h.source_id, h.granted_by from chain c
            join document_share h on h.id = c.source_id
            join person p on p.id = c.granted_by
            where (h.ends_at is null or h.ends_at > :at) and REACHES
        )
      select
        (select profile from person where id = :person),
        s.kind,
        case when d.trashed_at is not null
          or exists (select 1 from above where trashed_at is not null) then 1 else 0 end,
        case when s.kind = 'PERSONAL' and s.owner = :person
          or s.kind = 'CLASS' and (
            exists (select 1 from class_student m where m.class_id = s.owner
              and m.person_id = :person)
            or exists (select 1 from class_teacher m where m.class_id = s.owner
              and m.person_id = :person))
          or s.kind = 'GROUP' and exists (select 1 from person p where p.id = :person and (
            p.profile <> 'EXTERNAL_PARTNER' and (
              exists (select 1 from group_student m where m.group_id = s.owner
                and m.person_id = p.id)
              or exists (select 1 from group_staff m where m.group_id = s.owner
                and m.person_id = p.id))
            or p.profile = 'EXTERNAL_PARTNER' and exists (select 1 from group_invitation i
              where i.group_id = s.owner and i.partner_id = p.id and i.ends_at > :at)))
          then 1 else 0 end,
        case when exists (select 1 from chain where source_id is null) then 1 else 0 end
      from (values (1)) as one (x)
        left join document d on d.id = :document
        left join space s on s.id = d.space_id"""
      .replace("READER_GRANTEES", READER_GRANTEES).replace("REACHES", REACHES);

  /** {@link #QUERY} with positional parameters, for JDBC; bind them with {@link #bind}. */
  static final String POSITIONAL = QUERY.replaceAll(":(person|document|at)\\b", "?");

  /** The names of {@link #POSITIONAL}'s parameters, in order. */
  static final List<String> ORDER = Pattern.compile(":(person|document|at)\\b")
      .matcher(QUERY).results().map(m -> m.group(1)).toList();

  private final JpaTransactions transactions;
  private final DataSource connections;

  JpaReadPaths(JpaTransactions transactions, DataSource connections) {
    this.transactions = transactions;
    this.connections = connections;
  }

  /**
   * Reads the facts in one statement: on the thread's transaction if there is one (so that
   * its writes are seen), else on a pooled connection in auto-commit, with no commit to send.
   */
  ReadAccess readAccess(PersonId person, DocumentId document, Instant at) {
    if (transactions.active()) {
      return transactions.call(entities -> entities.unwrap(Session.class)
          .doReturningWork(connection -> read(connection, person, document, at)));
    }
    try (Connection connection = connections.getConnection()) {
      connection.setAutoCommit(true);
      return read(connection, person, document, at);
    } catch (SQLException e) {
      throw new FoliosException("could not tell whether person " + person + " may read"
          + " document " + document + ": the database failed (" + e.getMessage() + ")", e);
    }
  }

  private static ReadAccess read(Connection connection, PersonId person, DocumentId document,
      Instant at) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(POSITIONAL)) {
      bind(statement, person, document, at);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        String profile = row.getString(1);
        String kind = row.getString(2);
        return new ReadAccess(profile == null ? null : Profile.valueOf(profile),
            kind == null ? null : SpaceKind.valueOf(kind), row.getInt(3) == 1,
            row.getInt(4) == 1, row.getInt(5) == 1);
      }
    }
  }

  /**
   * Sets the parameters of {@link #POSITIONAL}, or of a statement made of a prefix without
   * parameters and {@link #POSITIONAL}.
   */
  static void bind(PreparedStatement statement, PersonId person, DocumentId document,
      Instant at) throws SQLException {
    for (int i = 0; i < ORDER.size(); i++) {
      switch (ORDER.get(i)) {
        case "person" -> statement.setString(i + 1, person.value());
        case "document" -> statement.setString(i + 1, document.value());
        default -> statement.setObject(i + 1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      }
    }
  }
}
