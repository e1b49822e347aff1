package org.framescope.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overlong sentences are cut into pieces within the cap, at a clause mark where there is one. */
class SentenceCapTest {
  static List<String> words(int n, int commaEvery) {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      w.add(commaEvery > 0 && i % commaEvery == commaEvery - 1 ? "," : "w" + i);
    }
    return w;
  }

  @Test
  void aSentenceWithinTheCapIsOnePiece() {
    List<int[]> p = SentenceCap.pieces(words(300, 0), 300);
    assertEquals(1, p.size());
    assertEquals(0, p.get(0)[0]);
    assertEquals(300, p.get(0)[1]);
  }

  @Test
  void piecesCoverEverythingInOrderWithinTheCapEndingAtCommas() {
    List<String> w = words(100_000, 9);
    List<int[]> pieces = SentenceCap.pieces(w, 300);
    int at = 0;
    for (int i = 0; i < pieces.size(); i++) {
      int[] piece = pieces.get(i);
      assertEquals(at, piece[0], "contiguous");
      assertTrue(piece[1] - piece[0] <= 300 && piece[1] > piece[0], "within the cap");
      if (i < pieces.size() - 1) {
        assertEquals(",", w.get(piece[1] - 1), "a piece ends after a comma when the window has one");
      }
      at = piece[1];
    }
    assertEquals(w.size(), at);
  }

  @Test
  void withoutClauseMarksPiecesAreCutAtTheCap() {
    List<int[]> pieces = SentenceCap.pieces(words(1000, 0), 300);
    assertEquals(List.of(300, 300, 300, 100), pieces.stream().map(p -> p[1] - p[0]).toList());
    assertThrows(IllegalArgumentException.class, () -> SentenceCap.pieces(words(10, 0), 1));
  }
}
