-- Folios schema, version 6: shares at full depth. A share is on a document or on a folder
-- (exactly one of the two), grants READ or CONTRIBUTE, and a re-share names the share it comes
-- from (deleted with it). Indexes serve the one-query read path: shares by folder, re-shares by
-- source, folders by identifier (their primary key) for the walk up a document's folders.

alter table document_share alter column document_id drop not null;

alter table document_share add column folder_id varchar(64);

alter table document_share add column permission varchar(16) default 'READ' not null;

alter table document_share add column source_id varchar(64);

alter table document_share add constraint fk_document_share_folder
  foreign key (folder_id) references folder (id);

alter table document_share add constraint fk_document_share_source
  foreign key (source_id) references document_share (id) on delete cascade;

alter table document_share add constraint ck_document_share_item
  check ((document_id is null and folder_id is not null)
    or (document_id is not null and folder_id is null));

alter table document_share add constraint ck_document_share_permission
  check (permission in ('READ', 'CONTRIBUTE'));

create index ix_document_share_folder on document_share (folder_id, granted_at);

create index ix_document_share_source on document_share (source_id);

create index ix_group_invitation_group on group_invitation (group_id, partner_id, ends_at);
