package fr.folios.core;

import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.Uai;
import fr.folios.core.space.Limit;
import fr.folios.core.space.QuotaWarning;
import fr.folios.core.space.QuotaWarningListener;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The limits new spaces get (per kind of space, and per establishment where the host set some)
 * and the thresholds at which crossing a limit's share is told. Immutable; safe for concurrent
 * use.
 */
final class SpaceRules {

  private static final Logger LOG = LoggerFactory.getLogger(SpaceRules.class);
  private static final int PERCENT = 100;

  private final Map<SpaceKind, SpaceLimits> byKind;
  private final Map<Uai, Map<SpaceKind, SpaceLimits>> byEstablishment;
  private final int[] thresholds;
  private final @Nullable QuotaWarningListener listener;

  SpaceRules(Map<SpaceKind, SpaceLimits> byKind,
      Map<Uai, Map<SpaceKind, SpaceLimits>> byEstablishment, int[] thresholds,
      @Nullable QuotaWarningListener listener) {
    this.byKind = new EnumMap<>(byKind);
    Map<Uai, Map<SpaceKind, SpaceLimits>> copy = new HashMap<>();
    byEstablishment.forEach((uai, limits) -> copy.put(uai, new EnumMap<>(limits)));
    this.byEstablishment = copy;
    this.thresholds = thresholds.clone();
    this.listener = listener;
  }

  /**
   * Returns the limits of a new space: those set for one of its establishments (the most
   * generous in bytes if several have some), else those of its kind.
   */
  SpaceLimits limits(SpaceKind kind, Collection<Establishment> establishments) {
    Optional<SpaceLimits> set = establishments.stream()
        .map(e -> byEstablishment.getOrDefault(e.uai(), Map.of()).get(kind))
        .filter(limits -> limits != null)
        .max((a, b) -> Long.compare(a.maxBytes(), b.maxBytes()));
    return set.orElseGet(() -> byKind.getOrDefault(kind, SpaceLimits.DEFAULT));
  }

  /**
   * Returns, for each limit, the highest threshold a change of a space's usage crossed
   * upwards: a change that jumps past two thresholds is told once, with the higher.
   */
  List<QuotaWarning> crossed(Space before, Space after) {
    List<QuotaWarning> warnings = new ArrayList<>();
    if (listener == null) {
      return warnings;
    }
    SpaceLimits limits = after.limits();
    add(warnings, after, Limit.SPACE_BYTES, before.usage().bytes(), after.usage().bytes(),
        limits.maxBytes());
    add(warnings, after, Limit.DOCUMENTS, before.usage().documents(),
        after.usage().documents(), limits.maxDocuments());
    add(warnings, after, Limit.FOLDERS, before.usage().folders(), after.usage().folders(),
        limits.maxFolders());
    return warnings;
  }

  /** Tells the listener, if any, of each warning; what it throws is logged, not raised. */
  void tell(List<QuotaWarning> warnings) {
    QuotaWarningListener told = listener;
    if (told == null) {
      return;
    }
    for (QuotaWarning warning : warnings) {
      try {
        told.crossed(warning);
      } catch (RuntimeException e) {
        LOG.warn("the quota warning listener failed on '{}'; the change stays", warning
            .message(), e);
      }
    }
  }

  private void add(List<QuotaWarning> warnings, Space space, Limit limit, long was, long is,
      long max) {
    int highest = -1;
    for (int percent : thresholds) {
      long line = (long) Math.ceil((double) max / PERCENT * percent);
      if (was < line && is >= line && percent > highest) {
        highest = percent;
      }
    }
    if (highest >= 0) {
      warnings.add(new QuotaWarning(space.id(), space.name(), limit, is, max, highest));
    }
  }
}
