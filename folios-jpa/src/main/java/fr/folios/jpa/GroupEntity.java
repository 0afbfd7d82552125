package fr.folios.jpa;

import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.SchoolYear;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** Stores a working {@link Group}, with its pupils and staff. */
@Entity(name = "WorkGroup")
@Table(name = "work_group")
class GroupEntity implements Row<Group> {

  @Id
  @Column(name = "id", length = 64)
  private String id = "";

  @Column(name = "establishment_id", length = 64, nullable = false)
  private String establishment = "";

  @Column(name = "school_year", nullable = false)
  private int year;

  @Column(name = "code", length = 100, nullable = false)
  private String code = "";

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
    id = group.id().value();
    establishment = group.establishment().value();
    year = group.year().startYear();
    code = group.code();
    Members.replace(students, Members.values(group.students(), PersonId::value));
    Members.replace(staff, Members.values(group.staff(), PersonId::value));
  }

  @Override
  public Group toRecord() {
    return new Group(new GroupId(id), new EstablishmentId(establishment), new SchoolYear(year),
        code, Members.ids(students, PersonId::new), Members.ids(staff, PersonId::new));
  }
}
