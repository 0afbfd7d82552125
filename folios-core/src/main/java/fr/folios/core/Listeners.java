package fr.folios.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls progress listeners so that one that throws does not stop the job. */
final class Listeners {

  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

  private Listeners() {
  }

  static void report(ProgressListener listener, String step, long done, long total) {
    try {
      listener.progress(step, done, total);
    } catch (RuntimeException e) {
      LOG.warn("progress listener {} threw on step '{}'; the job goes on", listener, step, e);
    }
  }
}
