package fr.folios.examples.aaf;

import java.util.List;

/** Small lists of French-looking names and places, picked by a hash: no state, no file. */
final class FrenchNames {

  static final List<String> SURNAMES = List.of(
      "Le Goff", "Morvan", "Garnier", "Fabre", "Lemaire", "Chevallier", "Roussel", "Perrin",
      "Marchand", "Benoît", "Colin", "Barbier", "Aubert", "Picard", "Lacroix", "Rivière",
      "Guérin", "Mercier", "Dupuis", "Bertin", "Vasseur", "Poulain", "Lebrun", "Carré",
      "Tessier", "Hoarau", "Ferrand", "Delorme", "Jacquet", "Ollivier", "Maréchal", "Besson",
      "Gaillard", "Brunet", "Lejeune", "Cordier", "Bouvier", "Régnier", "Hamon", "Texier",
      "Prévost", "Chauvin", "Baudry", "Leclerc", "Sanchez", "Haddad", "Nguyen", "Diallo");

  static final List<String> PUPIL_GIVEN_NAMES = List.of(
      "Léa", "Inès", "Chloé", "Jade", "Manon", "Zoé", "Lina", "Maëlys", "Camille", "Louise",
      "Anaïs", "Elsa", "Romane", "Yasmine", "Clémence", "Noémie", "Lucas", "Hugo", "Théo",
      "Nathan", "Enzo", "Mathis", "Noé", "Rayan", "Gabriel", "Jules", "Timéo", "Bastien",
      "Adam", "Maël", "Lenny", "Sacha", "Titouan", "Ilyès", "Corentin", "Aurélien");

  static final List<String> WOMEN_GIVEN_NAMES = List.of(
      "Sandrine", "Nathalie", "Céline", "Stéphanie", "Karine", "Isabelle", "Virginie", "Sophie",
      "Hélène", "Agnès", "Véronique", "Émilie", "Laurence", "Myriam", "Fatima", "Gaëlle");

  static final List<String> MEN_GIVEN_NAMES = List.of(
      "Christophe", "Sébastien", "Frédéric", "Olivier", "Thierry", "Jérôme", "Grégory",
      "Franck", "Laurent", "Hervé", "Rachid", "Yannick", "Pascal", "Cédric", "Loïc", "Didier");

  /** A town and its postal code, for the relatives' addresses. */
  static final List<String[]> TOWNS = List.of(
      new String[] {"35400", "SAINT-MALO"}, new String[] {"29200", "BREST"},
      new String[] {"44600", "SAINT-NAZAIRE"}, new String[] {"13200", "ARLES"},
      new String[] {"63000", "CLERMONT-FERRAND"}, new String[] {"59100", "ROUBAIX"},
      new String[] {"67000", "STRASBOURG"}, new String[] {"31400", "TOULOUSE"},
      new String[] {"69100", "VILLEURBANNE"}, new String[] {"97400", "SAINT-DENIS"},
      new String[] {"86000", "POITIERS"}, new String[] {"21000", "DIJON"});

  /** Disciplines of the staff: the BCN code, then its label. */
  static final List<String[]> DISCIPLINES = List.of(
      new String[] {"L0202", "LETTRES MODERNES"}, new String[] {"L1300", "MATHEMATIQUES"},
      new String[] {"L1000", "HISTOIRE GEOGRAPHIE"}, new String[] {"L0422", "ANGLAIS"},
      new String[] {"L0426", "ESPAGNOL"}, new String[] {"L1500", "PHYSIQUE CHIMIE"},
      new String[] {"L1600", "SCIENCES VIE ET TERRE"}, new String[] {"L1900", "EPS"},
      new String[] {"L1800", "ARTS PLASTIQUES"}, new String[] {"L1700", "EDUCATION MUSICALE"},
      new String[] {"L1400", "TECHNOLOGIE"}, new String[] {"L0421", "ALLEMAND"});

  /** Options that make working groups across classes. */
  static final List<String> GROUP_OPTIONS = List.of(
      "LATIN", "LV2ESP", "LV2ALL", "EUROANG", "CHORALE", "APMATHS", "THEATRE", "SECTSPORT");

  private FrenchNames() {
  }

  /** {@return the element of a list a hash points to} */
  static <T> T pick(List<T> list, long hash) {
    return list.get((int) Math.floorMod(hash, (long) list.size()));
  }
}
