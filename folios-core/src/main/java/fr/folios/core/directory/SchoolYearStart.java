package fr.folios.core.directory;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What starting a school year (the rentrée) did in one establishment.
 *
 * @param establishment the establishment
 * @param previous its current school year before, or {@code null} if it had none
 * @param year its current school year now
 * @param archivedClasses how many of its classes are now archived: those of earlier years
 * @param archivedGroups how many of its groups are now archived: those of earlier years
 */
public record SchoolYearStart(EstablishmentId establishment, @Nullable SchoolYear previous,
    SchoolYear year, int archivedClasses, int archivedGroups) {

  /** Checks the parts. */
  public SchoolYearStart {
    Objects.requireNonNull(establishment, "establishment");
    Objects.requireNonNull(year, "year");
  }
}
