-- A new item's name is checked against its siblings' name keys (SpaceRepository.nameTaken):
-- these indexes answer that check without reading the whole folder.
create index ix_folder_name on folder (space_id, parent_id, name_key);

create index ix_document_name on document (space_id, folder_id, name_key);
