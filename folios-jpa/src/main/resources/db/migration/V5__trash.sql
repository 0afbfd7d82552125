-- Folios schema, version 5: the trash. A folder or a document put in its space's trash keeps
-- its row and its place, with the time it was put there; listings leave it out until it is
-- restored, and purging it deletes the row.

alter table folder add column trashed_at timestamp(6) with time zone;

alter table document add column trashed_at timestamp(6) with time zone;

create index ix_document_trash on document (space_id, trashed_at);

create index ix_folder_trash on folder (space_id, trashed_at);
