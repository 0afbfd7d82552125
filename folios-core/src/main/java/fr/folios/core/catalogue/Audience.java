package fr.folios.core.catalogue;

import fr.folios.core.directory.PersonId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who reads the catalogue, as the visibility rule needs to know them: a person and the scopes
 * they belong to.
 *
 * <p>The rule: a person sees a resource they author, whatever its status; any other resource
 * only once it is published, and only if its scope is one of theirs. The national scope is
 * everyone's; an académie's scope belongs to the people attached to one of its
 * establishments; an establishment's scope to the people attached to it. Indexes apply the
 * same rule as {@link #sees}.
 *
 * @param person who reads
 * @param scopes the scopes they belong to, the national one always among them
 */
public record Audience(PersonId person, Set<ResourceScope> scopes) {

  /**
   * Checks and copies the parts, adding the national scope.
   */
  public Audience {
    Objects.requireNonNull(person, "person");
    Set<ResourceScope> all = new HashSet<>(scopes);
    all.add(ResourceScope.national());
    scopes = Set.copyOf(all);
  }

  /**
   * Creates the audience of one person.
   *
   * @param person who reads
   * @param scopes the académie and establishment scopes they belong to
   * @return the audience, national scope included
   */
  public static Audience of(PersonId person, Collection<ResourceScope> scopes) {
    return new Audience(person, new HashSet<>(scopes));
  }

  /**
   * Tells whether this audience sees a resource.
   *
   * @param resource the resource
   * @return {@code true} if the person authors it, or it is published within their scopes
   */
  public boolean sees(CatalogueResource resource) {
    return resource.authors().contains(person)
        || resource.status() == ResourceStatus.PUBLISHED && scopes.contains(resource.scope());
  }

  /** {@return the keys of this audience's scopes, as indexes hold them} */
  public Set<String> scopeKeys() {
    return scopes.stream().map(ResourceScope::key).collect(Collectors.toUnmodifiableSet());
  }
}
