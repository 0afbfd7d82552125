-- Folios schema, version 3: the rentrée, external partners' invitations and working-group
-- requests. The same SQL runs on PostgreSQL and on H2 (in MODE=PostgreSQL).

-- The current school year of each establishment that has had a rentrée in Folios; the classes
-- and groups of earlier years are archived.
create table establishment_year (
  establishment_id varchar(64) not null,
  school_year integer not null,
  constraint pk_establishment_year primary key (establishment_id)
);

-- An external partner invited into a working group until ends_at.
create table group_invitation (
  group_id varchar(64) not null,
  partner_id varchar(64) not null,
  ends_at timestamp(6) with time zone not null,
  invited_by varchar(64) not null,
  invited_at timestamp(6) with time zone not null,
  constraint pk_group_invitation primary key (group_id, partner_id),
  constraint fk_group_invitation_group foreign key (group_id)
    references work_group (id) on delete cascade
);

create index ix_group_invitation_partner on group_invitation (partner_id);

-- A staff member's request for a new working group; status is PENDING, APPROVED or REFUSED.
create table group_request (
  id varchar(64) not null,
  establishment_id varchar(64) not null,
  code varchar(100) not null,
  name varchar(200) not null,
  reason varchar(2000) not null,
  requester_id varchar(64) not null,
  requested_at timestamp(6) with time zone not null,
  status varchar(16) not null,
  decided_by varchar(64),
  decided_at timestamp(6) with time zone,
  refusal varchar(2000),
  group_id varchar(64),
  constraint pk_group_request primary key (id)
);

create index ix_group_request_establishment on group_request (establishment_id, status);

create index ix_group_request_requester on group_request (requester_id);
