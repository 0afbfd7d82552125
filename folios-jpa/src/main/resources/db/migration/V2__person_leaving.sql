-- Folios schema, version 2: the day the académie directory stopped listing a person (or asked
-- to delete them). Null while they are listed. The same SQL runs on PostgreSQL and on H2.

alter table person add column leaving_since date;

create index ix_person_leaving_since on person (leaving_since);
