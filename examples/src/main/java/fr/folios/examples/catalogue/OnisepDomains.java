package fr.folios.examples.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** ONISEP's "domaine/sous-domaine" field: several {@code domain/subdomain} pairs split by |. */
final class OnisepDomains {

  private OnisepDomains() {
  }

  /**
   * Splits the field into readable, distinct entries such as
   * {@code santé - social - sport (travail social)}.
   *
   * @param field the raw field, possibly empty
   * @return the entries in file order, empty if the field is
   */
  static List<String> split(String field) {
    Set<String> entries = new LinkedHashSet<>();
    for (String pair : field.split("\\|")) {
      String entry = readable(pair.strip());
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    return new ArrayList<>(entries);
  }

  private static String readable(String pair) {
    int slash = pair.indexOf('/');
    if (slash < 0) {
      return pair;
    }
    String domain = pair.substring(0, slash).strip();
    String subdomain = pair.substring(slash + 1).strip();

    return subdomain.isEmpty() ? domain : domain + " (" + subdomain + ")";
  }
}
