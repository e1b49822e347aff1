package org.framescope.io;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way framescope writes CSV: RFC 4180 quoting, LF record ends, and every text cell neutralised against
 * formula injection. Input: cell values (text from articles, manifests and records, numbers). Output: cells a
 * spreadsheet shows as text, never runs.
 *
 * <p>As OWASP's CSV-injection guidance says, a text cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return (and, per OWASP ASVS 1.2.10, a NUL) gets a single quote in front, so
 * {@code =HYPERLINK(...)} is written as {@code '=HYPERLINK(...)}. A cell that is a plain decimal number
 * ({@code -0.25}, {@code +3}, {@code 1e-5}) is left alone: it is no formula, and researchers' scripts read it
 * as a number. Numbers and booleans given as such are never changed.
 */
public final class CsvCells {
  /** The CSV dialect of every framescope CSV. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private CsvCells() { }

  /** True when a spreadsheet could read this text as a formula. */
  public static boolean dangerous(String cell) {
    if (cell == null || cell.isEmpty()) {
      return false;
    }
    char c = cell.charAt(0);
    boolean leading = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0';
    return leading && !NUMBER.matcher(cell).matches();
  }

  /** The text as a safe cell: a single quote in front when it could be read as a formula, else unchanged. */
  public static String neutralise(String cell) {
    return dangerous(cell) ? "'" + cell : cell;
  }

  /** One cell: text neutralised, numbers, booleans and null (empty cell) as they are. */
  public static Object cell(Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return neutralise(value.toString());
  }

  /** A printer in {@link #FORMAT} that writes {@code header} first (header names are ours, written as given). */
  public static CSVPrinter printer(Appendable out, List<String> header) throws IOException {
    return new CSVPrinter(out, FORMAT.builder().setHeader(header.toArray(String[]::new)).build());
  }

  /** Prints one record, every cell through {@link #cell}. */
  public static void row(CSVPrinter p, Object... cells) throws IOException {
    Object[] safe = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = cell(cells[i]);
    }
    p.printRecord(safe);
  }
}
