package org.framescope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Test;

class WebBytesTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String WORD = "minister\u2019s";

  private static String page(String head) {
    return "<html><head>" + head + "<title>T</title></head><body><p>The " + WORD + " aide spoke.</p></body></html>";
  }

  @Test
  void utf8AndDeclaredCharsetsNeedNoGuess() throws Exception {
    WebBytes.Decoded utf8 = WebBytes.decode("a", page("").getBytes(StandardCharsets.UTF_8), true, "");
    assertTrue(utf8.text().contains(WORD));
    assertNull(utf8.legacy());
    assertEquals("", utf8.note());
    WebBytes.Decoded meta = WebBytes.decode("b", page("<meta charset=\"windows-1252\">").getBytes(CP1252), true, "");
    assertTrue(meta.text().contains(WORD));
    assertNull(meta.legacy(), "the page named its charset");
    WebBytes.Decoded bom = WebBytes.decode("c.txt", ("The " + WORD).getBytes(StandardCharsets.UTF_16), false, "");
    assertEquals("The " + WORD, bom.text());
  }

  @Test
  void undeclaredLegacyBytesAreReadAsWindows1252OrTheServersCharsetAndSaid() throws Exception {
    WebBytes.Decoded guess = WebBytes.decode("d", page("").getBytes(CP1252), true, "text/html");
    assertTrue(guess.text().contains(WORD), guess.text());
    assertEquals(CP1252, guess.legacy());
    assertTrue(guess.note().contains("read as windows-1252"), guess.note());
    byte[] latin1 = "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);
    WebBytes.Decoded served = WebBytes.decode("e", latin1, false, "text/plain; charset=ISO-8859-1");
    assertEquals("caf\u00e9 cr\u00e8me", served.text());
    assertEquals(StandardCharsets.ISO_8859_1, served.legacy());
    assertEquals(CP1252, WebBytes.decode("f", latin1, false, "text/plain; charset=bogus-9").legacy());
    assertEquals(CP1252, WebBytes.decode("g", latin1, false, "text/plain; charset=utf-8").legacy(),
        "a server's wrong UTF-8 claim");
  }

  @Test
  void binaryAndEmptyAreRefusedNamed() {
    InputException bin = assertThrows(InputException.class,
        () -> WebBytes.decode("photo.html", new byte[] {1, 0, 2, 0}, true, ""));
    assertTrue(bin.getMessage().startsWith("photo.html: binary file"), bin.getMessage());
    assertThrows(InputException.class, () -> WebBytes.decode("e.txt", new byte[0], false, ""));
  }

  @Test
  void theServersCharsetIsReadFromTheContentType() {
    assertEquals(StandardCharsets.ISO_8859_1, WebBytes.declared("text/html; charset=\"iso-8859-1\""));
    assertNull(WebBytes.declared("text/html"));
    assertNull(WebBytes.declared(""));
    assertNull(WebBytes.declared(null));
    assertNull(WebBytes.declared("text/html; charset=UTF-16"), "not ASCII-compatible: not a fallback");
  }
}
