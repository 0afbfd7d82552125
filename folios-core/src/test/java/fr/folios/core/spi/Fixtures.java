package fr.folios.core.spi;

import fr.folios.core.directory.Academy;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.Uai;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.ItemName;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.space.SpaceUsage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Builds valid domain objects for the contract tests. */
public final class Fixtures {

  /** A fixed instant, truncated to microseconds so every database keeps it exactly. */
  public static final Instant NOW = Instant.parse("2025-09-01T08:00:00.123456Z");

  private Fixtures() {
  }

  /** Returns an establishment with a valid UAI built from a seven-digit number. */
  public static Establishment establishment(int number, @Nullable String joinKey) {
    String digits = String.format("%07d", number);
    Uai uai = Uai.ofUnchecked(digits + "A");
    uai = Uai.ofUnchecked(digits + uai.expectedCheckLetter());
    return new Establishment(EstablishmentId.random(), uai, "Collège " + number,
        EstablishmentType.COLLEGE, Academy.find("rennes").orElseThrow(), joinKey);
  }

  /** Returns a person with a profile, attached to one establishment. */
  public static Person person(Profile profile, String lastName, EstablishmentId establishment,
      @Nullable String joinKey) {
    return new Person(PersonId.random(), joinKey, profile, "Léa", lastName,
        lastName.toLowerCase() + "@example.org", Set.of(establishment), false, Set.of(),
        null);
  }

  /** Returns an empty personal space of a person. */
  public static Space personalSpace(PersonId owner) {
    return new Space(SpaceId.random(), SpaceKind.PERSONAL, owner.value(), "Léa — personal",
        SpaceLimits.DEFAULT, SpaceUsage.EMPTY);
  }

  /** Returns a folder. */
  public static Folder folder(SpaceId space, @Nullable FolderId parent, String name,
      PersonId by) {
    return new Folder(FolderId.random(), space, parent, ItemName.of(name), by, NOW);
  }

  /** Returns a document whose bytes are a given blob. */
  public static Document document(SpaceId space, @Nullable FolderId folder, String name,
      BlobKey blob, PersonId by) {
    return new Document(DocumentId.random(), space, folder, ItemName.of(name), blob, 42,
        "text/plain; charset=UTF-8", by, NOW, null);
  }

  /** Returns a blob key made from one repeated hexadecimal digit. */
  public static BlobKey blob(char digit) {
    return new BlobKey(String.valueOf(digit).repeat(64));
  }

  /** Returns an instant some minutes after {@link #NOW}. */
  public static Instant later(int minutes) {
    return NOW.plus(minutes, ChronoUnit.MINUTES);
  }
}
