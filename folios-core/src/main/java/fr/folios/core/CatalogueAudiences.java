package fr.folios.core;

import fr.folios.core.catalogue.Audience;
import fr.folios.core.catalogue.ResourceScope;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Person;
import fr.folios.core.spi.DirectoryRepository;
import java.util.ArrayList;
import java.util.List;

/** Works out a person's catalogue audience from the directory. */
final class CatalogueAudiences {

  private CatalogueAudiences() {
  }

  /**
   * Returns the audience of a person: the scopes of the establishments they are attached to
   * and of these establishments' académies, and the national scope.
   */
  static Audience of(DirectoryRepository directory, Person person) {
    List<ResourceScope> scopes = new ArrayList<>();
    for (EstablishmentId id : person.establishments()) {
      scopes.add(ResourceScope.establishment(id));
      directory.findEstablishment(id).map(Establishment::academy)
          .ifPresent(academy -> scopes.add(ResourceScope.academy(academy)));
    }
    return Audience.of(person.id(), scopes);
  }
}
