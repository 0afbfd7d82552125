package fr.folios.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * Generates small well-formed documents, in UTF-8, ISO-8859-1 and both orders of UTF-16, whose
 * attribute values, comments, CDATA sections and processing instructions hold the characters
 * that end markup elsewhere ({@code >}, quotes, brackets, dashes), and checks that the guard
 * neither changes them nor loses track of where each piece of markup ends.
 */
class XmlMarkupGuardProperties {

  private static final List<String> ENCODINGS = List.of("UTF-8", "ISO-8859-1", "UTF-16BE",
      "UTF-16LE");

  /** A piece of the document: markup of a kind, or text when the kind is null. */
  record Piece(String text, @Nullable String kind) {

    static Piece text(String text) {
      return new Piece(text, null);
    }
  }

  /** A document as the pieces it is written in, and the bytes they make in its encoding. */
  record Document(String encoding, List<Piece> pieces) {

    Charset charset() {
      return Charset.forName(encoding);
    }

    /** UTF-16BE documents start with a byte order mark, UTF-16LE ones only with {@code <?}. */
    byte[] bytes() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (encoding.equals("UTF-16BE")) {
        out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
      }
      pieces.forEach(piece -> out.writeBytes(piece.text().getBytes(charset())));
      return out.toByteArray();
    }

    int length(Piece piece) {
      return piece.text().getBytes(charset()).length;
    }

    int longestMarkup() {
      return pieces.stream().filter(piece -> piece.kind() != null).mapToInt(this::length).max()
          .orElseThrow();
    }

    /** Returns the offset of the first piece of markup of the given length. */
    long offsetOfFirstMarkup(int length) {
      long offset = encoding.equals("UTF-16BE") ? 2 : 0;
      for (Piece piece : pieces) {
        if (piece.kind() != null && length(piece) == length) {
          return offset;
        }
        offset += length(piece);
      }
      throw new IllegalArgumentException("no markup of " + length + " bytes");
    }

    String kindOfFirstMarkup(int length) {
      return pieces.stream().filter(piece -> piece.kind() != null && length(piece) == length)
          .findFirst().orElseThrow().kind();
    }

    @Override
    public String toString() {
      return encoding + ": " + pieces.stream().map(Piece::text).collect(Collectors.joining());
    }
  }

  @Property(tries = 300)
  @Label("the guard passes every byte of a well-formed document through unchanged")
  void passesDocumentsThroughUnchanged(@ForAll("documents") Document document,
      @ForAll long chunkSeed) throws IOException {
    byte[] bytes = document.bytes();
    XmlMarkupGuard guard = new XmlMarkupGuard(new ByteArrayInputStream(bytes),
        XmlCursor.MAX_MARKUP_BYTES);

    assertThat(readInRandomChunks(guard, new Random(chunkSeed))).isEqualTo(bytes);
    assertThat(guard.outsideMarkup()).isTrue();
    assertThat(guard.reads(document.encoding())).isTrue();
  }

  @Property(tries = 300)
  @Label("the guard is in markup from the first byte of a piece to its last, and only there")
  void knowsWhereEachPieceOfMarkupEnds(@ForAll("documents") Document document)
      throws IOException {
    XmlMarkupGuard guard = new XmlMarkupGuard(new ByteArrayInputStream(document.bytes()),
        XmlCursor.MAX_MARKUP_BYTES);
    int unit = document.encoding().startsWith("UTF-16") ? 2 : 1;
    long read = unit == 2 && document.encoding().endsWith("BE") ? guard.skip(2) : 0;

    for (Piece piece : document.pieces()) {
      int length = document.length(piece);
      for (int i = 1; i <= length; i++) {
        assertThat(guard.read()).isNotNegative();
        read++;
        if (read >= 4 && i % unit == 0) {
          assertThat(guard.outsideMarkup()).as("after %s bytes of %s", i, piece)
              .isEqualTo(i == length || piece.kind() == null);
        }
      }
    }
    assertThat(guard.read()).isNegative();
  }

  @Property(tries = 300)
  @Label("the parser reads every generated document through the cursor")
  void generatedDocumentsAreWellFormed(@ForAll("documents") Document document) {
    try (XmlCursor cursor = XmlCursor.open(new ByteArrayInputStream(document.bytes()), "p.xml",
        new XmlCursor.Rules(8, "", ""))) {
      cursor.readToEnd();

      assertThat(cursor.depth()).isZero();
    }
  }

  @Property(tries = 300)
  @Label("a limit of the longest piece passes; one byte less refuses the first longest piece")
  void refusesExactlyThePiecesLongerThanTheLimit(@ForAll("documents") Document document,
      @ForAll long chunkSeed) throws IOException {
    int longest = document.longestMarkup();
    byte[] bytes = document.bytes();

    readInRandomChunks(new XmlMarkupGuard(new ByteArrayInputStream(bytes), longest),
        new Random(chunkSeed));
    assertThatThrownBy(() -> readInRandomChunks(new XmlMarkupGuard(
        new ByteArrayInputStream(bytes), longest - 1), new Random(chunkSeed)))
        .isInstanceOf(XmlMarkupGuard.Refusal.class)
        .hasMessageStartingWith(document.kindOfFirstMarkup(longest) + " longer than "
            + (longest - 1) + " bytes")
        .extracting(e -> ((XmlMarkupGuard.Refusal) e).offset())
        .isEqualTo(document.offsetOfFirstMarkup(longest));
  }

  /** Reads in blocks of 1 to 64 bytes, and now and then one byte with {@code read()}. */
  private static byte[] readInRandomChunks(InputStream in, Random random) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64];
    while (true) {
      if (random.nextInt(4) == 0) {
        int next = in.read();
        if (next < 0) {
          return out.toByteArray();
        }
        out.write(next);
      } else {
        int count = in.read(buffer, 0, 1 + random.nextInt(buffer.length));
        if (count < 0) {
          return out.toByteArray();
        }
        out.write(buffer, 0, count);
      }
    }
  }

  @Provide
  Arbitrary<Document> documents() {
    return Arbitraries.of(ENCODINGS).flatMap(encoding -> {
      boolean wide = encoding.startsWith("UTF");
      Arbitrary<List<Piece>> prolog = Combinators.combine(declaration(encoding),
          doctype().optional(), misc(wide)).as((declaration, doctype, misc) -> {
            List<Piece> pieces = new ArrayList<>(declaration);
            doctype.ifPresent(pieces::add);
            pieces.addAll(misc);
            return pieces;
          });
      return Combinators.combine(prolog, element("r", wide, 2), misc(wide))
          .as((head, root, tail) -> new Document(encoding, concat(head, root, tail)));
    });
  }

  private static List<Piece> concat(List<Piece> first, List<Piece> second, List<Piece> third) {
    List<Piece> all = new ArrayList<>(first);
    all.addAll(second);
    all.addAll(third);
    return all;
  }

  /** A declaration where the encoding needs one: always but in UTF-8, where it is optional. */
  private Arbitrary<List<Piece>> declaration(String encoding) {
    String named = encoding.startsWith("UTF-16") ? "UTF-16" : encoding;
    Piece declaration = new Piece("<?xml version=\"1.0\" encoding=\"" + named + "\"?>",
        "a processing instruction");
    if (!encoding.equals("UTF-8")) {
      return Arbitraries.just(List.of(declaration));
    }
    return Arbitraries.of(List.of(), List.of(declaration));
  }

  /** A document type declaration; the JDK's parser takes no supplementary character in it. */
  private Arbitrary<Piece> doctype() {
    Arbitrary<String> literal = characters("ab>[]'-", false);
    return literal.map(system -> new Piece("<!DOCTYPE r SYSTEM \"" + system + ".dtd\">",
        "a document type declaration"));
  }

  /** Comments, processing instructions and white space, as may stand around the root. */
  private Arbitrary<List<Piece>> misc(boolean wide) {
    return Arbitraries.oneOf(comment(wide), processingInstruction(wide),
        Arbitraries.of(" ", "\n", "\r\n").map(Piece::text)).list().ofMaxSize(3);
  }

  private Arbitrary<List<Piece>> element(String name, boolean wide, int depth) {
    Arbitrary<Piece> start = attributes(wide).map(attributes -> new Piece("<" + name
        + attributes + ">", "a start tag with its attributes"));
    Arbitrary<List<Piece>> content = content(wide, depth).list().ofMaxSize(6)
        .map(lists -> lists.stream().flatMap(List::stream).toList());
    return Combinators.combine(start, content).as((open, inside) -> {
      List<Piece> pieces = new ArrayList<>();
      pieces.add(open);
      pieces.addAll(inside);
      pieces.add(new Piece("</" + name + " >", "an end tag"));
      return pieces;
    });
  }

  private Arbitrary<List<Piece>> content(boolean wide, int depth) {
    List<Arbitrary<List<Piece>>> choices = new ArrayList<>(List.of(
        characters("ab >\"'\n", wide).filter(text -> !text.isEmpty()).map(t -> List.of(
            Piece.text(t))),
        comment(wide).map(List::of), processingInstruction(wide).map(List::of),
        cdata(wide).map(List::of), reference().map(List::of),
        attributes(wide).map(attributes -> List.of(new Piece("<e" + attributes + "/>",
            "a start tag with its attributes")))));
    if (depth > 0) {
      choices.add(Arbitraries.lazy(() -> element("c", wide, depth - 1)));
    }
    return Arbitraries.oneOf(choices);
  }

  /** Attributes whose values hold {@code >} and the other quote, with spaces around "=". */
  private Arbitrary<String> attributes(boolean wide) {
    Arbitrary<String> attribute = Combinators.combine(characters("ab >'", wide, "/>"),
        characters("ab >\"", wide, "/>"), Arbitraries.of("=", " = ", "\n=\t"), Arbitraries.of(true,
            false)).as((doubleQuoted, singleQuoted, equals, useDouble) -> equals + (useDouble
                ? "\"" + doubleQuoted + "\"" : "'" + singleQuoted + "'"));
    return attribute.list().ofMaxSize(4).map(values -> IntStream.range(0, values.size())
        .mapToObj(i -> " a" + i + values.get(i)).collect(Collectors.joining()));
  }

  private Arbitrary<Piece> comment(boolean wide) {
    return characters("a ->]<&'\"?", wide, "->", "-!>").map(text -> {
      String body = text;
      while (body.contains("--")) {
        body = body.replace("--", "- ");
      }
      return new Piece("<!--" + body + (body.endsWith("-") ? " " : "") + "-->", "a comment");
    });
  }

  private Arbitrary<Piece> cdata(boolean wide) {
    return characters("a ]>-<&'\"", wide, "]>", "]]", "]]]").map(text -> {
      String body = text;
      while (body.contains("]]>")) {
        body = body.replace("]]>", "]] >");
      }
      return new Piece("<![CDATA[" + body + "]]>", "a CDATA section");
    });
  }

  private Arbitrary<Piece> processingInstruction(boolean wide) {
    return characters("a ?>]<&'\"", wide, "??", "? >").map(text -> {
      String body = text;
      while (body.contains("?>")) {
        body = body.replace("?>", "? >");
      }
      return new Piece("<?pi " + body + "?>", "a processing instruction");
    });
  }

  private Arbitrary<Piece> reference() {
    return Arbitraries.of("&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#233;", "&#x20AC;")
        .map(reference -> new Piece(reference, "a character or entity reference"));
  }

  /**
   * Strings of up to 12 of the given characters and sequences, with accented characters and,
   * if wide, characters beyond ISO-8859-1.
   */
  private static Arbitrary<String> characters(String ascii, boolean wide, String... sequences) {
    List<String> atoms = new ArrayList<>(ascii.chars().mapToObj(c -> String.valueOf((char) c))
        .toList());
    atoms.addAll(List.of(sequences));
    atoms.add("é");
    if (wide) {
      atoms.addAll(List.of("€", "表", "\uD83D\uDE00"));
    }
    return Arbitraries.of(atoms).list().ofMaxSize(12).map(list -> String.join("", list));
  }
}
