package fr.folios.core.space;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The media types Folios refuses to store: a deny-list set through {@code Folios.builder()}.
 *
 * <p>An upload is refused when the type detected from its bytes, or the type its name claims,
 * is denied (the reader's system picks the program that opens a downloaded file by its name).
 * Types are compared in lower case, without parameters: {@code text/html; charset=UTF-8} is
 * {@code text/html}.
 *
 * <p>{@link #DEFAULT} denies what runs when a pupil opens it:
 * <ul>
 *   <li>programs: Windows executables and installers, every kind of ELF and Mach-O file,
 *       Java classes and archives, Android packages, Windows shortcuts, macOS disk images;
 *   <li>scripts: shell, batch, JavaScript, VBScript, PowerShell, HTML applications;
 *   <li>markup a browser runs script from: HTML, XHTML, SVG and XML (including XSLT), whatever
 *       their content, since telling a harmless page from one with script needs a sanitiser;
 *       rich text belongs in {@code createDocument}, and a web page a pupil made can be sent
 *       in a ZIP archive.
 * </ul>
 * Python sources, office documents with macros and archives are not denied: the first are
 * taught in lycée (NSI), office suites ask before running macros, and an archive's content is
 * not run by opening it. Hosts that teach web pages may remove HTML with {@link #without}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeniedTypes {

  /** What Folios denies unless told otherwise: programs, scripts and active markup. */
  public static final DeniedTypes DEFAULT = of(
      "application/x-msdownload", "application/x-dosexec", "application/x-ms-installer",
      "application/x-msi", "application/vnd.microsoft.portable-executable",
      "application/x-executable", "application/x-elf", "application/x-sharedlib",
      "application/x-object", "application/x-coredump",
      "application/x-mach-o", "application/x-mach-o-executable", "application/x-mach-o-dylib",
      "application/x-mach-o-bundle", "application/x-mach-o-universal",
      "application/x-mach-o-object", "application/x-mach-o-fvmlib", "application/x-mach-o-core",
      "application/x-mach-o-preload", "application/x-mach-o-dylinker",
      "application/x-mach-o-dylib-stub", "application/x-mach-o-dsym",
      "application/x-mach-o-kext-bundle",
      "application/java-vm", "application/java-archive",
      "application/vnd.android.package-archive", "application/x-ms-shortcut",
      "application/x-apple-diskimage",
      "application/x-sh", "text/x-shellscript", "application/x-csh", "application/x-bat",
      "text/javascript", "application/javascript", "application/x-javascript",
      "text/vbscript", "text/x-vbscript", "text/x-powershell", "application/hta",
      "text/html", "application/xhtml+xml", "image/svg+xml", "application/xml", "text/xml",
      "application/xslt+xml");

  /** Denies nothing: every type is accepted. */
  public static final DeniedTypes NONE = new DeniedTypes(Set.of());

  private final Set<String> types;

  private DeniedTypes(Set<String> types) {
    this.types = types;
  }

  /**
   * Returns a deny-list of the given types.
   *
   * @param types media types such as {@code application/x-msdownload}; parameters are ignored
   * @return the deny-list
   * @throws IllegalArgumentException if a value is not of the form {@code type/subtype}
   */
  public static DeniedTypes of(String... types) {
    return of(Arrays.asList(types));
  }

  /**
   * Returns a deny-list of the given types.
   *
   * @param types media types such as {@code application/x-msdownload}; parameters are ignored
   * @return the deny-list
   * @throws IllegalArgumentException if a value is not of the form {@code type/subtype}
   */
  public static DeniedTypes of(Collection<String> types) {
    Set<String> checked = new TreeSet<>();
    for (String type : types) {
      checked.add(checked(type));
    }
    return new DeniedTypes(Set.copyOf(checked));
  }

  /**
   * Returns this deny-list with more types.
   *
   * @param more media types to deny too
   * @return a new deny-list
   * @throws IllegalArgumentException if a value is not of the form {@code type/subtype}
   */
  public DeniedTypes with(String... more) {
    Set<String> all = new TreeSet<>(types);
    all.addAll(of(more).types);
    return new DeniedTypes(Set.copyOf(all));
  }

  /**
   * Returns this deny-list without some types, e.g. {@code DEFAULT.without("text/html")}.
   *
   * @param accepted media types to accept again
   * @return a new deny-list
   * @throws IllegalArgumentException if a value is not of the form {@code type/subtype}
   */
  public DeniedTypes without(String... accepted) {
    Set<String> left = new TreeSet<>(types);
    left.removeAll(of(accepted).types);
    return new DeniedTypes(Set.copyOf(left));
  }

  /**
   * Tells whether a media type is denied.
   *
   * @param mediaType a media type, with or without parameters, in any case
   * @return {@code true} if Folios refuses it
   */
  public boolean denies(String mediaType) {
    return types.contains(base(mediaType));
  }

  /** {@return the denied types, in lower case, sorted} */
  public Set<String> types() {
    return new TreeSet<>(types);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DeniedTypes that && types.equals(that.types);
  }

  @Override
  public int hashCode() {
    return types.hashCode();
  }

  @Override
  public String toString() {
    return "DeniedTypes" + types();
  }

  private static String checked(String type) {
    Objects.requireNonNull(type, "type");
    String base = base(type);
    int slash = base.indexOf('/');
    if (slash <= 0 || slash == base.length() - 1 || base.indexOf('/', slash + 1) >= 0
        || base.chars().anyMatch(c -> c <= ' ' || c > '~')) {
      throw new IllegalArgumentException("'" + type + "' is not a media type: give it as"
          + " type/subtype, e.g. application/x-msdownload");
    }
    return base;
  }

  private static String base(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    String base = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
    return base.strip().toLowerCase(Locale.ROOT);
  }
}
