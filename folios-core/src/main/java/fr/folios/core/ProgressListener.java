package fr.folios.core;

/**
 * Observes a long job (a directory import, a catalogue publication, a reindex) as it runs.
 *
 * <p>Calls come from the thread that runs the job; a listener that throws is logged and the job
 * goes on.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores every report. */
  ProgressListener NONE = (step, done, total) -> { };

  /**
   * Reports progress.
   *
   * @param step what the job is doing, e.g. "Eleve_0001.xml" or "indexing"
   * @param done how many units are done
   * @param total how many units there are, or -1 if unknown
   */
  void progress(String step, long done, long total);
}
