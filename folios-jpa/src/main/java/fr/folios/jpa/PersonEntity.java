package fr.folios.jpa;

import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Stores a {@link Person}, with their establishments and children in join tables. */
@Entity(name = "Person")
@Table(name = "person")
class PersonEntity implements Row<Person> {

  @Id
  @Column(name = "id", length = 64)
  private String id = "";

  @Column(name = "join_key", length = 255)
  private @Nullable String joinKey;

  @Column(name = "profile", length = 32, nullable = false)
  private String profile = "";

  @Column(name = "first_name", length = 255, nullable = false)
  private String firstName = "";

  @Column(name = "last_name", length = 255, nullable = false)
  private String lastName = "";

  @Column(name = "email", length = 320)
  private @Nullable String email;

  @Column(name = "guidance_psychologist", nullable = false)
  private boolean guidancePsychologist;

  @Column(name = "leaving_since")
  private @Nullable LocalDate leavingSince;

  @ElementCollection
  @CollectionTable(name = "person_establishment",
      joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "establishment_id", length = 64, nullable = false)
  private Set<String> establishments = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "person_child", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "child_id", length = 64, nullable = false)
  private Set<String> children = new HashSet<>();

  PersonEntity() {
  }

  @Override
  public void assign(Person person) {
    id = person.id().value();
    joinKey = person.joinKey();
    profile = person.profile().name();
    firstName = person.firstName();
    lastName = person.lastName();
    email = person.email();
    guidancePsychologist = person.guidancePsychologist();
    leavingSince = person.leavingSince();
    Members.replace(establishments, Members.values(person.establishments(),
        EstablishmentId::value));
    Members.replace(children, Members.values(person.children(), PersonId::value));
  }

  @Override
  public Person toRecord() {
    return new Person(new PersonId(id), joinKey, Profile.valueOf(profile), firstName, lastName,
        email, Members.ids(establishments, EstablishmentId::new), guidancePsychologist,
        Members.ids(children, PersonId::new), leavingSince);
  }
}
