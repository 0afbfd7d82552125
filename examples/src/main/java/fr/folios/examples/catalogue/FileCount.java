package fr.folios.examples.catalogue;

import java.util.List;

/**
 * What one source file gave: how many records it holds, how many resources came out of them,
 * and the records that could not become a resource.
 *
 * <p>Resources and records need not match one to one: ONISEP lists a career once per
 * publication, and MathALÉA lists an exam exercise once per theme and once per year; those
 * records merge into one resource each.
 *
 * @param records the records read, rejected ones included
 * @param resources the resources built
 * @param rejected the records that did not become a resource, in file order
 */
public record FileCount(int records, int resources, List<Rejection> rejected) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public FileCount {
    if (records < 0 || resources < 0) {
      throw new IllegalArgumentException("counts must not be negative, got " + records
          + " records and " + resources + " resources");
    }
    rejected = List.copyOf(rejected);
  }

  @Override
  public String toString() {
    return records + " records, " + resources + " resources, " + rejected.size() + " rejected";
  }
}
