-- Folios schema, version 8: who writes a catalogue resource, whom it is meant for and where it
-- stands. Resources imported before this version are national and published, without author.

alter table catalogue_resource add column scope varchar(300) default 'national' not null;

alter table catalogue_resource add column status varchar(16) default 'PUBLISHED' not null;

alter table catalogue_resource add column created_at timestamp(6) with time zone;

alter table catalogue_resource add column updated_at timestamp(6) with time zone;

create table catalogue_resource_author (
  resource_id varchar(200) not null,
  position integer not null,
  person_id varchar(64) not null,
  constraint pk_catalogue_resource_author primary key (resource_id, position),
  constraint fk_catalogue_resource_author_resource foreign key (resource_id)
    references catalogue_resource (id) on delete cascade
);

create index ix_catalogue_resource_author_person on catalogue_resource_author (person_id);
