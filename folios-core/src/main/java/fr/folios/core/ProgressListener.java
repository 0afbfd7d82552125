package fr.folios.core;

import org.slf4j.LoggerFactory;

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

  /**
   * Tells a listener of progress the way every long job must: a listener that throws is logged
   * at WARN and the job goes on. Jobs, including adapters' (a reindex), call this rather than
   * {@link #progress} directly.
   *
   * @param listener the listener
   * @param step what the job is doing
   * @param done how many units are done
   * @param total how many units there are, or -1 if unknown
   */
  static void report(ProgressListener listener, String step, long done, long total) {
    try {
      listener.progress(step, done, total);
    } catch (RuntimeException e) {
      LoggerFactory.getLogger(ProgressListener.class).warn(
          "progress listener {} threw on step '{}' at {} of {}; the job goes on", listener, step,
          done, total, e);
    }
  }
}
