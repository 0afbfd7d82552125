-- Folios schema, version 4: the pupils who named a relative the directory had not described
-- yet, so that the relative's record, arriving in a later export, links them.

create table pending_child (
  relative_join_key varchar(255) not null,
  child_id varchar(64) not null,
  constraint pk_pending_child primary key (relative_join_key, child_id)
);
