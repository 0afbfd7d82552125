package fr.folios.core.spi;

import static fr.folios.core.spi.Fixtures.establishment;
import static fr.folios.core.spi.Fixtures.person;

import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.Profile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The shared setup of the contract tests: a fresh store per test, closed after it. */
public abstract class PersistenceContract {

  /** The store under test. */
  protected Persistence persistence;

  /** Returns a new, empty store. */
  protected abstract Persistence newPersistence() throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    persistence = newPersistence();
  }

  @AfterEach
  void closeStore() {
    persistence.close();
  }

  /** Saves and returns a person of a new establishment. */
  protected Person savedPerson(Profile profile, String lastName) {
    Establishment college = establishment(350000 + lastName.length(), null);
    if (persistence.directory().findEstablishmentByUai(college.uai()).isEmpty()) {
      persistence.directory().saveEstablishment(college);
    } else {
      college = persistence.directory().findEstablishmentByUai(college.uai()).orElseThrow();
    }
    Person person = person(profile, lastName, college.id(), null);
    persistence.directory().savePerson(person);
    return person;
  }
}
