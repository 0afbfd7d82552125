package fr.folios.jpa;

import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.spi.ReadAccess;
import java.time.Instant;

/**
 * Answers {@link fr.folios.core.spi.Persistence#readAccess} in one SQL query, on PostgreSQL
 * and H2 alike: the reader's profile, the document's space, the walk up its folders (a
 * recursive query over their primary key), the space membership, and the shares reaching the
 * reader on the document or a folder above it, each re-share followed up its sources (a second
 * recursive query) while every link is in force and still reaches its re-sharer. Safe for
 * concurrent use.
 */
final class JpaReadPaths {

  /** Whether share {@code h} reaches person {@code p} (with profile {@code p.profile}). */
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
        above (id, parent_id, trashed_at) as (
          select f.id, f.parent_id, f.trashed_at from folder f
            join document d on f.id = d.folder_id where d.id = :document
          union
          select f.id, f.parent_id, f.trashed_at from folder f join above a on f.id = a.parent_id
        ),
        chain (id, source_id, granted_by) as (
          select h.id, h.source_id, h.granted_by from document_share h
            join person p on p.id = :person
            where (h.document_id = :document or h.folder_id in (select id from above))
              and (h.ends_at is null or h.ends_at > :at) and REACHES
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
        left join space s on s.id = d.space_id""".replace("REACHES", REACHES);

  private final JpaTransactions transactions;

  JpaReadPaths(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  ReadAccess readAccess(PersonId person, DocumentId document, Instant at) {
    Object[] row = transactions.call(entities -> (Object[]) entities
        .createNativeQuery(QUERY, Object[].class)
        .setParameter("person", person.value())
        .setParameter("document", document.value())
        .setParameter("at", at)
        .getSingleResult());
    return new ReadAccess(row[0] == null ? null : Profile.valueOf((String) row[0]),
        row[1] == null ? null : SpaceKind.valueOf((String) row[1]), one(row[2]), one(row[3]),
        one(row[4]));
  }

  private static boolean one(Object value) {
    return ((Number) value).intValue() == 1;
  }
}
