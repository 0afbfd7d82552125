-- Folios schema, version 1: the directory, the spaces and their shares, the news, the catalogue.
-- The same SQL runs on PostgreSQL and on H2 (in MODE=PostgreSQL). Identifiers are stored as
-- text; lists that the ports return are sorted by the application, not by the collation.

-- The directory -------------------------------------------------------------------------------

create table establishment (
  id varchar(64) not null,
  uai varchar(8) not null,
  name varchar(500) not null,
  type varchar(32) not null,
  academy_code varchar(64),
  academy_name varchar(100),
  join_key varchar(255),
  constraint pk_establishment primary key (id),
  constraint uk_establishment_uai unique (uai),
  constraint uk_establishment_join_key unique (join_key)
);

create table person (
  id varchar(64) not null,
  join_key varchar(255),
  profile varchar(32) not null,
  first_name varchar(255) not null,
  last_name varchar(255) not null,
  email varchar(320),
  guidance_psychologist boolean not null,
  constraint pk_person primary key (id),
  constraint uk_person_join_key unique (join_key)
);

create index ix_person_profile on person (profile);

-- People may be attached to establishments and linked to children that the directory has not
-- delivered yet, so these join tables reference their owner only.
create table person_establishment (
  person_id varchar(64) not null,
  establishment_id varchar(64) not null,
  constraint pk_person_establishment primary key (person_id, establishment_id),
  constraint fk_person_establishment_person foreign key (person_id)
    references person (id) on delete cascade
);

create index ix_person_establishment_establishment
  on person_establishment (establishment_id);

create table person_child (
  person_id varchar(64) not null,
  child_id varchar(64) not null,
  constraint pk_person_child primary key (person_id, child_id),
  constraint fk_person_child_person foreign key (person_id)
    references person (id) on delete cascade
);

create table school_class (
  id varchar(64) not null,
  establishment_id varchar(64) not null,
  school_year integer not null,
  code varchar(100) not null,
  constraint pk_school_class primary key (id),
  constraint uk_school_class_natural_key unique (establishment_id, school_year, code)
);

create table class_student (
  class_id varchar(64) not null,
  person_id varchar(64) not null,
  constraint pk_class_student primary key (class_id, person_id),
  constraint fk_class_student_class foreign key (class_id)
    references school_class (id) on delete cascade
);

create index ix_class_student_person on class_student (person_id);

create table class_teacher (
  class_id varchar(64) not null,
  person_id varchar(64) not null,
  constraint pk_class_teacher primary key (class_id, person_id),
  constraint fk_class_teacher_class foreign key (class_id)
    references school_class (id) on delete cascade
);

create index ix_class_teacher_person on class_teacher (person_id);

-- Main teachers are also teachers: lookups by person go through class_teacher.
create table class_main_teacher (
  class_id varchar(64) not null,
  person_id varchar(64) not null,
  constraint pk_class_main_teacher primary key (class_id, person_id),
  constraint fk_class_main_teacher_class foreign key (class_id)
    references school_class (id) on delete cascade
);

create table work_group (
  id varchar(64) not null,
  establishment_id varchar(64) not null,
  school_year integer not null,
  code varchar(100) not null,
  constraint pk_work_group primary key (id),
  constraint uk_work_group_natural_key unique (establishment_id, school_year, code)
);

create table group_student (
  group_id varchar(64) not null,
  person_id varchar(64) not null,
  constraint pk_group_student primary key (group_id, person_id),
  constraint fk_group_student_group foreign key (group_id)
    references work_group (id) on delete cascade
);

create index ix_group_student_person on group_student (person_id);

create table group_staff (
  group_id varchar(64) not null,
  person_id varchar(64) not null,
  constraint pk_group_staff primary key (group_id, person_id),
  constraint fk_group_staff_group foreign key (group_id)
    references work_group (id) on delete cascade
);

create index ix_group_staff_person on group_staff (person_id);

-- Spaces, folders, documents and shares ---------------------------------------------------------

create table space (
  id varchar(64) not null,
  kind varchar(16) not null,
  owner varchar(255) not null,
  name varchar(500) not null,
  max_bytes bigint not null,
  max_documents bigint not null,
  max_folders bigint not null,
  max_file_bytes bigint not null,
  used_bytes bigint not null,
  used_documents bigint not null,
  used_folders bigint not null,
  constraint pk_space primary key (id),
  constraint uk_space_owner unique (kind, owner),
  constraint ck_space_usage check (used_bytes >= 0 and used_documents >= 0
    and used_folders >= 0)
);

-- name_key is the name ignoring case (ItemName.key), by which siblings are listed.
create table folder (
  id varchar(64) not null,
  space_id varchar(64) not null,
  parent_id varchar(64),
  name varchar(255) not null,
  name_key varchar(1024) not null,
  created_by varchar(64) not null,
  created_at timestamp(6) with time zone not null,
  constraint pk_folder primary key (id),
  constraint fk_folder_space foreign key (space_id) references space (id),
  constraint fk_folder_parent foreign key (parent_id) references folder (id)
);

create index ix_folder_parent on folder (space_id, parent_id);

create table document (
  id varchar(64) not null,
  space_id varchar(64) not null,
  folder_id varchar(64),
  name varchar(255) not null,
  name_key varchar(1024) not null,
  blob_key varchar(64) not null,
  size_bytes bigint not null,
  media_type varchar(255) not null,
  created_by varchar(64) not null,
  created_at timestamp(6) with time zone not null,
  origin varchar(255),
  constraint pk_document primary key (id),
  constraint fk_document_space foreign key (space_id) references space (id),
  constraint fk_document_folder foreign key (folder_id) references folder (id),
  constraint ck_document_size check (size_bytes >= 0)
);

create index ix_document_folder on document (space_id, folder_id);

create index ix_document_blob on document (blob_key);

create table document_share (
  id varchar(64) not null,
  document_id varchar(64) not null,
  grantee_kind varchar(16) not null,
  grantee_id varchar(64) not null,
  granted_by varchar(64) not null,
  granted_at timestamp(6) with time zone not null,
  ends_at timestamp(6) with time zone,
  constraint pk_document_share primary key (id),
  constraint fk_document_share_document foreign key (document_id) references document (id)
);

create index ix_document_share_document on document_share (document_id, granted_at);

create index ix_document_share_grantee
  on document_share (grantee_kind, grantee_id, granted_at);

-- News ------------------------------------------------------------------------------------------

create table news_item (
  id varchar(64) not null,
  class_id varchar(64) not null,
  author_id varchar(64) not null,
  title varchar(200) not null,
  body varchar(20000) not null,
  published_at timestamp(6) with time zone not null,
  constraint pk_news_item primary key (id),
  constraint fk_news_item_class foreign key (class_id) references school_class (id)
);

create index ix_news_item_class on news_item (class_id, published_at);

-- The catalogue ---------------------------------------------------------------------------------

-- summary and body have no length: unbounded on PostgreSQL, 1,000,000 characters on H2.
create table catalogue_resource (
  id varchar(200) not null,
  title varchar(1000) not null,
  summary varchar not null,
  body varchar not null,
  published date,
  source varchar(500) not null,
  url varchar(2000),
  constraint pk_catalogue_resource primary key (id)
);

create table catalogue_resource_facet (
  resource_id varchar(200) not null,
  position integer not null,
  facet varchar(32) not null,
  concept varchar(500) not null,
  constraint pk_catalogue_resource_facet primary key (resource_id, position),
  constraint fk_catalogue_resource_facet_resource foreign key (resource_id)
    references catalogue_resource (id) on delete cascade
);

create table vocabulary (
  id varchar(200) not null,
  title varchar(500) not null,
  constraint pk_vocabulary primary key (id)
);

create table concept (
  vocabulary_id varchar(200) not null,
  concept_id varchar(500) not null,
  position integer not null,
  pref_label varchar(1000) not null,
  broader varchar(500),
  deprecated boolean not null,
  constraint pk_concept primary key (vocabulary_id, concept_id),
  constraint fk_concept_vocabulary foreign key (vocabulary_id)
    references vocabulary (id) on delete cascade
);

create table concept_alt_label (
  vocabulary_id varchar(200) not null,
  concept_id varchar(500) not null,
  position integer not null,
  label varchar(1000) not null,
  constraint pk_concept_alt_label primary key (vocabulary_id, concept_id, position),
  constraint fk_concept_alt_label_concept foreign key (vocabulary_id, concept_id)
    references concept (vocabulary_id, concept_id) on delete cascade
);
