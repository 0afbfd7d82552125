package fr.folios.core.internal;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;

/**
 * A document made while it is read, for tests of large inputs: a head, a long middle, a tail.
 * It holds one block of the middle at a time, so that a test of a 50 MB comment uses a few
 * kilobytes, and it counts the bytes it served, to show how far a reader went.
 */
public final class GeneratedXml extends InputStream {

  private static final int BLOCK_CHARACTERS = 1 << 14;

  private final Iterator<byte[]> blocks;
  private byte[] block = new byte[0];
  private int index;
  private long served;

  private GeneratedXml(Iterator<byte[]> blocks) {
    this.blocks = blocks;
  }

  /**
   * Makes a UTF-8 document whose middle repeats one ASCII character.
   *
   * @param head the bytes before the middle
   * @param fill the character repeated
   * @param count how many times it is repeated
   * @param tail the bytes after the middle
   * @return the document
   */
  public static GeneratedXml filled(String head, char fill, long count, String tail) {
    return filled(StandardCharsets.UTF_8, head, fill, count, tail);
  }

  /**
   * Makes a document whose middle repeats one character, in a charset.
   *
   * @param charset the encoding of every part, one that writes no byte order mark of its own
   *     (UTF-16BE, not UTF-16); start {@code head} with U+FEFF to write one
   * @param head the characters before the middle
   * @param fill the character repeated
   * @param count how many times it is repeated
   * @param tail the characters after the middle
   * @return the document
   */
  public static GeneratedXml filled(Charset charset, String head, char fill, long count,
      String tail) {
    char[] full = new char[BLOCK_CHARACTERS];
    Arrays.fill(full, fill);
    String fullBlock = new String(full);
    long blocks = (count + BLOCK_CHARACTERS - 1) / BLOCK_CHARACTERS;
    return repeated(charset, head, blocks, i -> {
      long left = count - i * BLOCK_CHARACTERS;
      return left >= BLOCK_CHARACTERS ? fullBlock : fullBlock.substring(0, (int) left);
    }, tail);
  }

  /**
   * Makes a document whose middle is made of parts given one at a time.
   *
   * @param charset the encoding of every part, as for
   *     {@link #filled(Charset, String, char, long, String)}
   * @param head the characters before the middle
   * @param count how many parts the middle has
   * @param part gives the part of each index, from 0 to {@code count - 1}
   * @param tail the characters after the middle
   * @return the document
   */
  public static GeneratedXml repeated(Charset charset, String head, long count,
      LongFunction<String> part, String tail) {
    return new GeneratedXml(new Iterator<>() {
      private long next = -1;

      @Override
      public boolean hasNext() {
        return next <= count;
      }

      @Override
      public byte[] next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        long current = next++;
        String text = current < 0 ? head : current == count ? tail : part.apply(current);
        return text.getBytes(charset);
      }
    });
  }

  /** Returns how many bytes the document has served so far. */
  public long served() {
    return served;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] bytes, int from, int length) {
    if (length == 0) {
      return 0;
    }
    while (index == block.length) {
      if (!blocks.hasNext()) {
        return -1;
      }
      block = blocks.next();
      index = 0;
    }
    int count = Math.min(length, block.length - index);
    System.arraycopy(block, index, bytes, from, count);
    index += count;
    served += count;
    return count;
  }
}
