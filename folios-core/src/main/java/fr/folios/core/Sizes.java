package fr.folios.core;

import java.util.Locale;

/** Writes sizes for people: "512 bytes", "30 MB", "1.5 MB". */
final class Sizes {

  private static final long KB = 1024;
  private static final long MB = KB * KB;

  private Sizes() {
  }

  static String bytes(long size) {
    if (size < KB) {
      return size + (size == 1 ? " byte" : " bytes");
    }
    if (size < MB) {
      return size + " bytes (" + decimal(size, KB) + " KB)";
    }
    return size + " bytes (" + decimal(size, MB) + " MB)";
  }

  private static String decimal(long size, long unit) {
    double value = (double) size / unit;
    return value == Math.rint(value) ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
