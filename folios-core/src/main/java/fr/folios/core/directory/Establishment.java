package fr.folios.core.directory;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An establishment (établissement): a collège, a lycée, an EREA…
 *
 * @param id its identifier in Folios
 * @param uai its national identifier; its check letter may be wrong if the directory said so
 *     (see {@link Uai#hasValidCheckLetter()})
 * @param name its usual name
 * @param type its kind
 * @param academy the académie it belongs to, or {@code null} if the directory did not say
 * @param joinKey its key in the académie directory ({@code ENTStructureJointure}), or
 *     {@code null} if it was not imported from it
 */
public record Establishment(
    EstablishmentId id, Uai uai, String name, EstablishmentType type,
    @Nullable Academy academy, @Nullable String joinKey) {

  /** Checks the parts. */
  public Establishment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(uai, "uai");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
