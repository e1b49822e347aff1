#!/usr/bin/env python3
"""Writes the held-out boilerplate fixtures src/test/resources/clean/*.{html,txt} and their gold files
(<name>.gold.tsv). Each page is a list of (source line, label code): None = markup only (not labelled),
"T" title, "B" body, "H" heading inside the body, anything else = boilerplate of that kind.
A third tuple element (kind, glued text) marks a glued part at the end of a body line.
All pages, outlets and people are invented. Run from the repository root.
"""
import hashlib
import html
import os
import re

OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "src", "test", "resources", "clean"))
KINDS = {"navigation", "ticker", "byline", "share", "caption", "related", "tags", "comments", "spam-links",
         "footer", "video", "heading", "other"}

HEADER = """#! name: boilerplate-gold/{name}
#! version: 1.0.0
#! licence: CC-BY-4.0 (framescope authors)
#! description: line labels for boilerplate removal on the constructed fixture {src} ({desc})
#! source: {src}
#! sha256: {sha}
#! format: {fmt}
#! category body: article text that a cleaner must keep
#! category title: the headline
#! category heading: a section heading inside the article body (kind heading); evaluation decides whether it counts as body
#! category boilerplate: anything that is not article text; kind says what it is
#! category glued: an extra row for a body line whose end carries a glued heading or spam-link list; kind says which, offset is the 0-based UTF-16 offset where the glued part starts
#! kinds: - (body, title), heading, navigation, ticker, byline, share, caption, related, tags, comments, spam-links, footer, video, other
#! columns: line, label, kind, offset
"""
FMT_HTML = ("HTML; line = 1-based source line; only lines with visible text inside <body> are labelled "
            "(text nodes with entities decoded, or the alt text of an <img>)")
FMT_TXT = "text dump; line = 1-based line number of the file split on \\n; every non-blank line is labelled"


def visible(line):
    alt = re.findall(r'<img[^>]*\balt="([^"]*)"', line)
    text = html.unescape(re.sub(r"<[^>]+>", " ", line))
    text = " ".join(text.split())
    return text or " ".join(html.unescape(a) for a in alt).strip()


def build(name, ext, desc, entries):
    src = name + "." + ext
    lines = [e[0] for e in entries]
    content = "\n".join(lines) + "\n"
    data = content.encode("utf-8")
    rows = []
    in_body = ext == "txt"
    for i, e in enumerate(entries, 1):
        line, code = e[0], e[1]
        in_body = in_body or line.startswith("<body")
        has_text = bool(line.strip()) if ext == "txt" else (in_body and bool(visible(line)))
        if code is None:
            if has_text:
                raise SystemExit(f"{src}:{i} has text but no label: {line[:60]}")
            continue
        if not has_text:
            raise SystemExit(f"{src}:{i} labelled but has no text")
        if code == "T":
            rows.append(f"{i}\ttitle\t-\t")
        elif code == "B":
            rows.append(f"{i}\tbody\t-\t")
        elif code == "H":
            rows.append(f"{i}\theading\theading\t")
        else:
            if code not in KINDS:
                raise SystemExit("bad kind " + code)
            rows.append(f"{i}\tboilerplate\t{code}\t")
        if len(e) > 2:
            kind, glued = e[2]
            off = line.index(glued)
            assert line.endswith(glued) and ext == "txt"
            rows.append(f"{i}\tglued\t{kind}\t{off}")
    # html: lines inside <head> must not carry labels; txt: every non-blank line labelled
    with open(os.path.join(OUT, src), "wb") as f:
        f.write(data)
    sha = hashlib.sha256(data).hexdigest()
    with open(os.path.join(OUT, name + ".gold.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER.format(name=name, src=src, desc=desc, sha=sha, fmt=FMT_HTML if ext == "html" else FMT_TXT))
        f.write("\n".join(rows) + "\n")
    counts = {}
    for r in rows:
        lab = r.split("\t")[1]
        counts[lab] = counts.get(lab, 0) + 1
    print(src, len(lines), "lines", counts)


def head(title, site, date, author, url):
    return [(x, None) for x in [
        "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
        f"<title>{title} &#8211; {site}</title>",
        f"<meta property=\"og:site_name\" content=\"{site}\">",
        f"<meta property=\"og:title\" content=\"{title}\">",
        f"<meta property=\"article:published_time\" content=\"{date}\">",
        f"<meta name=\"author\" content=\"{author}\">",
        f"<link rel=\"canonical\" href=\"{url}\">", "</head>"]]


# ------------------------------------------------------------------ 1 WordPress blog with comments
wp = head("Cable damage in the Baltic: what we know so far", "Baltic Watch", "2026-03-03T08:30:00+02:00",
          "kaisa_h", "https://balticwatch.example/2026/03/03/cable-damage-baltic/") + [
    ("<body class=\"post-template-default single single-post\">", None),
    ("<a class=\"skip-link screen-reader-text\" href=\"#content\">Skip to content</a>", "navigation"),
    ("<header id=\"masthead\" class=\"site-header\">", None),
    ("<p class=\"site-title\"><a href=\"/\">Baltic Watch</a></p>", "navigation"),
    ("<p class=\"site-description\">Notes on security around the Baltic Sea</p>", "other"),
    ("<nav id=\"site-navigation\"><ul id=\"primary-menu\" class=\"menu\">", None),
    ("<li class=\"menu-item\"><a href=\"/\">Home</a></li>", "navigation"),
    ("<li class=\"menu-item\"><a href=\"/about/\">About</a></li>", "navigation"),
    ("<li class=\"menu-item\"><a href=\"/archive/\">Archive</a></li>", "navigation"),
    ("<li class=\"menu-item\"><a href=\"/contact/\">Contact</a></li>", "navigation"),
    ("</ul></nav>", None),
    ("</header>", None),
    ("<div id=\"content\" class=\"site-content\">", None),
    ("<article id=\"post-1187\" class=\"post type-post status-publish\">", None),
    ("<header class=\"entry-header\">", None),
    ("<h1 class=\"entry-title\">Cable damage in the Baltic: what we know so far</h1>", "T"),
    ("<div class=\"entry-meta\"><span class=\"posted-on\">Posted on <time datetime=\"2026-03-03T08:30:00+02:00\">March 3, 2026</time></span> <span class=\"byline\">by <a href=\"/author/kaisa_h/\">kaisa_h</a></span></div>", "byline"),
    ("</header>", None),
    ("<div class=\"entry-content\">", None),
    ("<figure class=\"wp-block-image size-large\">", None),
    ("<img src=\"/wp-content/uploads/2026/03/cable-ship.jpg\" alt=\"A cable repair ship in Helsinki harbour\" class=\"wp-image-1190\">", "caption"),
    ("<figcaption class=\"wp-element-caption\">A cable repair ship in Helsinki harbour. Photo: Wikimedia Commons (CC BY-SA 4.0)</figcaption>", "caption"),
    ("</figure>", None),
    ("<p>Finnish investigators are examining a cargo ship after a data cable between Finland and Estonia stopped working early on Sunday morning, the third such incident in the Gulf of Finland in two years.</p>", "B"),
    ("<p>The operator of the cable said traffic had been rerouted and that customers would not notice any disruption. &#8220;We lost the link at 04:12 local time. Repair crews will need at least two weeks once the weather allows,&#8221; a spokeswoman for the operator told reporters in Helsinki.</p>", "B"),
    ("<h2 class=\"wp-block-heading\">What investigators are looking at</h2>", "H"),
    ("<p>Chief Inspector Mikko Laine of the National Bureau of Investigation said the ship had been escorted to an anchorage off Porvoo. He said investigators wanted to know whether its anchor had been dragged along the seabed, and stressed that it was &#8220;far too early&#8221; to speak of sabotage.</p>", "B"),
    ("<p>Estonia&#8217;s foreign minister said his government was in close contact with Helsinki and with NATO allies. The Russian embassy in Helsinki said in a statement that any attempt to link Moscow to the incident would be &#8220;groundless speculation.&#8221;</p>", "B"),
    ("<p>Analysts I spoke to were cautious. Anchors do get dragged by accident, one former naval officer told me, but three incidents on the same short stretch of sea are hard to wave away. We will update this post when the investigators publish their first findings.</p>", "B"),
    ("</div>", None),
    ("<footer class=\"entry-footer\">", None),
    ("<span class=\"cat-links\">Posted in <a href=\"/category/security/\">Security</a>, <a href=\"/category/infrastructure/\">Infrastructure</a></span>", "tags"),
    ("<span class=\"tags-links\">Tagged <a href=\"/tag/finland/\">Finland</a>, <a href=\"/tag/estonia/\">Estonia</a>, <a href=\"/tag/undersea-cables/\">undersea cables</a></span>", "tags"),
    ("</footer>", None),
    ("<div class=\"sharedaddy sd-sharing-enabled\">", None),
    ("<h3 class=\"sd-title\">Share this:</h3>", "share"),
    ("<ul><li><a class=\"share-x\" href=\"#\">X</a></li><li><a class=\"share-facebook\" href=\"#\">Facebook</a></li><li><a class=\"share-email\" href=\"#\">Email</a></li></ul>", "share"),
    ("</div>", None),
    ("<div class=\"sharedaddy sd-block sd-like\"><h3 class=\"sd-title\">Like this:</h3><span class=\"loading\">Like Loading...</span></div>", "share"),
    ("<div id=\"jp-relatedposts\" class=\"jp-relatedposts\">", None),
    ("<h3 class=\"jp-relatedposts-headline\">Related</h3>", "related"),
    ("<p><a href=\"/2026/02/12/air-policing/\">NATO rotates Baltic air policing jets</a> <span>February 12, 2026</span> <span>In &quot;Security&quot;</span></p>", "related"),
    ("<p><a href=\"/2025/12/27/second-cable/\">Second cable outage in a month puzzles operators</a> <span>December 27, 2025</span> <span>In &quot;Infrastructure&quot;</span></p>", "related"),
    ("</div>", None),
    ("</article>", None),
    ("<nav class=\"navigation post-navigation\" aria-label=\"Posts\">", None),
    ("<div class=\"nav-previous\"><a href=\"/2026/02/12/air-policing/\" rel=\"prev\">&larr; Previous post: NATO rotates Baltic air policing jets</a></div>", "navigation"),
    ("<div class=\"nav-next\"><a href=\"/2026/03/05/ferries/\" rel=\"next\">Next post: Why Estonia is rethinking its ferry links &rarr;</a></div>", "navigation"),
    ("</nav>", None),
    ("<div id=\"comments\" class=\"comments-area\">", None),
    ("<h2 class=\"comments-title\">4 thoughts on &ldquo;Cable damage in the Baltic: what we know so far&rdquo;</h2>", "comments"),
    ("<ol class=\"comment-list\">", None),
    ("<li class=\"comment\"><b class=\"fn\">Jari P.</b> <span class=\"says\">says:</span>", "comments"),
    ("<a class=\"comment-date\" href=\"#comment-201\">March 3, 2026 at 10:41 am</a>", "comments"),
    ("<p>Third time is not a coincidence. Good that they boarded the ship this time.</p>", "comments"),
    ("<a class=\"comment-reply-link\" href=\"#\">Reply</a></li>", "comments"),
    ("<li class=\"comment depth-2\"><b class=\"fn\">kaisa_h</b> <span class=\"says\">says:</span>", "comments"),
    ("<a class=\"comment-date\" href=\"#comment-202\">March 3, 2026 at 11:02 am</a>", "comments"),
    ("<p>Maybe, Jari, but let&#8217;s wait for the investigators. Accidents happen in winter storms too.</p>", "comments"),
    ("<a class=\"comment-reply-link\" href=\"#\">Reply</a></li>", "comments"),
    ("<li class=\"comment\"><b class=\"fn\">Marko</b> <span class=\"says\">says:</span>", "comments"),
    ("<a class=\"comment-date\" href=\"#comment-205\">March 3, 2026 at 2:17 pm</a>", "comments"),
    ("<p>The cable companies should simply bury the lines deeper. Problem solved.</p>", "comments"),
    ("<a class=\"comment-reply-link\" href=\"#\">Reply</a></li>", "comments"),
    ("<li class=\"comment\"><b class=\"fn\"><a href=\"https://cheap-vpn-deals.example/\">best vpn 2026</a></b> <span class=\"says\">says:</span>", "comments"),
    ("<a class=\"comment-date\" href=\"#comment-209\">March 4, 2026 at 3:55 am</a>", "comments"),
    ("<p>Great article!!! Check out the best VPN deals for the Baltic region on my site.</p>", "comments"),
    ("<a class=\"comment-reply-link\" href=\"#\">Reply</a></li>", "comments"),
    ("</ol>", None),
    ("<div id=\"respond\" class=\"comment-respond\">", None),
    ("<h3 id=\"reply-title\" class=\"comment-reply-title\">Leave a Reply</h3>", "comments"),
    ("<p class=\"comment-notes\">Your email address will not be published. Required fields are marked *</p>", "comments"),
    ("<p class=\"comment-form-comment\"><label for=\"comment\">Comment *</label> <textarea id=\"comment\" name=\"comment\"></textarea></p>", "comments"),
    ("<p class=\"comment-form-author\"><label for=\"author\">Name *</label> <input id=\"author\" name=\"author\"></p>", "comments"),
    ("<p class=\"comment-form-email\"><label for=\"email\">Email *</label> <input id=\"email\" name=\"email\"></p>", "comments"),
    ("<p class=\"comment-form-cookies-consent\"><input type=\"checkbox\"> <label>Save my name, email, and website in this browser for the next time I comment.</label></p>", "comments"),
    ("<p class=\"form-submit\"><input type=\"submit\" class=\"submit\" value=\"Post Comment\"></p>", None),
    ("</div>", None),
    ("</div>", None),
    ("</div>", None),
    ("<aside id=\"secondary\" class=\"widget-area\">", None),
    ("<section class=\"widget widget_search\"><label>Search for:</label> <input type=\"search\"></section>", "navigation"),
    ("<section class=\"widget widget_recent_entries\">", None),
    ("<h2 class=\"widget-title\">Recent Posts</h2>", "related"),
    ("<ul><li><a href=\"/2026/03/05/ferries/\">Why Estonia is rethinking its ferry links</a></li>", "related"),
    ("<li><a href=\"/2026/02/12/air-policing/\">NATO rotates Baltic air policing jets</a></li></ul>", "related"),
    ("</section>", None),
    ("<section class=\"widget widget_archive\">", None),
    ("<h2 class=\"widget-title\">Archives</h2>", "navigation"),
    ("<ul><li><a href=\"/2026/03/\">March 2026</a></li><li><a href=\"/2026/02/\">February 2026</a></li></ul>", "navigation"),
    ("</section>", None),
    ("<section class=\"widget widget_meta\"><h2 class=\"widget-title\">Meta</h2><ul><li><a href=\"/wp-login.php\">Log in</a></li><li><a href=\"/feed/\">Entries feed</a></li></ul></section>", "navigation"),
    ("</aside>", None),
    ("<footer id=\"colophon\" class=\"site-footer\">", None),
    ("<div class=\"site-info\">&copy; 2026 Baltic Watch</div>", "footer"),
    ("<div class=\"powered\"><a href=\"https://wordpress.org/\">Proudly powered by WordPress</a> | Theme: Twenty Twenty-Four</div>", "footer"),
    ("</footer>", None),
    ("<div class=\"cookie-notice\">This site uses cookies. By continuing to use this website, you agree to their use. <button>Close and accept</button></div>", "other"),
    ("</body>", None),
    ("</html>", None),
]

# ------------------------------------------------------------------ 2 wire story with Most read sidebar
wire = head("China, Philippines trade blame after coast guard ships collide near Second Thomas Shoal", "Northgate News",
            "2026-04-18T06:05:00+08:00", "Hannah Cho", "https://northgate.example/asia-pacific/second-thomas-shoal-collision-2026-04-18/") + [
    ("<body>", None),
    ("<div id=\"top\">", None),
    ("<a href=\"/\" class=\"logo\">Northgate</a>", "navigation"),
    ("<button class=\"sections\">Sections</button>", "navigation"),
    ("<a href=\"/world/\">World</a>", "navigation"),
    ("<a href=\"/business/\">Business</a>", "navigation"),
    ("<a href=\"/markets/\">Markets</a>", "navigation"),
    ("<a href=\"/sustainability/\">Sustainability</a>", "navigation"),
    ("<a href=\"/account/register\" class=\"cta\">Register for free</a>", "navigation"),
    ("</div>", None),
    ("<main id=\"main-content\">", None),
    ("<div class=\"article-layout\">", None),
    ("<article>", None),
    ("<nav class=\"crumbs\"><a href=\"/world/\">World</a> <a href=\"/world/asia-pacific/\">Asia Pacific</a></nav>", "navigation"),
    ("<h1 data-testid=\"Heading\">China, Philippines trade blame after coast guard ships collide near Second Thomas Shoal</h1>", "T"),
    ("<div class=\"authors\">By <a href=\"/authors/hannah-cho/\">Hannah Cho</a> and <a href=\"/authors/wei-lin/\">Wei Lin</a></div>", "byline"),
    ("<time datetime=\"2026-04-18T06:05:00+08:00\">April 18, 2026 6:05 AM GMT+8</time>", "byline"),
    ("<span class=\"updated\">Updated 3 hours ago</span>", "byline"),
    ("<button class=\"listen\">Listen to article (3 min)</button>", "other"),
    ("<ul class=\"share\">", None),
    ("<li><a href=\"#\">Share on X</a></li>", "share"),
    ("<li><a href=\"#\">Share on Facebook</a></li>", "share"),
    ("<li><a href=\"#\">Share by email</a></li>", "share"),
    ("<li><button>Copy link to clipboard</button></li>", "share"),
    ("</ul>", None),
    ("<figure>", None),
    ("<img src=\"/img/shoal.jpg\" alt=\"Two coast guard vessels close together at sea\">", "caption"),
    ("<figcaption>A Chinese coast guard ship, right, and a Philippine coast guard vessel near Second Thomas Shoal in the South China Sea, April 17, 2026. Philippine Coast Guard/Handout via Northgate</figcaption>", "caption"),
    ("<span class=\"license\">Purchase Licensing Rights</span>", "caption"),
    ("</figure>", None),
    ("<div class=\"article-body\">", None),
    ("<p>MANILA/BEIJING, April 18 (Northgate) - China and the Philippines accused each other on Saturday of causing a collision between their coast guard vessels near a disputed shoal in the South China Sea, the latest in a series of confrontations over the reef.</p>", "B"),
    ("<p>The Philippine Coast Guard said a Chinese vessel had rammed the stern of its patrol ship BRP Malapascua while it was escorting a resupply boat to Filipino troops stationed on Second Thomas Shoal. Two crew members suffered minor injuries, it said.</p>", "B"),
    ("<p>&quot;This was a deliberate and dangerous manoeuvre in our exclusive economic zone,&quot; Philippine Coast Guard spokesperson Rafael Dizon told a news conference. &quot;We will not be intimidated.&quot;</p>", "B"),
    ("<div class=\"ad-slot\">Advertisement &middot; Scroll to continue</div>", "other"),
    ("<p>China&#39;s coast guard said the Philippine ship had &quot;intruded&quot; into waters near the shoal, which China calls Ren&#39;ai Jiao, and had ignored repeated warnings before turning into the path of the Chinese vessel. A spokesman, Chen Haoyu, said China had taken &quot;necessary control measures in accordance with the law.&quot;</p>", "B"),
    ("<p class=\"read-next\">Read next: <a href=\"/world/asia-pacific/explainer-second-thomas-shoal/\">Explainer: Why a rusting warship is at the centre of a regional dispute</a></p>", "related"),
    ("<p>The United States, which has a mutual defence treaty with the Philippines, said it stood with its ally. The U.S. ambassador in Manila said in a post on X that China&#39;s actions were &quot;unsafe and destabilising.&quot;</p>", "B"),
    ("<p>An arbitration tribunal in The Hague ruled in 2016 that China&#39;s sweeping claims in the South China Sea had no legal basis. Beijing does not recognise the ruling.</p>", "B"),
    ("<p>Northgate could not independently verify either side&#39;s account of the collision. Video released by the Philippine side showed the two ships touching but did not show the moments before.</p>", "B"),
    ("</div>", None),
    ("<p class=\"signoff\">Reporting by Hannah Cho in Manila and Wei Lin in Beijing; Writing by Tom Fairley; Editing by Ruth Mendes</p>", "byline"),
    ("<p class=\"code\"><a href=\"/editorial-code/\">Northgate&#39;s Editorial Code</a> opens new tab</p>", "footer"),
    ("<div class=\"topics\"><a href=\"/topic/south-china-sea/\">South China Sea</a> <a href=\"/topic/philippines/\">Philippines</a> <a href=\"/topic/china/\">China</a></div>", "tags"),
    ("</article>", None),
    ("<aside class=\"rail\">", None),
    ("<section class=\"most-read\">", None),
    ("<h2>Most read</h2>", "related"),
    ("<ol>", None),
    ("<li><a href=\"/markets/oil-0418/\">Oil set for weekly gain as supply concerns mount</a></li>", "related"),
    ("<li><a href=\"/world/europe/elections-0418/\">Polls open in closely fought Dutch local elections</a></li>", "related"),
    ("<li><a href=\"/business/chips-0418/\">Chipmaker shares jump on record orders</a></li>", "related"),
    ("<li><a href=\"/world/americas/storm-0418/\">Storm forces evacuations along Gulf coast</a></li>", "related"),
    ("</ol>", None),
    ("</section>", None),
    ("<section class=\"newsletter\">", None),
    ("<h3>Get the Morning Dispatch</h3>", "other"),
    ("<p>The day&#39;s biggest stories, in your inbox before breakfast.</p>", "other"),
    ("<button>Sign up</button>", "other"),
    ("</section>", None),
    ("<section class=\"latest\"><h2>Latest in Asia Pacific</h2>", "related"),
    ("<a href=\"/world/asia-pacific/japan-0418/\">Japan, Australia agree to deepen defence ties</a>", "related"),
    ("</section>", None),
    ("</aside>", None),
    ("</div>", None),
    ("</main>", None),
    ("<footer>", None),
    ("<p>All quotes delayed a minimum of 15 minutes.</p>", "footer"),
    ("<p>&copy; 2026 Northgate News. All rights reserved.</p>", "footer"),
    ("<p><a href=\"/terms/\">Terms of Use</a> <a href=\"/privacy/\">Privacy</a> <a href=\"/cookies/\">Cookies</a> <a href=\"/accessibility/\">Accessibility</a></p>", "footer"),
    ("</footer>", None),
    ("</body>", None),
    ("</html>", None),
]

# ------------------------------------------------------------------ 3 state-media page with language switcher and ticker
sm = head("Spokesperson: U.S. arms sale to Taiwan region gravely violates one-China principle", "Eastern Sun",
          "2026-05-09T20:14:00+08:00", "Eastern Sun", "https://easternsun.example/world/2026-05-09/arms-sale.html") + [
    ("<body>", None),
    ("<div class=\"lang\">", None),
    ("<a href=\"https://zh.easternsun.example/\">中文</a>", "navigation"),
    ("<a href=\"/\">English</a>", "navigation"),
    ("<a href=\"https://fr.easternsun.example/\">Français</a>", "navigation"),
    ("<a href=\"https://ru.easternsun.example/\">Русский</a>", "navigation"),
    ("<a href=\"https://ar.easternsun.example/\">العربية</a>", "navigation"),
    ("</div>", None),
    ("<div class=\"nav\">", None),
    ("<a href=\"/\">HOME</a> <a href=\"/china/\">CHINA</a> <a href=\"/world/\">WORLD</a> <a href=\"/business/\">BUSINESS</a> <a href=\"/opinions/\">OPINIONS</a> <a href=\"/culture/\">CULTURE</a> <a href=\"/live/\">LIVE</a>", "navigation"),
    ("</div>", None),
    ("<div class=\"scroll-news\">", None),
    ("<marquee>Live: Premier meets ASEAN business leaders | High-speed rail line to Laos marks record passenger numbers | Spring wheat harvest expected to rise 3%</marquee>", "ticker"),
    ("</div>", None),
    ("<div class=\"main\">", None),
    ("<div class=\"crumb\"><a href=\"/\">Home</a> &gt; <a href=\"/world/\">World</a></div>", "navigation"),
    ("<h1 class=\"news-title\">Spokesperson: U.S. arms sale to Taiwan region gravely violates one-China principle</h1>", "T"),
    ("<div class=\"news-info\">Source: Eastern Sun | Editor: Li Na | 2026-05-09 20:14</div>", "byline"),
    ("<div class=\"fontsize\">A+ A- Print</div>", "share"),
    ("<div class=\"video-box\">", None),
    ("<video src=\"/v/0509-presser.mp4\" controls>", None),
    ("Sorry, your browser doesn't support embedded videos.", "video"),
    ("</video>", None),
    ("<p class=\"video-title\">Video: Foreign Ministry regular press conference, May 9</p>", "video"),
    ("</div>", None),
    ("<div class=\"content\">", None),
    ("<p>BEIJING, May 9 (Eastern Sun) -- China firmly opposes the latest U.S. arms sale to China&#39;s Taiwan region and has lodged stern representations with the U.S. side, Foreign Ministry spokesperson Fang Ruiqing said on Friday.</p>", "B"),
    ("<p>Fang made the remarks at a regular press conference when asked about a package of missiles and radar equipment worth about 1.1 billion U.S. dollars announced by Washington on Thursday.</p>", "B"),
    ("<p>&quot;The U.S. move gravely violates the one-China principle and the three China-U.S. joint communiques. It sends a seriously wrong signal to the &#39;Taiwan independence&#39; separatist forces,&quot; Fang said.</p>", "B"),
    ("<p>Fang pointed out that Taiwan is an inalienable part of China&#39;s territory and that the Taiwan question is purely China&#39;s internal affair, which brooks no foreign interference.</p>", "B"),
    ("<p>The U.S. State Department claimed the sale would help the island maintain a &quot;sufficient self-defense capability.&quot; Fang said such claims could not cover up Washington&#39;s real intention of &quot;using Taiwan to contain China.&quot;</p>", "B"),
    ("<p>She urged the U.S. side to stop arming Taiwan and to stop creating new factors of tension in the Taiwan Strait, adding that China would take resolute and forceful measures to defend its sovereignty and security.</p>", "B"),
    ("<p class=\"img\"><img src=\"/img/0509-fang.jpg\" alt=\"Fang Ruiqing at the podium\"></p>", "caption"),
    ("<p class=\"img-caption\">Foreign Ministry spokesperson Fang Ruiqing. (Photo/Eastern Sun)</p>", "caption"),
    ("</div>", None),
    ("<div class=\"share-to\">Share to: <a>WeChat</a> <a>Weibo</a> <a>X</a> <a>Facebook</a></div>", "share"),
    ("<div class=\"hot-words\">Hot words: <a>one-China principle</a> <a>Taiwan question</a> <a>China-U.S. relations</a></div>", "tags"),
    ("<div class=\"no-comments\">Comments are disabled for this article.</div>", "comments"),
    ("<div class=\"related\">", None),
    ("<h3>Related Readings</h3>", "related"),
    ("<ul>", None),
    ("<li><a href=\"/china/0508-taiwan.html\">Mainland spokesperson slams DPP authorities for &#39;provocations&#39;</a></li>", "related"),
    ("<li><a href=\"/opinions/0507-hegemony.html\">Commentary: Hegemonic mindset lies behind U.S. arms sales</a></li>", "related"),
    ("</ul>", None),
    ("</div>", None),
    ("<div class=\"editor-pick\"><h3>Editor&#39;s Pick</h3><a href=\"/culture/0509-tea.html\">Tea-picking season brings visitors to Anxi</a></div>", "related"),
    ("</div>", None),
    ("<div class=\"app-download\">", None),
    ("<img src=\"/img/qr.png\" alt=\"QR code\">", "other"),
    ("<p>Download the Eastern Sun app for the latest news</p>", "other"),
    ("</div>", None),
    ("<div class=\"footer\">", None),
    ("<p>Copyright &copy; Eastern Sun Broadcasting. All rights reserved. Constructed sample site for testing.</p>", "footer"),
    ("<p><a href=\"/about/\">About Us</a> | <a href=\"/contact/\">Contact Us</a> | <a href=\"/jobs/\">Jobs</a></p>", "footer"),
    ("</div>", None),
    ("</body>", None),
    ("</html>", None),
]

# ------------------------------------------------------------------ 4 forum-style repost (text dump)
forum = [
    ("Inspectors back at Iranian sites? New deal with the IAEA [article]", "T"),
    ("", None),
    ("Geopolitics Forum", "navigation"),
    ("Board index \u2039 World Affairs \u2039 Middle East", "navigation"),
    ("Post Reply", "navigation"),
    ("Search this topic\u2026", "navigation"),
    ("7 posts \u2022 Page 1 of 1", "navigation"),
    ("", None),
    ("Topic author", "comments"),
    ("nightowl_83", "comments"),
    ("Posts: 4512", "comments"),
    ("Joined: Sat Jan 12, 2019 8:03 pm", "comments"),
    ("Post by nightowl_83 \u00bb Tue Apr 07, 2026 3:12 pm", "comments"),
    ("", None),
    ("Saw this on a news site this morning, copying it here because their page is a mess of ads:", "comments"),
    ("", None),
    ("VIENNA \u2014 Iran has agreed to let United Nations nuclear inspectors return to two sites where monitoring cameras were removed in 2022, the International Atomic Energy Agency said on Tuesday, in a step Western diplomats described as welcome but limited.", "B"),
    ("", None),
    ("IAEA Director General's office said inspectors would travel to Iran within two weeks to reinstall surveillance equipment at a centrifuge workshop and a uranium conversion facility. The agency did not say whether Iran had agreed to explain traces of uranium found at undeclared locations, a long-running point of dispute.", "B"),
    ("", None),
    ("\"This is a technical arrangement, nothing more and nothing less,\" Iran's ambassador to the agency, Ali Rezaei, told reporters. He said Tehran expected the Western members of the IAEA board to refrain from \"political resolutions\" at the next board meeting in June.", "B"),
    ("", None),
    ("A senior European diplomat, speaking on condition of anonymity, said the agreement fell short of what was needed. \"Cameras in two places are better than none. But the agency still cannot say how much enriched uranium Iran has,\" the diplomat said.", "B"),
    ("", None),
    ("The U.S. State Department said it would judge Iran \"by its actions, not its promises.\" Russia's envoy in Vienna welcomed the deal and said it showed that dialogue worked better than pressure.", "B"),
    ("", None),
    ("Source: some news site, I lost the link, sorry", "comments"),
    ("", None),
    ("Cheers, n.o.", "comments"),
    ("Signature: \"In a time of universal deceit, telling the truth is a revolutionary act\" (not actually Orwell)", "comments"),
    ("", None),
    ("Top", "navigation"),
    ("", None),
    ("balticbear", "comments"),
    ("Posts: 388", "comments"),
    ("Joined: Mon Mar 02, 2020 11:45 am", "comments"),
    ("Re: Inspectors back at Iranian sites? New deal with the IAEA [article]", "comments"),
    ("Post by balticbear \u00bb Tue Apr 07, 2026 4:01 pm", "comments"),
    ("", None),
    ("Quote:", "comments"),
    ("nightowl_83 wrote: Saw this on a news site this morning", "comments"),
    ("", None),
    ("We've been here before. Two sites out of how many?", "comments"),
    ("", None),
    ("Top", "navigation"),
    ("", None),
    ("Display posts from previous: All posts  Sort by Post time  Ascending  Go", "navigation"),
    ("Return to \u201cMiddle East\u201d", "navigation"),
    ("Jump to", "navigation"),
    ("Who is online", "footer"),
    ("Users browsing this forum: No registered users and 3 guests", "footer"),
    ("Powered by phpBB\u00ae Forum Software \u00a9 phpBB Limited", "footer"),
    ("Privacy | Terms", "footer"),
]

# ------------------------------------------------------------------ 5 SEO page with spam links (text dump)
seo = [
    ("North Korea Missile Test News Today: Everything You Need To Know About The Latest Launch", "T"),
    ("", None),
    ("Home \u00bb World News \u00bb North Korea Missile Test News", "navigation"),
    ("By Admin", "byline"),
    ("Last updated: 2 days ago", "byline"),
    ("Contents", "navigation"),
    ("1. What Happened In The Latest North Korea Missile Test", "navigation"),
    ("2. How Japan And South Korea Responded", "navigation"),
    ("3. What The United States Said", "navigation"),
    ("4. FAQs About North Korea Missile Test News", "navigation"),
    ("What Happened In The Latest North Korea Missile Test", "H"),
    ("The latest North Korea missile test news is that North Korea fired a ballistic missile into the sea off its east coast early on Wednesday, according to South Korea's Joint Chiefs of Staff. The missile flew about 700 kilometres before falling outside Japan's exclusive economic zone, Japanese officials said. This North Korea missile test news comes only weeks after Pyongyang promised to expand its nuclear arsenal.How Japan And South Korea Responded",
     "B", ("heading", "How Japan And South Korea Responded")),
    ("Japan's Defense Minister Kenji Arakawa told reporters that the launch was \"a clear violation of UN Security Council resolutions\" and that Tokyo had lodged a protest through diplomatic channels in Beijing. South Korea's Joint Chiefs of Staff said they had strengthened surveillance and were sharing information closely with the United States and Japan.", "B"),
    ("", None),
    ("READ ALSO: Best Travel Insurance For Seoul In 2026 (Top 7 Picks)", "spam-links"),
    ("", None),
    ("north korea missile", "caption"),
    ("", None),
    ("North Korean state media said the launch tested a new solid-fuel engine and called the drills a \"legitimate exercise of the right to self-defence\" against what it described as hostile military exercises by the United States and its allies.", "B"),
    ("What The United States Said", "H"),
    ("The U.S. Indo-Pacific Command said in a statement that the launch did not pose an immediate threat to U.S. personnel or territory, or to its allies, but highlighted the destabilising impact of Pyongyang's weapons programmes. Experts say that North Korea missile test news like this will keep coming as long as talks remain frozen.", "B"),
    ("", None),
    ("FAQs About North Korea Missile Test News", "H"),
    ("How far did the missile fly?", "B"),
    ("About 700 kilometres, according to South Korean and Japanese officials.", "B"),
    ("Did the missile land in Japanese waters?", "B"),
    ("No. Japanese officials said it fell outside Japan's exclusive economic zone.", "B"),
    ("We hope this guide to North Korea missile test news helped you. Bookmark this page for updates!Related Searches: north korea missile today live, icbm range map, kim jong un latest news, cheap flights to tokyo",
     "B", ("spam-links", "Related Searches: north korea missile today live, icbm range map, kim jong un latest news, cheap flights to tokyo")),
    ("", None),
    ("You May Also Like", "related"),
    ("Top 10 Richest Kpop Idols In 2026 And Their Net Worth", "spam-links"),
    ("How To Watch Premier League Live Free Without Cable", "spam-links"),
    ("Leaked: Celebrity Diet Secrets Doctors Don't Want You To Know", "spam-links"),
    ("", None),
    ("Tags: north korea, missile test, north korea missile test news, japan, south korea", "tags"),
    ("", None),
    ("Previous Article", "navigation"),
    ("Next Article", "navigation"),
    ("", None),
    ("0 Comments", "comments"),
    ("Post a Comment", "comments"),
    ("", None),
    ("Copyright \u00a9 2026 TrendNewsHub | Disclaimer | DMCA | Sitemap", "footer"),
]

# ------------------------------------------------------------------ 6 newspaper page with paywall remnants (text dump)
paper = [
    ("E.U. Leaders Back Joint Defense Fund as Hungary Holds Out", "T"),
    ("The agreement, reached after an all-night summit, would let the bloc borrow to buy air defenses and ammunition. Budapest refused to sign on.", "B"),
    ("", None),
    ("Skip to content", "navigation"),
    ("Skip to site index", "navigation"),
    ("Europe", "navigation"),
    ("Supported by", "other"),
    ("SKIP ADVERTISEMENT", "other"),
    ("You have 3 free articles remaining this month. Subscribe for unlimited access.", "other"),
    ("Share full article", "share"),
    ("Gift this article", "share"),
    ("Listen to this article \u00b7 5:41 min Learn more", "other"),
    ("Leaders at the summit in Brussels on Thursday.Credit...Olivier Dupont for The Lakeside Chronicle", "caption"),
    ("By Marta Kowalczyk", "byline"),
    ("Reporting from Brussels", "byline"),
    ("April 30, 2026", "byline"),
    ("Updated 4:12 p.m. ET", "byline"),
    ("", None),
    ("European Union leaders agreed early Friday to create a joint fund of up to 150 billion euros to buy air defense systems, drones and artillery ammunition, in the bloc's most ambitious step yet toward financing its own defense.", "B"),
    ("", None),
    ("The deal, struck after more than 14 hours of talks, allows the European Commission to borrow on the markets and lend the money to member states for joint purchases. Hungary's prime minister refused to endorse the plan, and leaders said they would proceed without Budapest.", "B"),
    ("", None),
    ("\"Europe has finally understood that nobody else will pay for its security,\" said the president of the European Council, who chaired the summit. \"Today we put our money where our words have been for years.\"", "B"),
    ("", None),
    ("Advertisement", "other"),
    ("SKIP ADVERTISEMENT", "other"),
    ("", None),
    ("Hungarian officials said the fund would drag the E.U. deeper into the war in Ukraine and argued that defense spending should remain a national matter. Diplomats said Budapest's objection was expected and that the fund was designed so that a single country could not block it.", "B"),
    ("", None),
    ("Russia's Foreign Ministry said the plan showed that Europe was \"militarizing at the expense of its own citizens.\" NATO's secretary general welcomed the agreement, calling it \"a serious contribution\" to the alliance's shared defense.", "B"),
    ("", None),
    ("Whether the fund can deliver quickly is another question. European arms makers have struggled to raise production, and some governments want the money spent only on equipment made in Europe, which could slow deliveries.", "B"),
    ("", None),
    ("Marta Kowalczyk is the Brussels bureau chief for The Lakeside Chronicle, covering the European Union and NATO.", "byline"),
    ("A version of this article appears in print on May 1, 2026, Section A, Page 9 of the National edition with the headline: E.U. Agrees to Borrow for Defense.", "other"),
    ("Order Reprints | Today's Paper | Subscribe", "footer"),
    ("", None),
    ("Related Content", "related"),
    ("How Europe Is Rearming, in 5 Charts", "related"),
    ("Hungary's Leader Pushes Back Against Brussels, Again", "related"),
    ("", None),
    ("Trending in The Chronicle", "related"),
    ("Opinion: The Summer Travel Chaos Is Just Beginning", "related"),
    ("Site Index", "navigation"),
    ("Site Information Navigation", "navigation"),
    ("\u00a9 2026 The Lakeside Chronicle Company", "footer"),
    ("Contact Us | Accessibility | Work with us | Advertise | Privacy Policy | Terms of Service", "footer"),
]

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    build("wordpress-blog-comments", "html", "WordPress blog post with sidebar widgets, related posts and a comment thread with a spam comment", wp)
    build("wire-story-most-read", "html", "wire story with share bar, mid-article ad and read-next link, sign-off credits and a Most read sidebar", wire)
    build("state-media-ticker", "html", "China-style state-media page with language switcher, marquee ticker, video fallback and app QR code", sm)
    build("forum-repost", "txt", "forum thread that reposts a news article, with user panels, signature and a quoted reply", forum)
    build("seo-spam-links", "txt", "SEO page with keyword stuffing, a contents list, glued heading, READ ALSO spam and glued related searches", seo)
    build("newspaper-paywall", "txt", "newspaper page dump with paywall notice, ad markers, photo credit glued to caption, print line and trending list", paper)
