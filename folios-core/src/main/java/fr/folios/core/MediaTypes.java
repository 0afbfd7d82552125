package fr.folios.core;

import java.util.Locale;
import java.util.Map;

/**
 * The media type recorded for an uploaded file: one of a short list of types that browsers do
 * not run, chosen by the name's extension, else {@code application/octet-stream}.
 *
 * <p>HTML, SVG, XML and script types are never recorded, so that a host which serves a document
 * with its recorded type cannot be made to serve a pupil's script. Hosts should still send
 * documents as attachments.
 */
final class MediaTypes {

  static final String UNKNOWN = "application/octet-stream";

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("pdf", "application/pdf"),
      Map.entry("txt", "text/plain"),
      Map.entry("csv", "text/csv"),
      Map.entry("md", "text/markdown"),
      Map.entry("odt", "application/vnd.oasis.opendocument.text"),
      Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
      Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
      Map.entry("docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      Map.entry("pptx",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("mp3", "audio/mpeg"),
      Map.entry("mp4", "video/mp4"));

  private MediaTypes() {
  }

  static String forName(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0 || dot == name.length() - 1) {
      return UNKNOWN;
    }
    return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
  }
}
