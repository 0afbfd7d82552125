package fr.folios.core;

import fr.folios.core.catalogue.Audience;
import fr.folios.core.catalogue.CatalogueQuery;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.CatalogueResults;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.Vocabulary;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Person;
import fr.folios.core.internal.Access;
import fr.folios.core.spi.CatalogueIndex;
import fr.folios.core.spi.Persistence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The resource catalogue: its vocabularies, its resources and their faceted search.
 *
 * <p>Loading vocabularies and resources is an operation of the host platform, not of a person;
 * searching is open to every person known to Folios. The repository is the source of truth and
 * the index can always be rebuilt from it. Safe for concurrent use.
 */
public final class Catalogue {

  private static final int BATCH = 1_000;

  /** The most titles {@link #suggest} returns at once. */
  public static final int MAX_SUGGESTIONS = 20;

  private final Persistence store;
  private final @Nullable CatalogueIndex index;
  private final Access access;

  Catalogue(Persistence store, @Nullable CatalogueIndex index, Access access) {
    this.store = store;
    this.index = index;
    this.access = access;
  }

  /**
   * Saves a vocabulary, replacing the one with the same identifier without orphaning anything:
   * a concept of the stored version, or a value a resource carries, that the new version lacks
   * is kept, marked deprecated, so it still displays and still filters (see
   * {@link Vocabulary#succeeding}).
   *
   * @param vocabulary the new version
   * @return the version saved, with the retired concepts it keeps
   */
  public Vocabulary saveVocabulary(Vocabulary vocabulary) {
    return store.transactions().inTransaction(() -> {
      Optional<Vocabulary> previous = store.catalogue().findVocabulary(vocabulary.id());
      Vocabulary saved = vocabulary.succeeding(previous.orElse(null), valuesOf(vocabulary.id()));
      store.catalogue().saveVocabulary(saved);
      return saved;
    });
  }

  /** Returns the values resources carry for the facets whose vocabulary has the given id. */
  private Set<String> valuesOf(String vocabularyId) {
    List<Facet> facets = Arrays.stream(Facet.values())
        .filter(facet -> facet.vocabularyId().equals(vocabularyId)).toList();
    if (facets.isEmpty()) {
      return Set.of();
    }
    Set<String> values = new HashSet<>();
    for (CatalogueResource resource : store.catalogue().resources()) {
      facets.forEach(facet -> values.addAll(resource.values(facet)));
    }
    return values;
  }

  /**
   * Finds a vocabulary.
   *
   * @param id its identifier, e.g. {@code folios-level} or {@code scolomfr-voc-022}
   * @return it, or empty
   */
  public Optional<Vocabulary> vocabulary(String id) {
    return store.catalogue().findVocabulary(id);
  }

  /** {@return every vocabulary, by identifier} */
  public List<Vocabulary> vocabularies() {
    return store.catalogue().vocabularies();
  }

  /**
   * Saves and indexes the resources that are new or changed, in batches, replacing those with
   * the same identifiers; resources equal to the stored ones are left alone. Each batch is saved
   * in one transaction before it is indexed.
   *
   * @param resources the resources
   * @param progress told how many changed resources are done out of their total
   * @return how many resources were new or changed
   * @throws InvalidInputException if a resource carries a facet value that the facet's
   *     vocabulary lacks; then nothing is saved (a facet whose vocabulary was never saved is not
   *     checked)
   */
  public int publish(Collection<CatalogueResource> resources, ProgressListener progress) {
    for (CatalogueResource resource : resources) {
      resource.facets().forEach((facet, values) -> checkValues(facet, values,
          "resource '" + resource.id() + "'"));
    }
    Map<ResourceId, CatalogueResource> stored = new HashMap<>();
    store.catalogue().resources().forEach(r -> stored.put(r.id(), r));
    List<CatalogueResource> changed = resources.stream()
        .filter(r -> !r.equals(stored.get(r.id()))).toList();
    for (int from = 0; from < changed.size(); from += BATCH) {
      List<CatalogueResource> batch = changed.subList(from,
          Math.min(changed.size(), from + BATCH));
      store.transactions().run(() -> store.catalogue().saveResources(batch));
      if (index != null) {
        index.index(batch);
      }
      ProgressListener.report(progress, "publishing", from + batch.size(), changed.size());
    }
    return changed.size();
  }

  /**
   * Finds a resource, whatever its status and scope: an operation of the host platform. To show
   * a resource to a person, use {@link #resource(Actor, ResourceId)}.
   *
   * @param id its identifier
   * @return it, or empty
   */
  public Optional<CatalogueResource> resource(ResourceId id) {
    return store.catalogue().findResource(id);
  }

  /** {@return how many resources the catalogue holds} */
  public long size() {
    return store.catalogue().countResources();
  }

  /**
   * Searches the catalogue for a person: they find the resources they author, and those
   * published within their scopes (see {@link Audience}).
   *
   * @param actor who searches
   * @param query the words, facet filters, facets to count and page
   * @return one page of hits with the total and the facet counts
   * @throws InvalidInputException if a filter names a value the facet's vocabulary lacks (a
   *     facet whose vocabulary was never saved is not checked)
   * @throws AccessDeniedException if the actor is unknown
   * @throws IllegalStateException if Folios was built without a catalogue index
   */
  public CatalogueResults search(Actor actor, CatalogueQuery query) {
    Person person = access.person(actor);
    query.filters().forEach((facet, values) -> checkValues(facet, values, "the search"));
    return requireIndex().search(query, audience(person));
  }

  /**
   * Finds a resource as a person may see it: one they author, or one published within their
   * scopes (see {@link Audience}).
   *
   * @param actor who looks
   * @param id the resource's identifier
   * @return it, or empty if it does not exist or the actor may not see it
   * @throws AccessDeniedException if the actor is unknown
   */
  public Optional<CatalogueResource> resource(Actor actor, ResourceId id) {
    Audience audience = audience(access.person(actor));
    return store.catalogue().findResource(id).filter(audience::sees);
  }

  /**
   * Returns whom a person is, for the catalogue's visibility rule: the scopes of the
   * establishments they are attached to and of these establishments' académies, and the
   * national scope.
   *
   * @param actor who reads
   * @return their audience
   * @throws AccessDeniedException if the actor is unknown
   */
  public Audience audience(Actor actor) {
    return audience(access.person(actor));
  }

  private Audience audience(Person person) {
    return CatalogueAudiences.of(store.directory(), person);
  }

  /**
   * Suggests titles as a person types, for a search box.
   *
   * @param actor who types
   * @param prefix what was typed so far; only the first {@value CatalogueQuery#MAX_TEXT_LENGTH}
   *     characters count
   * @param count the most titles to return, 1 to {@value #MAX_SUGGESTIONS}
   * @return distinct titles whose words start with the typed letters, case and accents aside,
   *     the best first
   * @throws InvalidInputException if the count is out of range
   * @throws AccessDeniedException if the actor is unknown
   * @throws IllegalStateException if Folios was built without a catalogue index
   */
  public List<String> suggest(Actor actor, String prefix, int count) {
    access.person(actor);
    Objects.requireNonNull(prefix, "prefix");
    if (count < 1 || count > MAX_SUGGESTIONS) {
      throw new InvalidInputException("suggestion count " + count + " is out of range: ask for 1"
          + " to " + MAX_SUGGESTIONS);
    }

    String typed = new CatalogueQuery(prefix, Map.of(), Set.of(), 0, 1).text();
    return requireIndex().suggest(typed, count);
  }

  /**
   * Rebuilds the index from the repository, e.g. after a restore or on a new machine.
   *
   * @param progress told how many resources were indexed out of the total
   * @throws IllegalStateException if Folios was built without a catalogue index
   */
  public void rebuildIndex(ProgressListener progress) {
    requireIndex().rebuild(store.catalogue().resources(), progress);
  }

  /**
   * Rebuilds the index if it does not hold as many resources as the repository, e.g. when its
   * directory was lost or a previous run stopped half-way. Call it when the host starts.
   *
   * @param progress told how many resources were indexed out of the total, if it rebuilds
   * @return {@code true} if the index was rebuilt
   * @throws IllegalStateException if Folios was built without a catalogue index
   */
  public boolean ensureIndexed(ProgressListener progress) {
    if (requireIndex().size() == store.catalogue().countResources()) {
      return false;
    }
    rebuildIndex(progress);
    return true;
  }

  /** {@return how many resources the index holds, or -1 without an index} */
  public long indexedSize() {
    return index == null ? -1 : index.size();
  }

  private void checkValues(Facet facet, Set<String> values, String where) {
    Optional<Vocabulary> vocabulary = store.catalogue().findVocabulary(facet.vocabularyId());
    if (vocabulary.isEmpty()) {
      return;
    }
    List<String> unknown = new ArrayList<>();
    for (String value : values) {
      if (vocabulary.get().find(value).isEmpty()) {
        unknown.add(value);
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(where + " uses " + unknown + " for facet '"
          + facet.frenchLabel() + "', which vocabulary '" + vocabulary.get().id()
          + "' does not hold: use one of its " + vocabulary.get().size() + " concept ids");
    }
  }

  private CatalogueIndex requireIndex() {
    if (index == null) {
      throw new IllegalStateException("this Folios has no catalogue index: build it with"
          + " Folios.builder().catalogueIndex(...), e.g. LuceneCatalogueIndex from folios-search");
    }
    return index;
  }
}
