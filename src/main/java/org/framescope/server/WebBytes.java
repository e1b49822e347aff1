package org.framescope.server;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framescope.ingest.HtmlReader;
import org.framescope.ingest.InputDecoder;
import org.framescope.model.InputException;

/**
 * Decodes the bytes of an uploaded file or a fetched page, where nobody can name an encoding on a command line: as
 * the command line reads a file (a byte order mark, strict UTF-8, an HTML page's declared charset), then the
 * charset the web server declared in its Content-Type, then windows-1252, what browsers assume for an older Western
 * page that declares nothing (the WHATWG Encoding Standard's default for such locales). Binary and empty bytes are
 * refused, named. When the bytes were not UTF-8 the result says which encoding was used, so the reader is told.
 */
final class WebBytes {
  /** The encoding of last resort for web text that is not UTF-8 and declares nothing. */
  static final Charset LEGACY = Charset.forName("windows-1252");
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_.:\\-]+)",
      Pattern.CASE_INSENSITIVE);

  /**
   * Decoded text and, when the bytes were not UTF-8, the encoding used (else null).
   */
  record Decoded(String text, Charset legacy) {
    /** A sentence for the reader when the bytes were not UTF-8, else "". */
    String note() {
      return legacy == null ? "" : " It is not UTF-8 and was read as " + legacy.name() + ".";
    }
  }

  private WebBytes() { }

  /**
   * Decodes {@code bytes} named {@code name}: an HTML page ({@code html}) or plain text, served with {@code
   * contentType} ("" when unknown).
   */
  static Decoded decode(String name, byte[] bytes, boolean html, String contentType) throws InputException {
    try {
      return new Decoded(html ? HtmlReader.decode(name, bytes) : InputDecoder.decodeText(name, bytes, null), null);
    } catch (InputException e) {
      if (!e.reason().startsWith("invalid")) {
        throw e;
      }
    }
    Charset cs = declared(contentType);
    // a server that calls these bytes UTF-8 or ASCII was just shown wrong: they are read as an undeclared page
    boolean wrong = cs == null || cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII);
    Charset use = wrong ? LEGACY : cs;
    return new Decoded(html ? HtmlReader.decode(name, bytes, use) : InputDecoder.decodeText(name, bytes, use), use);
  }

  /** The charset a Content-Type header declares, or null (none, or one Java does not know). */
  static Charset declared(String contentType) {
    Matcher m = CHARSET.matcher(contentType == null ? "" : contentType);
    if (!m.find()) {
      return null;
    }
    try {
      Charset cs = Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
      return InputDecoder.asciiCompatible(cs) ? cs : null;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
