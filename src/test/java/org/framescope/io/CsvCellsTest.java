package org.framescope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** Formula-leading text is neutralised as OWASP's CSV-injection guidance says; numbers and plain text are not. */
class CsvCellsTest {
  @Test
  void formulaLeadingTextGetsAQuote() {
    for (String s : List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
        "\tx", "\rx", "\0x", "=", "-")) {
      assertTrue(CsvCells.dangerous(s), s);
      assertEquals("'" + s, CsvCells.neutralise(s));
    }
  }

  @Test
  void numbersAndOrdinaryTextStayAsTheyAre() {
    for (String s : List.of("-0.25", "+3", "-1e-5", "12", "Meridian Wire", "a=b", " =x", "", "'quoted")) {
      assertFalse(CsvCells.dangerous(s), s);
      assertEquals(s, CsvCells.neutralise(s));
    }
    assertEquals(-1.5, CsvCells.cell(-1.5));
    assertEquals(null, CsvCells.cell(null));
  }

  @Test
  void rowsAreRfc4180WithLfAndNeutralisedCells() throws Exception {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter p = CsvCells.printer(out, List.of("outlet", "value", "text"))) {
      CsvCells.row(p, "=cmd", -2.5, "say \"hi\", then go");
    }
    assertEquals("outlet,value,text\n'=cmd,-2.5,\"say \"\"hi\"\", then go\"\n", out.toString());
  }
}
