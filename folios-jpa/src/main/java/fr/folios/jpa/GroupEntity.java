package fr.folios.jpa;

import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.PersonId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** Stores a working {@link Group}, with its pupils and staff. */
@Entity(name = "WorkGroup")
@Table(name = "work_group")
class GroupEntity extends YearStructureEntity implements Row<Group> {

  @ElementCollection
  @CollectionTable(name = "group_student", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "person_id", length = 64, nullable = false)
  private Set<String> students = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "group_staff", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "person_id", length = 64, nullable = false)
  private Set<String> staff = new HashSet<>();

  GroupEntity() {
  }

  @Override
  public void assign(Group group) {
    assignStructure(group.id().value(), group.establishment(), group.year(), group.code());
    Members.replace(students, Members.values(group.students(), PersonId::value));
    Members.replace(staff, Members.values(group.staff(), PersonId::value));
  }

  @Override
  public Group toRecord() {
    return new Group(new GroupId(id()), establishment(), year(), code(),
        Members.ids(students, PersonId::new), Members.ids(staff, PersonId::new));
  }
}
