package fr.folios.core.directory;

import fr.folios.core.InvalidInputException;
import java.time.LocalDate;
import java.time.Month;

/**
 * A school year, named by the calendar year in which it starts: 2025 is 2025-2026.
 *
 * @param startYear the year of the rentrée, 2000 to 2999
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

  /**
   * Checks the year.
   *
   * @throws InvalidInputException if it is outside 2000 to 2999
   */
  public SchoolYear {
    if (startYear < 2000 || startYear > 2999) {
      throw new InvalidInputException("school year " + startYear + " is out of range: give the"
          + " year of the rentrée, from 2000 to 2999");
    }
  }

  /**
   * Returns the school year a date belongs to; a year starts on 1 August, just before rentrée.
   *
   * @param date any date
   * @return its school year
   * @throws InvalidInputException if that year does not start in 2000 to 2999
   */
  public static SchoolYear of(LocalDate date) {
    int year = date.getMonth().compareTo(Month.AUGUST) >= 0 ? date.getYear() : date.getYear() - 1;
    return new SchoolYear(year);
  }

  /**
   * Parses {@code 2025-2026} or {@code 2025}.
   *
   * @param text the school year
   * @return the school year
   * @throws InvalidInputException if the text is neither form, the two years do not follow, or
   *     the first is outside 2000 to 2999
   */
  public static SchoolYear parse(String text) {
    String[] parts = text.strip().split("-");
    try {
      SchoolYear year = new SchoolYear(Integer.parseInt(parts[0]));
      if (parts.length == 1 || (parts.length == 2
          && Integer.parseInt(parts[1]) == year.startYear + 1)) {
        return year;
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal below
    }
    throw new InvalidInputException("school year '" + text + "' is not of the form"
        + " '2025-2026' or '2025'");
  }

  @Override
  public int compareTo(SchoolYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return startYear + "-" + (startYear + 1);
  }
}
