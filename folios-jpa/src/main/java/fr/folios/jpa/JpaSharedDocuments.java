package fr.folios.jpa;

import fr.folios.core.directory.PersonId;
import fr.folios.core.space.Document;
import fr.folios.core.spi.DocumentPosition;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@link fr.folios.core.spi.Persistence#sharedWith} with one SQL query that returns
 * the identifiers of one page only, on PostgreSQL and H2 alike: the grantees reaching the
 * person (themselves, their classes, their groups or, for a partner, the groups of their
 * invitations in force), the shares in force to them, each re-share followed up its sources
 * while every link is in force and still reaches its re-sharer (a recursive query bounded at 64
 * links, as the core's read path), the folders beneath each shared folder out of the trash, and
 * the walk up from each shared item to tell whether a folder above it is in the trash. The page
 * is cut in the database, after the cursor, in {@link DocumentPosition#ORDER}: PostgreSQL
 * compares the keys in its {@code "C"} collation (code points), H2 as Java strings (the same
 * but between characters beyond U+FFFF and U+E000 to U+FFFF). A second statement loads the
 * page's documents. Safe for concurrent use.
 */
final class JpaSharedDocuments {

  /** Whether share {@code h} reaches person {@code p}, as in the read path. */
  private static final String REACHES = """
      (h.grantee_kind = 'PERSON' and h.grantee_id = p.id
        or h.grantee_kind = 'CLASS' and (
          exists (select 1 from class_student m where m.class_id = h.grantee_id
            and m.person_id = p.id)
          or exists (select 1 from class_teacher m where m.class_id = h.grantee_id
            and m.person_id = p.id))
        or h.grantee_kind = 'GROUP' and (
          p.profile <> 'EXTERNAL_PARTNER' and (
            exists (select 1 from group_student m where m.group_id = h.grantee_id
              and m.person_id = p.id)
            or exists (select 1 from group_staff m where m.group_id = h.grantee_id
              and m.person_id = p.id))
          or p.profile = 'EXTERNAL_PARTNER' and exists (select 1 from group_invitation i
            where i.group_id = h.grantee_id and i.partner_id = p.id and i.ends_at > :at)))""";

  static final String QUERY = """
      with recursive
        chain (start_id, id, source_id, granted_by, depth) as (
          select h.id, h.id, h.source_id, h.granted_by, 1 from document_share h
            join person p on p.id = :person
            where (h.ends_at is null or h.ends_at > :at)
              and (h.grantee_kind = 'PERSON' and h.grantee_id = :person
                or h.grantee_kind = 'CLASS' and h.grantee_id in (
                  select m.class_id from class_student m where m.person_id = :person
                  union select m.class_id from class_teacher m where m.person_id = :person)
                or h.grantee_kind = 'GROUP' and p.profile <> 'EXTERNAL_PARTNER'
                  and h.grantee_id in (
                    select m.group_id from group_student m where m.person_id = :person
                    union select m.group_id from group_staff m where m.person_id = :person)
                or h.grantee_kind = 'GROUP' and p.profile = 'EXTERNAL_PARTNER'
                  and h.grantee_id in (select i.group_id from group_invitation i
                    where i.partner_id = :person and i.ends_at > :at))
          union all
          select c.start_id, h.id, h.source_id, h.granted_by, c.depth + 1 from chain c
            join document_share h on h.id = c.source_id
            join person p on p.id = c.granted_by
            where c.depth < 64 and (h.ends_at is null or h.ends_at > :at) and REACHES
        ),
        up (root_id, id, parent_id, trashed_at) as (
          select f.id, f.id, f.parent_id, f.trashed_at from folder f
            where f.id in (select h.folder_id from document_share h
              where h.id in (select start_id from chain where source_id is null))
          union
          select u.root_id, f.id, f.parent_id, f.trashed_at from up u
            join folder f on f.id = u.parent_id
        ),
        down (space_id, id) as (
          select f.space_id, f.id from folder f
            where f.id in (select root_id from up)
              and not exists (select 1 from up u where u.root_id = f.id
                and u.trashed_at is not null)
          union
          select f.space_id, f.id from down w
            join folder f on f.space_id = w.space_id and f.parent_id = w.id
            where f.trashed_at is null
        ),
        doc_up (document_id, parent_id, trashed_at) as (
          select d.id, f.parent_id, f.trashed_at from document d
            join folder f on f.id = d.folder_id
            where d.id in (select h.document_id from document_share h
              where h.id in (select start_id from chain where source_id is null))
          union
          select u.document_id, f.parent_id, f.trashed_at from doc_up u
            join folder f on f.id = u.parent_id
        )
      select d.id from document d
        where d.trashed_at is null
          and (exists (select 1 from down w where w.space_id = d.space_id
                and w.id = d.folder_id)
            or d.id in (select h.document_id from document_share h
                where h.id in (select start_id from chain where source_id is null))
              and not exists (select 1 from doc_up u where u.document_id = d.id
                and u.trashed_at is not null))
          and (:first = 1 or d.name_key COLLATE > :key
            or d.name_key COLLATE = :key and d.id COLLATE > :after)
        order by d.name_key COLLATE, d.id COLLATE
        limit :limit""".replace("REACHES", REACHES);

  private static final Pattern PARAMETER =
      Pattern.compile(":(person|at|first|key|after|limit)\\b");

  private final JpaTransactions transactions;

  JpaSharedDocuments(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  /** Returns the page's documents, in order. */
  List<Document> page(PersonId person, Instant at, @Nullable DocumentPosition after,
      int limit) {
    return transactions.call(entities -> {
      List<String> ids = entities.unwrap(Session.class).doReturningWork(connection ->
          ids(connection, person, at, after, limit));
      return documents(entities, ids);
    });
  }

  private static List<String> ids(Connection connection, PersonId person, Instant at,
      @Nullable DocumentPosition after, int limit) throws SQLException {
    boolean postgres = connection.getMetaData().getDatabaseProductName()
        .equalsIgnoreCase("PostgreSQL");
    String sql = QUERY.replace(" COLLATE", postgres ? " collate \"C\"" : "");
    List<String> order = new ArrayList<>();
    Matcher names = PARAMETER.matcher(sql);
    while (names.find()) {
      order.add(names.group(1));
    }
    try (PreparedStatement statement = connection.prepareStatement(
        PARAMETER.matcher(sql).replaceAll("?"))) {
      for (int i = 0; i < order.size(); i++) {
        switch (order.get(i)) {
          case "person" -> statement.setString(i + 1, person.value());
          case "at" -> statement.setObject(i + 1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
          case "first" -> statement.setInt(i + 1, after == null ? 1 : 0);
          case "key" -> statement.setString(i + 1, after == null ? "" : after.nameKey());
          case "after" -> statement.setString(i + 1, after == null ? "" : after.id().value());
          default -> statement.setInt(i + 1, limit);
        }
      }
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    }
  }

  private static List<Document> documents(EntityManager entities, List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Document> found = new HashMap<>();
    for (DocumentEntity row : entities.createQuery("select d from Document d"
        + " where d.id in :ids", DocumentEntity.class).setParameter("ids", ids)
        .getResultList()) {
      Document document = row.toRecord();
      found.put(document.id().value(), document);
    }
    return ids.stream().map(found::get).filter(Objects::nonNull).toList();
  }
}
