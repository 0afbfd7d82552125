-- Folios schema, version 7: documents' versions. A document whose content was replaced keeps
-- a row per version kept, its current one included (the highest number, whose content is the
-- document's own). A document never replaced has none. Every version holds bytes against its
-- space's byte limit; its rows are deleted before the document.

create table document_version (
  document_id varchar(64) not null,
  number integer not null,
  blob_key varchar(64) not null,
  size_bytes bigint not null,
  media_type varchar(255) not null,
  created_by varchar(64) not null,
  created_at timestamp(6) with time zone not null,
  constraint pk_document_version primary key (document_id, number),
  constraint fk_document_version_document foreign key (document_id) references document (id),
  constraint ck_document_version check (number >= 1 and size_bytes >= 0)
);

create index ix_document_version_blob on document_version (blob_key);
