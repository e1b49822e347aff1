package org.framescope.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framescope.model.CleanText;
import org.framescope.model.RemovedBlock;

/**
 * Cleaning of text that is already the article: a corpus record's {@code text} field or an article piped on
 * stdin. Input: its lines as {@link Block}s. Output: {@link CleanText}. Unlike a text dump, nothing is
 * removed for looking short or for lacking punctuation (a one-sentence record, a bullet list, a one-line
 * paragraph all stay); a line goes only on positive evidence, each with its reason:
 * <ul>
 *   <li>its wording says what it is (a share bar, "Photo: ...", "Tags: ...", "Advertisement", a byline,
 *       a menu of several items separated by | or •) and it is not written as a sentence;</li>
 *   <li>a comment section opens ("12 Comments", "Leave a reply"): it and everything after it;</li>
 *   <li>it repeats: the same short unpunctuated line two or more times in one record;</li>
 *   <li>a link list glued to the last sentence ("...understanding.- Ultimate Guide To ...").</li>
 * </ul>
 * Headings glued to a sentence are split off and kept as their own paragraphs.
 */
final class RecordText {
  private RecordText() { }

  static CleanText classify(List<Block> input, String title, boolean firstLineIsTitle) {
    try {
      return decide(input, title, firstLineIsTitle);
    } finally {
      BoilerplateRemover.forgetWording();
    }
  }

  private static CleanText decide(List<Block> input, String title, boolean firstLineIsTitle) {
    List<String> flags = new ArrayList<>();
    if (BoilerplateRemover.keywordStuffing(input)) {
      flags.add("keyword stuffing");
    }
    List<Block> blocks = new ArrayList<>();
    List<Boolean> gluedList = new ArrayList<>();
    for (int i = 0; i < input.size(); i++) {
      Block b = input.get(i);
      if (i == 0 && firstLineIsTitle) {
        continue;
      }
      List<Block> parts = BoilerplateRemover.splitGlued(b);
      for (int k = 0; k < parts.size(); k++) {
        blocks.add(parts.get(k));
        // A part split off as a list item ("- Ultimate Guide ...") was glued to the sentence before it.
        gluedList.add(k > 0 && parts.get(k).listItem() && !b.listItem());
      }
    }
    int n = blocks.size();
    Map<String, Integer> counts = new HashMap<>();
    for (Block b : blocks) {
      counts.merge(BoilerplateRemover.norm(b.text()), 1, Integer::sum);
    }
    int lastSentence = -1;
    for (int i = 0; i < n; i++) {
      if (sentenceLike(blocks.get(i)) && !gluedList.get(i)) {
        lastSentence = i;
      }
    }
    String[] reason = new String[n];
    boolean comments = false;
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      if (!comments && i > 0 && BoilerplateRemover.strongCommentMarker(b)) {
        comments = true;
      }
      if (comments) {
        reason[i] = "comments";
        continue;
      }
      if (sentenceLike(b)) {
        continue;
      }
      if (gluedList.get(i) && i > lastSentence) {
        reason[i] = "spam-links";
        for (int j = i + 1; j < n && blocks.get(j).listItem(); j++) {
          reason[j] = "spam-links";
        }
        continue;
      }
      String wording = BoilerplateRemover.wordingReason(b);
      if ("navigation".equals(wording) && b.words() > 3 && !menu(b.text())) {
        wording = null; // "Home secretary defends plan" is a heading, not the Home link of a menu
      }
      if (wording != null) {
        reason[i] = wording;
      } else if (b.words() <= 12 && counts.get(BoilerplateRemover.norm(b.text())) >= 2) {
        reason[i] = "other";
      }
    }
    StringBuilder body = new StringBuilder();
    List<RemovedBlock> removed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = blocks.get(i).text();
      if (reason[i] == null) {
        if (body.length() > 0) {
          body.append("\n\n");
        }
        body.append(text);
      } else if (!removed.isEmpty() && removed.get(removed.size() - 1).reason().equals(reason[i])
          && i > 0 && reason[i - 1] != null && reason[i - 1].equals(reason[i])) {
        RemovedBlock last = removed.remove(removed.size() - 1);
        removed.add(new RemovedBlock(last.text() + "\n" + text, reason[i]));
      } else {
        removed.add(new RemovedBlock(text, reason[i]));
      }
    }
    if (body.length() == 0) {
      flags.add("no article text found");
    }
    String cleanTitle = title.isBlank() && firstLineIsTitle && !input.isEmpty() ? input.get(0).text() : title;
    return new CleanText(cleanTitle, body.toString(), removed, flags);
  }

  /** A line written as a sentence: three words or more ending in sentence punctuation. */
  private static boolean sentenceLike(Block b) {
    return b.words() >= 3 && BoilerplateRemover.endsSentence(b.text());
  }

  /** Several items separated by | or •: a menu. */
  private static boolean menu(String t) {
    return t.split("\\s*[|•·]\\s*").length >= 3;
  }
}
