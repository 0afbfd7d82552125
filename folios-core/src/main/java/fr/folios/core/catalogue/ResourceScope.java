package fr.folios.core.catalogue;

import fr.folios.core.directory.Academy;
import fr.folios.core.directory.EstablishmentId;
import java.util.Objects;

/**
 * Who a published resource is meant for: the whole country, one académie or one establishment.
 *
 * @param level how wide the scope is
 * @param code the académie's code ({@link Academy#code()}) or the establishment's identifier;
 *     empty for {@link Level#NATIONAL}
 */
public record ResourceScope(Level level, String code) {

  /** How wide a scope is, from the narrowest to the widest. */
  public enum Level {
    /** One establishment's staff and pupils. */
    ESTABLISHMENT,
    /** Everyone attached to an establishment of one académie. */
    ACADEMY,
    /** Everyone. */
    NATIONAL
  }

  private static final ResourceScope NATIONAL = new ResourceScope(Level.NATIONAL, "");

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a national scope has a code, or another scope has none
   */
  public ResourceScope {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(code, "code");
    if (level == Level.NATIONAL != code.isEmpty()) {
      throw new IllegalArgumentException("scope " + level + " with code '" + code + "': a"
          + " national scope has no code, an académie or establishment scope has one");
    }
  }

  /** {@return the national scope} */
  public static ResourceScope national() {
    return NATIONAL;
  }

  /**
   * Returns the scope of one académie.
   *
   * @param academy the académie
   * @return its scope
   */
  public static ResourceScope academy(Academy academy) {
    return new ResourceScope(Level.ACADEMY, academy.code());
  }

  /**
   * Returns the scope of one establishment.
   *
   * @param establishment the establishment's identifier
   * @return its scope
   */
  public static ResourceScope establishment(EstablishmentId establishment) {
    return new ResourceScope(Level.ESTABLISHMENT, establishment.value());
  }

  /**
   * Reads a scope back from its {@link #key()}.
   *
   * @param key e.g. {@code national}, {@code academy:rennes} or {@code establishment:…}
   * @return the scope
   * @throws IllegalArgumentException if the key is not one that {@link #key()} gives
   */
  public static ResourceScope parse(String key) {
    Objects.requireNonNull(key, "key");
    if (key.equals("national")) {
      return NATIONAL;
    }
    int colon = key.indexOf(':');
    String level = colon < 0 ? "" : key.substring(0, colon);
    String code = key.substring(colon + 1);
    return switch (level) {
      case "academy" -> new ResourceScope(Level.ACADEMY, code);
      case "establishment" -> new ResourceScope(Level.ESTABLISHMENT, code);
      default -> throw new IllegalArgumentException("scope key '" + key + "' is not 'national',"
          + " 'academy:<code>' nor 'establishment:<id>'");
    };
  }

  /**
   * {@return a stable text naming this scope, e.g. {@code academy:rennes}; stores and indexes
   * keep it}
   */
  public String key() {
    return switch (level) {
      case NATIONAL -> "national";
      case ACADEMY -> "academy:" + code;
      case ESTABLISHMENT -> "establishment:" + code;
    };
  }

  /**
   * Tells whether this scope reaches more people than another by its level.
   *
   * @param other the other scope
   * @return {@code true} if this one's level is wider
   */
  public boolean widerThan(ResourceScope other) {
    return level.compareTo(other.level) > 0;
  }
}
