package org.framescope.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framescope.model.CleanText;
import org.framescope.model.RawDocument;
import org.framescope.model.RemovedBlock;

/**
 * The cleaning stage. Input: a {@link RawDocument} (HTML or a text dump). Output: {@link CleanText}: the
 * article body (paragraphs separated by a blank line, in-article headings kept as their own paragraphs) and
 * every removed block with its reason, plus quality flags.
 *
 * <p>How it decides, the same way for HTML blocks and text-dump lines:
 * <ol>
 *   <li>Glued text is split: a heading run into the previous sentence without a space
 *       ("...relations.The Ukraine Conflict: A Catalyst") and a link list glued to the last sentence
 *       ("...understanding.- Ultimate Guide To ...").</li>
 *   <li>The article zone runs from the first to the last "prose" block (a dozen words or more, ending in
 *       sentence punctuation, few links), and stops where a reader-comment section starts.</li>
 *   <li>Blocks outside the zone are removed; inside it, short blocks are removed when markup or their
 *       wording says what they are (share widgets, captions, "Related" lists, video fallbacks...), and
 *       short fragments that merely repeat a phrase of the body (image alt text, keyword captions) are
 *       removed as captions. Other short blocks inside the zone are kept as headings.</li>
 * </ol>
 */
public final class BoilerplateRemover implements Cleaner {
  private static final int PROSE_WORDS = 12;
  private static final java.util.Set<String> AFTER_GENERIC = java.util.Set.of("ticker", "navigation", "byline");

  private static final Pattern GLUED_BOUNDARY = Pattern.compile("(?<=[a-z0-9%)\\]][.!?][\"”’']?)(?=[A-Z][A-Za-z'’]*)");
  private static final Pattern GLUED_LIST = Pattern.compile("(?<=[a-z0-9%)][.!?][\"”’']?)\\s?-\\s+(?=[A-Z0-9])");
  // Sentence end, optionally followed by a footnote number ("...should pay.1", "...too. 2", "...too.[2]").
  private static final Pattern TERMINAL = Pattern.compile(".*([.!?…。！？][\"”’')\\]」』]*|\\p{Ll}[.!?][\"”’')]*\\s?\\[?\\d{1,2}\\]?)$");
  /** Headings that get glued to the sentence before them ("...on Thursday.Related articles: ..."), as patterns. */
  private static final List<String> GLUED_MARKERS = List.of("related (searches|articles|posts|stories|news)",
      "read (also|more|next)", "also read", "see also", "you may also like", "tags?", "topics");
  private static final Pattern GLUED_MARKER = Pattern.compile("(?<=[a-z0-9%)][.!?][\"”’']?)\\s?(?=(?i:"
      + String.join("|", GLUED_MARKERS) + ")\\s*:)");
  /** The literal start of each marker (before its first group or optional letter), for {@link #mayBeGlued}. */
  private static final String[] GLUED_MARKER_STARTS = GLUED_MARKERS.stream().map(BoilerplateRemover::literalStart)
      .toArray(String[]::new);
  /**
   * A quotation credited by a dash and a name after its closing mark ("... our greatest shame.” ― Sonya
   * Herridge"): vox pops and readers' reactions end so, without a full stop of their own.
   */
  private static final Pattern CREDITED = Pattern.compile(
      ".*[.!?…][\"”’']+\\s*(?:[―—–]|--?)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{L}[\\p{L}.'’-]*){0,4}\\.?$");
  private static final Pattern CLAUSE_END = Pattern.compile(".*[.!?…:;。！？：；][\"”’')\\]」』]*$");
  private static final Pattern KEY_POINTS = Pattern.compile("(?i)^(key points|key facts|summary|highlights|at a glance"
      + "|in brief|in short|what we know( so far)?|the essentials|main points)\\s*:?$");
  private static final Pattern MARKDOWN_BOLD = Pattern.compile("\\*\\*([^*]{1,80})\\*\\*");

  /** Line-level patterns (whole short line) and the reason they imply. Order matters. */
  static final Map<String, Pattern> LINE_PATTERNS = linePatterns();
  /*
   * All line patterns in two: most lines match none, and two passes tell (the ordered loop then picks the
   * reason). The patterns' top-level alternatives that start with "^" can only match at the start, so they are
   * tried there alone (lookingAt); only the few others are searched for at every position. The same answer as
   * one find() over all the patterns joined (LinePatternSplitTest checks it).
   */
  private static final Pattern ANY_ANCHORED_LINE_PATTERN = joined(true);
  private static final Pattern ANY_FLOATING_LINE_PATTERN = joined(false);

  private static Pattern joined(boolean anchored) {
    List<String> alts = new ArrayList<>();
    for (Pattern p : LINE_PATTERNS.values()) {
      if (!p.pattern().startsWith("(?i)") || (p.flags() & ~Pattern.CASE_INSENSITIVE) != 0) {
        throw new IllegalStateException("line patterns are case-insensitive by a leading (?i): " + p.pattern());
      }
      for (String a : alternatives(p.pattern().substring(4))) {
        if (a.startsWith("^") == anchored) {
          alts.add("(?:" + a + ")");
        }
      }
    }
    return Pattern.compile(alts.isEmpty() ? "(?!)" : String.join("|", alts), Pattern.CASE_INSENSITIVE);
  }

  /** The top-level alternatives of a regular expression: split at each "|" outside groups and classes. */
  static List<String> alternatives(String regex) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int classDepth = 0;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        classDepth++;
      } else if (c == ']' && classDepth > 0) {
        classDepth--;
      } else if (classDepth == 0 && c == '(') {
        depth++;
      } else if (classDepth == 0 && c == ')') {
        depth--;
      } else if (classDepth == 0 && depth == 0 && c == '|') {
        out.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    out.add(regex.substring(start));
    return out;
  }

  /** Whether one of the line patterns finds a match in {@code t}. */
  static boolean anyLinePattern(String t) {
    return ANY_ANCHORED_LINE_PATTERN.matcher(t).lookingAt() || ANY_FLOATING_LINE_PATTERN.matcher(t).find();
  }

  private static Map<String, Pattern> linePatterns() {
    Map<String, Pattern> m = new java.util.LinkedHashMap<>();
    m.put("comments", Pattern.compile("(?i)^(\\d+\\s+)?(comments?|replies|responses)(\\s*\\(\\d+\\))?$|^leave a (comment|reply)"
        + "|^(view|show|load|see) (all|more) comments|^article rating$|^newest( most voted)?|^oldest$|^inline feedbacks?"
        + "|^join the (discussion|conversation)|^\\d+\\s+\\d+\\s+votes?$|^\\d+\\s+votes?$|^(reply|report|flag)$"
        + "|^\\d+\\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago$"
        + "|^comments are closed|^be the first to comment|^what do you think\\?$|^(notify of|subscribe to comments)"
        + "|^log in to (comment|reply)|^\\d+ (likes?|upvotes?)$|^(like|dislike|upvote|downvote)( \\d+)?$"));
    m.put("ticker", Pattern.compile("(?i)^(breaking( news)?|just in|live( updates)?|developing( story)?|latest news|news alert)"
        + "(\\s*[:|•–—-]|$)"));
    m.put("byline", Pattern.compile("(?i)^(posted|written|reported|published|updated|last updated|edited)( on| by|:)"
        + "|^posted by$|^reporting from\\b|^(additional )?(reporting|writing|editing|compiled|produced) by\\b|^[A-Z][\\p{L}'’-]+( [A-Z][\\p{L}'’-]+){1,2} is (a|an|the) [^.]{0,80}"
        + "(correspondent|reporter|bureau chief|editor|writer|journalist|columnist|contributor)\\b|^by\\s+[A-Z\\p{Lu}][\\p{L}.'’-]+(\\s+[A-Z\\p{Lu}][\\p{L}.'’-]+){0,3}(,.*|\\s*\\|.*|\\s+and\\s+.*)?$"
        + "|^\\d+\\s*(min|minute)s?\\s*read$|^(reading time|read time)|^\\(?\\d{1,2}:\\d{2}\\s*(am|pm|gmt|utc)?\\)?$"
        + "|^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+\\d{1,2}?\\s*[a-z]+\\s+\\d{1,2},?\\s+\\d{4}"
        + "|^(january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{1,2},\\s+\\d{4}"
        + "|^\\d{1,2}\\s+(january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{4}"
        + "|^\\d{4}-\\d{2}-\\d{2}([ t]\\d{2}:\\d{2}.*)?$"));
    m.put("share", Pattern.compile("(?i)^(share( this( article| story)?)?( on)?|tweet|email|print|copy link|save|follow us"
        + "|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|vk|x)([\\s|•·/,]+(share|tweet|email|print|copy link"
        + "|save|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|vk|x))*:?$"));
    m.put("caption", Pattern.compile("(?i)^(photo|image|picture|file photo|illustration|video|graphic)s?\\s*[:|(]|credit\\s*(\\.\\.\\.|:)"
        + "|\\((photo|image|file)[^)]*\\)$|(getty images|reuters|afp|ap photo|associated press|epa|shutterstock|sputnik|tass)"
        + "\\s*(/|via|$)|^(photo|image) (by|credit|courtesy)"));
    m.put("related", Pattern.compile("(?i)^(related( searches| articles| stories| posts| news)?|read (also|more|next)|also read|see also"
        + "|you (may|might) (also )?like|more on this( story)?)\\s*:|^(related( articles| stories| news| coverage| posts| topics| content)?|most (read|popular|viewed|shared)"
        + "|read (more|next|also)|also read|you (may|might) (also )?like|recommended( for you)?|more (from|on|in|stories)"
        + "|trending( now)?|popular( now| stories)?|see also|editor'?s picks|top stories|further reading|more news"
        + "|don['\u2019]?t miss|must[- ]reads?)\\b.{0,40}:?$"));
    m.put("tags", Pattern.compile("(?i)^(tags?|topics?|filed under|categories|category|keywords)\\s*:"));
    m.put("video", Pattern.compile("(?i)your browser does not support|^(play|watch|loading) video|^watch (more|now|live|next)$|^video player|^(play|pause|mute|unmute|fullscreen)$"
        + "|enable javascript to (view|watch)|^\\d{1,2}:\\d{2}$"));
    m.put("footer", Pattern.compile("(?i)^(©|\\(c\\)|copyright)|all rights reserved|^(?!.*[.!?]$)(privacy( policy)?|terms( of (use|service))?"
        + "|cookie (policy|settings)|contact( us)?|about( us)?|advertise( with us)?|careers|sitemap|subscribe|newsletter|sign up|log ?in|register"
        + "|accessibility|imprint|rss|previous (article|post)|next (article|post)|order reprints|today'?s paper|site index"
        + "|site information)([\\s|•·/,]+.*)?$|^sign up for|^subscribe to|appears in print|^we use cookies"));
    m.put("other", Pattern.compile("(?i)^(skip )?advertisement\\b|^(views|reads|shares|likes|visits)\\s*:?\\s*[\\d.,]+\\s*k?$|^supported by$|(for|only for) (paying )?subscribers\\.?$"
        + "|^subscribers? only|^was this (page|article|story|information) (useful|helpful)|^(beta|alpha)\\b.{0,80}(feedback|new service)"
        + "|^(have|got) a (news )?tip|^scroll to continue|^(sponsored|promoted)( content)?$"
        + "|free (articles?|stories) (remaining|left)|subscribe (now )?for unlimited|^(gift|save) this (article|story)$"
        + "|^listen to this (article|story)|^(ad|ads)$|^continue reading|^story continues below"));
    m.put("navigation", Pattern.compile("(?i)^(?!.*[.!?]$)(home|menu|search|skip to (main )?content|table of contents|contents|sections|close|open menu"
        + "|log in|sign in|edition|language|skip to .*)\\b.{0,30}$|^home\\s*[»>›/]"));
    return m;
  }

  /** Comment markers that open a thread on their own (the others, "Reply", "3 hours ago", need company). */
  private static final Pattern STRONG_COMMENTS = Pattern.compile("(?i)^(\\d+\\s+)?(comments?|replies|responses)(\\s*\\(\\d+\\))?$"
      + "|^leave a (comment|reply)|^(view|show|load|see) (all|more) comments|^join the (discussion|conversation)"
      + "|^comments are closed|^be the first to comment|^(notify of|subscribe to comments)|^log in to (comment|reply)"
      + "|^inline feedbacks?|^article rating$");

  private static final Pattern POSTED = Pattern.compile("(?i)(posted|written|reported|published|updated|last updated|edited)\\b");

  private static final Pattern LANGUAGES = Pattern.compile("(?i)\\b(english|español|espanol|français|francais|deutsch|русский"
      + "|العربية|中文|日本語|português|italiano|türkçe|فارسی|українська|polski|हिन्दी)\\b");

  private final ExtractionRules rules;

  /** A remover with the extraction rules of the default lexicon directory. */
  public BoilerplateRemover() {
    this(ExtractionRules.defaults());
  }

  /** A remover with the given extraction rules (markup cues for the article zone of HTML pages). */
  public BoilerplateRemover(ExtractionRules rules) {
    this.rules = java.util.Objects.requireNonNull(rules, "rules");
  }

  @Override
  public CleanText clean(RawDocument doc) {
    if (doc.format() == RawDocument.Format.HTML) {
      HtmlBlocks.Page page = HtmlBlocks.page(doc.content(), rules);
      return classify(page.blocks(), doc.title(), false, page.zoned());
    }
    List<Block> blocks = TextBlocks.parse(doc.content());
    // A text dump's first line is its title (TextReader took it from there); a corpus record with its own
    // title field keeps its first line as article text.
    boolean firstLineIsTitle = !blocks.isEmpty() && norm(blocks.get(0).text()).equals(norm(doc.title()));
    if (doc.format() == RawDocument.Format.RECORD) {
      return RecordText.classify(blocks, doc.title(), firstLineIsTitle);
    }
    CleanText c = classify(blocks, doc.title(), firstLineIsTitle);
    return c.body().isEmpty() ? shortPassage(blocks, firstLineIsTitle, c) : c;
  }

  /**
   * A text file too short to hold article prose (no paragraph of {@value #PROSE_WORDS} words), such as a passage
   * a journalist wants checked: when every line of it is a complete sentence (the first line may be a title
   * without sentence punctuation, and a short heading may stand before a sentence), nothing says it is page
   * furniture, so it is read whole, as a record would be.
   * A first line that ends as a sentence is text, not a title: a one-line file is its sentence. Otherwise the
   * classification stands, empty.
   */
  private static CleanText shortPassage(List<Block> blocks, boolean firstLineIsTitle, CleanText empty) {
    boolean titled = firstLineIsTitle && !endsSentence(blocks.get(0).text());
    for (int i = titled ? 1 : 0; i < blocks.size(); i++) {
      boolean heading = isFragment(blocks.get(i)) && i + 1 < blocks.size() && isSentence(blocks.get(i + 1));
      if (!isSentence(blocks.get(i)) && !heading) {
        return empty;
      }
    }
    CleanText whole = RecordText.classify(blocks, titled ? blocks.get(0).text() : "", titled);
    if (whole.body().isEmpty()) {
      return empty; // a title alone
    }
    List<String> flags = new ArrayList<>(whole.flags());
    flags.add("short text read whole");
    return new CleanText(whole.title(), whole.body(), whole.removed(), flags);
  }

  /** The decision procedure on blocks of a text dump (public so tests and evaluation can call it). */
  public CleanText classify(List<Block> input, String title, boolean firstLineIsTitle) {
    return classify(input, title, firstLineIsTitle, false);
  }

  /**
   * The decision procedure on blocks. With {@code markupZone} the blocks come from an HTML page whose
   * article zone the markup located ({@link ArticleZone}): plain blocks inside it (no hint, few links) are
   * article text even when short and unpunctuated (a list of tour dates, a verse, a lede sentence), so only
   * markup, wording and links can remove them.
   */
  public CleanText classify(List<Block> input, String title, boolean firstLineIsTitle, boolean markupZone) {
    try {
      return decide(input, title, firstLineIsTitle, markupZone);
    } finally {
      WORDING.get().clear();
    }
  }

  private CleanText decide(List<Block> input, String title, boolean firstLineIsTitle, boolean markupZone) {
    List<String> flags = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    for (Block b : input) {
      blocks.addAll(splitGlued(b));
    }
    if (keywordStuffing(input)) {
      flags.add("keyword stuffing");
    }
    int n = blocks.size();
    String[] reason = new String[n];
    boolean[] titleBlock = new boolean[n];
    // The title: the first line of a text dump, or a leading block equal to the known title.
    String normTitle = norm(title);
    for (int i = 0; i < Math.min(n, 8); i++) {
      String t = blocks.get(i).text();
      if ((firstLineIsTitle && i == 0) || (!title.isBlank() && norm(t).equals(normTitle))) {
        titleBlock[i] = true;
        break;
      }
    }
    boolean[] prose = new boolean[n];
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      prose[i] = !titleBlock[i] && isProse(b) && b.hint() == null && patternReason(b) == null;
    }
    // Comment section: the first comment marker (or comment-hinted block) after the article has started.
    int firstProse = -1;
    for (int i = 0; i < n; i++) {
      if (prose[i]) {
        firstProse = i;
        break;
      }
    }
    int commentStart = n;
    for (int i = Math.max(firstProse, 0); i < n && firstProse >= 0; i++) {
      if (commentMarker(blocks.get(i), prose[i])) {
        // "12 Comments", "Leave a reply" open a thread; a lone "Reply" or "Report" may be an embedded post's
        // button inside the article, so weak markers need company: three within the next dozen blocks.
        int company = 0;
        for (int j = i; j < Math.min(n, i + 12); j++) {
          if (commentMarker(blocks.get(j), prose[j])) {
            company++;
          }
        }
        if (STRONG_COMMENTS.matcher(blocks.get(i).text()).find() || company >= 3) {
          commentStart = i;
          break;
        }
      }
    }
    int lastProse = -1;
    for (int i = commentStart - 1; i >= 0; i--) {
      if (prose[i]) {
        lastProse = i;
        break;
      }
    }
    // The article may end with short sentences (a FAQ answer, a sign-off line): extend the zone through
    // sentence-like blocks and single headings between them, up to the first furniture.
    for (int i = lastProse + 1; lastProse >= 0 && i < commentStart; i++) {
      Block b = blocks.get(i);
      if (isSentence(b)) {
        lastProse = i;
      } else if (!(isFragment(b) && i + 1 < commentStart && isSentence(blocks.get(i + 1)))) {
        break;
      }
    }
    if (markupZone && lastProse >= 0) {
      // In a markup zone the article runs on through plain blocks (a closing list of tour dates, a lede
      // above the first long paragraph) until markup, wording or links say otherwise; going up, a heading
      // (the headline, which the page head already gives) ends it.
      for (int i = lastProse + 1; i < commentStart && zonePlain(blocks.get(i)); i++) {
        lastProse = i;
      }
      for (int i = firstProse - 1; i >= 0 && !titleBlock[i] && !blocks.get(i).heading() && zonePlain(blocks.get(i)); i--) {
        firstProse = i;
      }
    }
    // Inside the zone, a run of three or more fragments (no sentence punctuation) is page furniture
    // (a menu, a byline block, an ad slot), not headings: headings stand alone between paragraphs.
    boolean[] furnitureRun = new boolean[n];
    for (int i = Math.max(firstProse, 0); i <= lastProse; ) {
      int j = i;
      while (j <= lastProse && !prose[j] && !isSentence(blocks.get(j))) {
        j++;
      }
      if (j - i >= 3) {
        for (int k = i; k < j; k++) {
          // Items of a list without links (tour dates, eligible groups) are the article's list, not furniture.
          Block b = blocks.get(k);
          boolean plain = b.linkDensity() < 0.5 && b.hint() == null && patternReason(b) == null;
          furnitureRun[k] = !(plain && (b.listItem() || markupZone));
        }
      }
      i = Math.max(j, i + 1);
    }
    List<String> proseTexts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (prose[i]) {
        proseTexts.add(norm(blocks.get(i).text()));
      }
    }
    // A "Key points" / "At a glance" box before the first paragraph is part of the article: keep its
    // heading and the sentence-like bullets that follow it.
    boolean[] keyPoints = new boolean[n];
    for (int i = 0; firstProse >= 0 && i < firstProse; i++) {
      if (KEY_POINTS.matcher(blocks.get(i).text()).matches()) {
        keyPoints[i] = true;
        for (int j = i + 1; j < firstProse && blocks.get(j).words() >= 5 && blocks.get(j).linkDensity() < 0.5
            && blocks.get(j).hint() == null && patternReason(blocks.get(j)) == null; j++) {
          keyPoints[j] = true;
        }
      }
    }
    boolean relatedRun = false;
    for (int i = 0; i < n; i++) {
      if (keyPoints[i]) {
        continue;
      }
      if (titleBlock[i]) {
        continue;
      }
      Block b = blocks.get(i);
      if (i >= commentStart) {
        reason[i] = "footer".equals(patternReason(b)) ? "footer" : "comments";
        continue;
      }
      if (b.hint() != null) {
        reason[i] = b.hint();
        continue;
      }
      if (prose[i]) {
        relatedRun = false;
        continue;
      }
      String pattern = patternReason(b);
      boolean inZone = firstProse >= 0 && i > firstProse && i < lastProse;
      if (i > lastProse && lastProse >= 0 && pattern != null && AFTER_GENERIC.contains(pattern)) {
        // After the article, a "Breaking News | Site" line is a link to elsewhere, not this page's ticker.
        pattern = null;
      }
      if (pattern != null) {
        reason[i] = pattern;
        relatedRun = "related".equals(pattern);
        continue;
      }
      if (relatedRun && (b.listItem() || b.words() <= 14)) {
        reason[i] = "related";
        continue;
      }
      if (firstProse < 0 || i < firstProse) {
        if (!(markupZone && firstProse >= 0 && isSentence(b))) {
          reason[i] = b.listItem() ? "navigation" : beforeReason(b);
        }
        continue;
      }
      if (i > lastProse) {
        reason[i] = afterReason(b);
        continue;
      }
      if (inZone) {
        if (furnitureRun[i]) {
          reason[i] = b.listItem() ? "navigation" : "other";
        } else if (b.linkDensity() > 0.5 && !(markupZone && b.words() >= 20 && b.linkDensity() <= 0.8)) {
          // (a long item of a news round-up with its links stays: a teaser list is short titles)
          reason[i] = "related";
        } else if (isCaptionFragment(b, proseTexts)) {
          reason[i] = "caption";
        }
        // otherwise: a heading, a short sentence, a FAQ question: kept
      }
    }
    StringBuilder body = new StringBuilder();
    List<RemovedBlock> removed = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    String pendingReason = null;
    for (int i = 0; i < n; i++) {
      if (titleBlock[i]) {
        continue;
      }
      String text = blocks.get(i).text();
      if (reason[i] == null) {
        if (body.length() > 0) {
          body.append("\n\n");
        }
        body.append(text);
      } else {
        if (pendingReason != null && !pendingReason.equals(reason[i])) {
          removed.add(new RemovedBlock(pending.toString(), pendingReason));
          pending.setLength(0);
        }
        if (pending.length() > 0) {
          pending.append('\n');
        }
        pending.append(text);
        pendingReason = reason[i];
      }
    }
    if (pendingReason != null) {
      removed.add(new RemovedBlock(pending.toString(), pendingReason));
    }
    String cleanTitle = title.isBlank() && firstLineIsTitle && n > 0 ? blocks.get(0).text() : title;
    if (body.length() == 0) {
      flags.add("no article text found");
    }
    return new CleanText(cleanTitle, body.toString(), removed, flags);
  }

  /** The same phrase set in bold three times or more: SEO keyword stuffing. */
  static boolean keywordStuffing(List<Block> input) {
    Map<String, Integer> boldCounts = new java.util.HashMap<>();
    for (Block b : input) {
      Matcher bm = MARKDOWN_BOLD.matcher(b.text());
      while (bm.find()) {
        boldCounts.merge(bm.group(1).toLowerCase(Locale.ROOT).strip(), 1, Integer::sum);
      }
    }
    return boldCounts.values().stream().anyMatch(c -> c >= 3);
  }

  /** A strong comment-section marker ("12 Comments", "Leave a reply"). */
  static boolean strongCommentMarker(Block b) {
    return b.words() <= 12 && STRONG_COMMENTS.matcher(b.text()).find();
  }

  /** Drops the wording answers kept for the blocks of the classification that just ended on this thread. */
  static void forgetWording() {
    WORDING.get().clear();
  }

  /** The reason a short line's wording implies (see the line patterns), or null. */
  static String wordingReason(Block b) {
    return patternReason(b);
  }

  /** True when the text ends like a sentence (full stop, question or exclamation mark, optional quote or footnote). */
  static boolean endsSentence(String text) {
    return TERMINAL.matcher(text).matches();
  }

  /** A block of a markup zone with nothing against it: no hint, no telling wording, not a link list. */
  private static boolean zonePlain(Block b) {
    return b.hint() == null && patternReason(b) == null
        && (b.linkDensity() < 0.5 || (b.words() >= 20 && b.linkDensity() <= 0.8));
  }

  private static boolean commentMarker(Block b, boolean prose) {
    return !prose && b.words() <= 12 && LINE_PATTERNS.get("comments").matcher(b.text()).find();
  }

  static boolean isProse(Block b) {
    return b.words() >= PROSE_WORDS && ends(b.text()) && b.linkDensity() < 0.5
        && !(b.listItem() && b.words() < 20);
  }

  /**
   * A short complete sentence (FAQ question or answer, one-line paragraph), a sentence that introduces a
   * list ("The measures include:"), or a list item written as a clause ("a lower cap on charges;"): all
   * article text, not furniture.
   */
  static boolean isSentence(Block b) {
    if (b.linkDensity() >= 0.5 || b.hint() != null || patternReason(b) != null) {
      return false;
    }
    String t = b.text();
    if (b.listItem()) {
      return b.words() >= 6 && CLAUSE_END.matcher(t).matches();
    }
    return b.words() >= 3 && (ends(t) || (b.words() >= 4 && CLAUSE_END.matcher(t).matches()));
  }

  /** Whether a text ends as a sentence does, or as a credited quotation. */
  private static boolean ends(String t) {
    return TERMINAL.matcher(t).matches() || CREDITED.matcher(t).matches();
  }

  /** A short block without sentence punctuation: a heading, a caption, a menu item. */
  static boolean isFragment(Block b) {
    return b.words() <= 14 && !TERMINAL.matcher(b.text()).matches() && b.hint() == null && patternReason(b) == null;
  }

  /**
   * The wording tests are the costliest part of cleaning and each block is asked several times, so the
   * answers are kept for the blocks of the classification running on this thread.
   */
  private static final ThreadLocal<Map<Block, String>> WORDING = ThreadLocal.withInitial(java.util.IdentityHashMap::new);
  private static final String NONE = "";

  private static String patternReason(Block b) {
    Map<Block, String> memo = WORDING.get();
    String r = memo.get(b);
    if (r == null) {
      r = computePatternReason(b);
      if (memo.size() > 100_000) {
        memo.clear();
      }
      memo.put(b, r == null ? NONE : r);
      return r;
    }
    return r.isEmpty() ? null : r;
  }

  private static String computePatternReason(Block b) {
    if (b.words() > 40) {
      return null;
    }
    String t = b.text().strip();
    // "Posted on social media by analysts at ..." opening a long sentence is the sentence, not a byline.
    boolean sentence = b.words() >= 16 && TERMINAL.matcher(t).matches() && POSTED.matcher(t).lookingAt();
    for (Map.Entry<String, Pattern> e : anyLinePattern(t) ? LINE_PATTERNS.entrySet()
        : java.util.Set.<Map.Entry<String, Pattern>>of()) {
      if (sentence && e.getKey().equals("byline")) {
        continue;
      }
      if (e.getValue().matcher(t).find()) {
        return e.getKey();
      }
    }
    Matcher lang = LANGUAGES.matcher(t);
    int langs = 0;
    while (lang.find()) {
      langs++;
    }
    if (langs >= 2) {
      return "navigation";
    }
    if (b.words() <= 20 && separators(t) >= 2 && t.split("\\s*[|•·]\\s*").length >= 3) {
      return "navigation";
    }
    return null;
  }

  /** How many of the separators a menu line uses (| • ·) the text has: three items need two of them. */
  private static int separators(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '|' || c == '•' || c == '·') {
        n++;
      }
    }
    return n;
  }

  private static String beforeReason(Block b) {
    return "navigation";
  }

  private static String afterReason(Block b) {
    String t = b.text();
    if (t.contains(" | ") || b.listItem() || t.startsWith("- ")) {
      return "spam-links";
    }
    return b.words() <= 3 ? "footer" : "other";
  }

  /** A short fragment without sentence punctuation that repeats a phrase of the body: alt text or keyword. */
  private static boolean isCaptionFragment(Block b, List<String> proseTexts) {
    if (b.words() > 6 || TERMINAL.matcher(b.text()).matches()) {
      return false;
    }
    String t = norm(b.text());
    if (!b.text().isEmpty() && Character.isLowerCase(b.text().codePointAt(0))) {
      return true;
    }
    if (t.length() < 4) {
      return false;
    }
    int hits = 0;
    for (String p : proseTexts) {
      if (p.contains(t)) {
        hits++;
      }
    }
    return hits >= 2;
  }

  /** Splits a block where a heading or a link list was glued to the previous sentence. */
  static List<Block> splitGlued(Block b) {
    String t = b.text();
    List<Block> out = new ArrayList<>();
    if (!mayBeGlued(t) || !gluedByPatterns(t)) {
      return List.of(b); // nothing glued (most blocks): no need to ask the wording
    }
    if (patternReason(b) != null) {
      return List.of(b); // "...on Thursday.Credit...Photographer" is one caption, not a sentence and a heading
    }
    Matcher gm = GLUED_MARKER.matcher(t);
    if (gm.find() && gm.start() > 0) {
      out.addAll(splitGlued(b.withText(t.substring(0, gm.start()).strip())));
      out.add(b.withText(t.substring(gm.start()).strip()));
      return out;
    }
    Matcher lm = GLUED_LIST.matcher(t);
    if (lm.find() && lm.start() > 0) {
      String head = t.substring(0, lm.start()).strip();
      String tail = t.substring(lm.start()).strip();
      out.addAll(splitGlued(b.withText(head)));
      out.add(new Block(tail, b.line(), b.hint(), false, true, b.linkDensity()));
      return out;
    }
    Matcher m = GLUED_BOUNDARY.matcher(t);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    if (last > 0) {
      String tail = t.substring(last).strip();
      int words = tail.split("\\s+").length;
      if (words <= 14 && (!TERMINAL.matcher(tail).matches() || titleCaseQuestion(tail))) {
        out.addAll(splitGlued(b.withText(t.substring(0, last).strip())));
        out.add(new Block(tail, b.line(), b.hint(), true, false, 0));
        return out;
      }
    }
    out.add(b);
    return out;
  }

  /** Whether one of the three glue patterns matches somewhere in {@code t}. */
  static boolean gluedByPatterns(String t) {
    return GLUED_MARKER.matcher(t).find() || GLUED_LIST.matcher(t).find() || GLUED_BOUNDARY.matcher(t).find();
  }

  /** A marker pattern's text before its first group ("related (...") or optional letter ("tags?" -> "tag"). */
  private static String literalStart(String marker) {
    int end = marker.length();
    int group = marker.indexOf('(');
    int optional = marker.indexOf('?');
    if (group >= 0) {
      end = group;
    }
    if (optional > 0) {
      end = Math.min(end, optional - 1);
    }
    return marker.substring(0, end);
  }

  /**
   * False only when none of {@link #GLUED_BOUNDARY}, {@link #GLUED_LIST} and {@link #GLUED_MARKER} can match: no
   * sentence end after a letter or digit that is followed (after an optional closing quote) by a capital, by an
   * optional space and a dash, or by an optional space and a marker's first words. One pass over the characters;
   * the three look-behind patterns scanned every position of every block, and most blocks have nothing glued.
   */
  static boolean mayBeGlued(String t) {
    int n = t.length();
    for (int i = 1; i < n; i++) {
      char p = t.charAt(i);
      if (p != '.' && p != '!' && p != '?') {
        continue;
      }
      char x = t.charAt(i - 1);
      if (!((x >= 'a' && x <= 'z') || (x >= '0' && x <= '9') || x == '%' || x == ')' || x == ']')) {
        continue;
      }
      int j = i + 1;
      if (j < n && "\"”’'".indexOf(t.charAt(j)) >= 0) {
        j++;
      }
      if (j < n && t.charAt(j) >= 'A' && t.charAt(j) <= 'Z') {
        return true;
      }
      if (j < n && " \t\n\u000B\f\r".indexOf(t.charAt(j)) >= 0) {
        j++;
      }
      if (j < n && t.charAt(j) == '-') {
        return true;
      }
      for (String m : GLUED_MARKER_STARTS) {
        if (t.regionMatches(true, j, m, 0, m.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** "The Israeli Dimension: A Shared Concern, Divergent Approaches?": a heading, not a sentence. */
  private static boolean titleCaseQuestion(String s) {
    if (!s.endsWith("?")) {
      return false;
    }
    String[] w = s.split("\\s+");
    int caps = 0;
    for (String x : w) {
      if (!x.isEmpty() && Character.isUpperCase(x.codePointAt(0))) {
        caps++;
      }
    }
    return caps >= 0.6 * w.length;
  }

  static String norm(String s) {
    return Whitespace.collapse(s.toLowerCase(Locale.ROOT)).strip();
  }
}
