#!/usr/bin/env python3
"""Builds samples/corpus/ from the marked-up article sources in articles.py.

The sources are plain Python data; three inline markers record what each text was written to contain,
so the counts in docs/sample-corpus.md come from the texts and not from memory:

  {verb|SIDE}   an attribution; rendered as "verb". SIDE: US, RU, UA, IR, CN (government officials of
                that country, incl. officials installed by it), OB (invited election observers),
                EX (experts, analysts, other media), OT (residents, brokers, other people).
  <<text>>      scare quotes in the author's voice; rendered with the outlet's quotation marks.
  ^word^        a loaded word or phrase in the author's (outlet's) voice; rendered as "word".

Run from the repository root:  python3 samples/build/build_corpus.py
It rewrites samples/corpus/** (except README.md) and prints per-article statistics as TSV.
"""
import html
import json
import os
import re
import sys
from collections import Counter, OrderedDict

sys.path.insert(0, os.path.dirname(__file__))
import articles  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "corpus"))

VERB_CLASS = {
    "neutral": ["said", "says", "say", "told", "added", "stated", "announced", "according to", "According to",
                "wrote", "replied", "warned", "called", "calls", "call", "reported", "denied", "described"],
    "distancing": ["claimed", "claims", "claim", "alleged", "insisted", "asserted", "purported"],
    "endorsing": ["noted", "note", "pointed out", "stressed", "explained", "recalled", "confirmed",
                  "rightly noted", "emphasized"],
    "emotive": ["slammed", "lashed out", "fumed", "boasted"],
}
CLASS_OF = {v: c for c, vs in VERB_CLASS.items() for v in vs}

LABEL_PATTERNS = OrderedDict([
    ("Kiev", r"\bKiev\b"), ("Kyiv", r"\bKyiv\b"), ("Odessa", r"\bOdessa\b"), ("Odesa", r"\bOdesa\b"),
    ("Zaporozhye", r"\bZaporozhye\b"), ("Zaporizhzhia", r"\bZaporizhzhia\b"),
    ("regime", r"\bregimes?\b"), ("so-called", r"\bso-called\b"),
    ("special military operation", r"\bspecial military operation\b"), ("invasion", r"\binvasion\b"),
    ("militants", r"\bmilitants?\b"), ("terrorist", r"\bterrorists?\b"),
    ("occupied/occupation", r"\boccup(?:ied|ation)\b"), ("new regions", r"\bnew regions\b"),
    ("shadow fleet", r"\bshadow fleet\b"), ("Persian Gulf", r"\bPersian Gulf\b"),
    ("Arabian Gulf", r"\bArabian Gulf\b"), ("West Asia", r"\bWest Asia\b"),
])
HEDGE_PATTERNS = OrderedDict([
    ("reportedly", r"\breportedly\b"), ("allegedly", r"\ballegedly\b"), ("apparently", r"\bapparently\b"),
    ("could not verify", r"\bcould not (?:be )?(?:independently )?(?:verif|reconcil)\w*|unable to verify"),
])

MARK = re.compile(r"\{([^{}|]+)\|([A-Z]{2})\}|<<(.+?)>>|\^([^^]+)\^")


def render(text, q, stats):
    """Replaces markers; q = (open, close) quotation marks; updates stats in place."""
    def sub(m):
        if m.group(1):
            verb, side = m.group(1), m.group(2)
            if verb not in CLASS_OF:
                raise SystemExit("unknown verb class: " + verb)
            stats["attr"].append((side, verb, CLASS_OF[verb]))
            return verb
        if m.group(3):
            stats["scare"].append(m.group(3))
            return q[0] + m.group(3) + q[1]
        stats["loaded"].append(m.group(4))
        return m.group(4)
    out = MARK.sub(sub, text)
    out = out.replace('"', "\u0001")
    # straight double quotes in the source become the outlet's quotation marks, alternating open/close
    parts = out.split("\u0001")
    if len(parts) % 2 == 0:
        raise SystemExit("unbalanced quotes in: " + text[:60])
    res = parts[0]
    for i, p in enumerate(parts[1:]):
        res += (q[0] if i % 2 == 0 else q[1]) + p
    return res


def e(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def human_date(iso):
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    y, m, d = iso.split("-")
    return f"{months[int(m) - 1]} {int(d)}, {y}"


def short_date(iso):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    y, m, d = iso.split("-")
    return f"{int(d)} {months[int(m) - 1]} {y}"


def head(art, outlet, domain, tz, section):
    url = f"https://{domain}/{section}/{art['slug']}"
    return "\n".join([
        "<!DOCTYPE html>",
        f"<html lang=\"en\">",
        "<head>",
        "<meta charset=\"utf-8\">",
        f"<title>{e(art['title_r'])} | {e(outlet)}</title>",
        f"<meta property=\"og:site_name\" content=\"{a(outlet)}\">",
        f"<meta property=\"og:title\" content=\"{a(art['title_r'])}\">",
        f"<meta property=\"og:type\" content=\"article\">",
        f"<meta property=\"article:published_time\" content=\"{art['date']}T{art.get('time', '09:00')}:00{tz}\">",
        f"<meta name=\"author\" content=\"{a(art['author'])}\">",
        f"<meta name=\"description\" content=\"{a(art['desc'])}\">",
        f"<link rel=\"canonical\" href=\"{url}\">",
        "<link rel=\"stylesheet\" href=\"/static/site.css\">",
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>",
        "</head>",
    ]), url


def paras_html(art):
    return "\n".join(f"<p>{e(p)}</p>" for p in art["paras_r"])


def figure_html(art):
    img, cap = art["figure"]
    return "\n".join([
        "<figure class=\"lead-image\">",
        f"<img src=\"/media/{art['slug']}.jpg\" alt=\"{a(img)}\" width=\"1200\" height=\"675\">",
        f"<figcaption>{e(cap)}</figcaption>",
        "</figure>",
    ])


def comments_html(art, header):
    rows = [f"<section class=\"comments\" id=\"comments\">", f"<h3>{e(header.format(n=len(art['comments'])))}</h3>"]
    for user, when, text, up, down in art["comments"]:
        rows += ["<div class=\"comment\">",
                 f"<span class=\"comment-author\">{e(user)}</span>",
                 f"<span class=\"comment-time\">{e(when)}</span>",
                 f"<p>{e(text)}</p>",
                 f"<span class=\"votes\">&#9650; {up} &#9660; {down}</span> <a href=\"#reply\">Reply</a>",
                 "</div>"]
    rows.append("</section>")
    return "\n".join(rows)


def vostok_html(art):
    h, url = head(art, "Vostok Herald", "vostok-herald.example", "+03:00", "world")
    related = "\n".join(f"<li><a href=\"/world/r{i}\">{e(t)}</a></li>" for i, t in enumerate(art["related"]))
    tags = " ".join(f"<a class=\"tag\" href=\"/tag/{a(t.lower().replace(' ', '-'))}\">{e(t)}</a>" for t in art["tags"])
    ticker = " &bull; ".join(e(t) for t in art["ticker"])
    body = f"""<body class="article-page">
<div class="top-bar">
<div class="lang-switch"><a href="/ru/">Русский</a> <a href="/" class="active">English</a> <a href="/es/">Español</a> <a href="/de/">Deutsch</a> <a href="/ar/">عربي</a></div>
<a class="live" href="/live/">LIVE TV</a>
</div>
<header class="masthead">
<a class="logo" href="/">Vostok Herald</a>
<nav class="main-nav">
<ul><li><a href="/">Home</a></li><li><a href="/russia/">Russia</a></li><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/op-ed/">Op-Ed</a></li><li><a href="/video/">Video</a></li><li><a href="/shows/">Shows</a></li></ul>
</nav>
<div class="ticker"><strong>BREAKING</strong> {ticker}</div>
</header>
<main>
<article class="article">
<div class="breadcrumbs"><a href="/">Home</a> / <a href="/world/">World</a></div>
<h1 class="article-title">{e(art['title_r'])}</h1>
<p class="summary">{e(art['desc'])}</p>
<div class="article-meta"><span class="author">By {e(art['author'])}</span> <time datetime="{art['date']}">{short_date(art['date'])}, {art.get('time', '09:00')}</time> <span class="read-time">5 min read</span></div>
<div class="share-top">Share <a href="#">Telegram</a> <a href="#">VK</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Copy link</a></div>
{figure_html(art)}
<div class="article-body">
{paras_html(art)}
<div class="video-embed">
<video controls poster="/media/{art['slug']}-poster.jpg">
<source src="/media/{art['slug']}.mp4" type="video/mp4">
Your browser does not support the video tag.
</video>
<p class="video-caption">{e(art['video'])}</p>
</div>
</div>
<div class="tags">Tags: {tags}</div>
<div class="share-bottom">Like this story? Share it with a friend! <a href="#">Telegram</a> <a href="#">VK</a> <a href="#">X</a></div>
</article>
<aside class="related">
<h3>Related</h3>
<ul>
{related}
</ul>
</aside>
{comments_html(art, 'Comments ({n})')}
<aside class="most-read">
<h3>Most read</h3>
<ol><li><a href="/russia/m1">Moscow metro to open four new stations by December</a></li><li><a href="/business/m2">Ruble firms as oil exports to Asia hit record</a></li><li><a href="/op-ed/m3">The West's collective amnesia about its own wars</a></li></ol>
</aside>
</main>
<footer class="site-footer">
<p>&copy; 2026 Vostok Herald. All rights reserved. Reproduction of materials requires a hyperlink to vostok-herald.example.</p>
<p><a href="/about/">About us</a> | <a href="/contacts/">Contacts</a> | <a href="/privacy/">Privacy policy</a> | <a href="/apps/">Mobile apps</a></p>
<p>This site contains materials that may not be suitable for persons under 16.</p>
</footer>
</body>
</html>
"""
    return h + "\n" + body


def pars_html(art):
    h, url = head(art, "Pars Dispatch", "parsdispatch.example", "+03:30", "news")
    related = "\n".join(f"<li><a href=\"/news/r{i}\">{e(t)}</a></li>" for i, t in enumerate(art["related"]))
    tags = ", ".join(e(t) for t in art["tags"])
    ticker = " | ".join(e(t) for t in art["ticker"])
    body = f"""<body>
<div class="header-top">
<ul class="languages"><li><a href="/fa/">فارسی</a></li><li><a href="/">English</a></li><li><a href="/ar/">العربية</a></li><li><a href="/fr/">Français</a></li></ul>
<span class="today">Sunday, {human_date(art['date'])}</span>
</div>
<nav class="menu"><a href="/">Home</a> <a href="/iran/">Iran</a> <a href="/west-asia/">West Asia</a> <a href="/world/">World</a> <a href="/economy/">Economy</a> <a href="/defense/">Defense</a> <a href="/multimedia/">Multimedia</a></nav>
<div class="news-ticker"><span>Latest:</span> {ticker}</div>
<div class="container">
<div class="news-content">
<span class="news-id">News ID: {art['news_id']}</span>
<h1>{e(art['title_r'])}</h1>
<div class="lead">{e(art['desc'])}</div>
<div class="info"><span>{e(art['author'])}</span> <span>{human_date(art['date'])} - {art.get('time', '09:00')}</span> <span>Print</span> <span>4 min read</span></div>
{figure_html(art)}
<div class="body">
{paras_html(art)}
</div>
<div class="share">Share this story: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a> <a href="#">Email</a></div>
<div class="tags">Tags: {tags}</div>
</div>
<div class="sidebar">
<h4>Related News</h4>
<ul>
{related}
</ul>
<h4>Most Viewed</h4>
<ul><li><a href="/iran/v1">Iranian scientists unveil new-generation centrifuge</a></li><li><a href="/economy/v2">Non-oil exports to neighbors up 18 percent</a></li><li><a href="/world/v3">Global South rallies behind Palestine at UN</a></li></ul>
</div>
</div>
{comments_html(art, 'Your Comment ({n} published)')}
<footer><p>All Rights Reserved &copy; Pars Dispatch 2026</p><p><a href="/about/">About Us</a> - <a href="/contact/">Contact Us</a> - <a href="/rss/">RSS</a> - <a href="/archive/">Archive</a></p></footer>
</body>
</html>
"""
    return h + "\n" + body


def meridian_html(art):
    h, url = head(art, "Meridian Wire", "meridianwire.example", "+00:00", "world")
    related = "\n".join(f"<li><a href=\"/world/r{i}\">{e(t)}</a></li>" for i, t in enumerate(art["related"]))
    body = f"""<body>
<div class="cookie-banner">We use cookies to improve your experience. By continuing, you agree to our <a href="/cookies">cookie policy</a>. <button>Accept</button> <button>Manage</button></div>
<header>
<a class="brand" href="/">MERIDIAN WIRE</a>
<nav><a href="/world/">World</a> <a href="/business/">Business</a> <a href="/markets/">Markets</a> <a href="/politics/">Politics</a> <a href="/tech/">Technology</a> <a href="/investigations/">Investigations</a> <a href="/subscribe/">Subscribe</a> <a href="/signin/">Sign in</a></nav>
</header>
<main>
<article>
<div class="section-label"><a href="/world/">World</a> / <a href="/world/{art['section']}/">{e(art['section_name'])}</a></div>
<h1>{e(art['title_r'])}</h1>
<div class="byline">By {e(art['author'])}</div>
<div class="dateline-meta"><time datetime="{art['date']}T{art.get('time', '09:00')}Z">{human_date(art['date'])} {art.get('time', '09:00')} GMT</time> &middot; Updated {art.get('updated', '2 hours ago')} &middot; 4 min read</div>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Link</a></div>
{figure_html(art)}
<div class="article-body">
{paras_html(art)}
</div>
<p class="credits">{e(art['credits'])}</p>
<p class="standards"><a href="/standards">Our Standards: The Meridian Wire Trust Principles.</a></p>
</article>
<aside class="sidebar">
<h2>Most read</h2>
<ol>
{related}
</ol>
</aside>
</main>
<footer>
<p>Meridian Wire is an independent news agency. &copy; 2026 Meridian Wire Ltd. All rights reserved.</p>
<p><a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/corrections">Corrections</a></p>
</footer>
</body>
</html>
"""
    return h + "\n" + body


def state_html(art):
    h, url = head(art, "US State Department (constructed)", "state-dept.example", "-04:00", "briefings")
    related = "\n".join(f"<li><a href=\"/briefings/r{i}\">{e(t)}</a></li>" for i, t in enumerate(art["related"]))
    tags = "\n".join(f"<li><a href=\"/topics/{a(t.lower().replace(' ', '-'))}\">{e(t)}</a></li>" for t in art["tags"])
    body = f"""<body>
<div class="sample-banner">Constructed sample for the framescope project. Not an official government text.</div>
<header class="site-header">
<a class="seal" href="/">U.S. DEPARTMENT OF STATE</a>
<nav class="primary"><a href="/policy-issues/">Policy Issues</a> <a href="/countries-areas/">Countries &amp; Areas</a> <a href="/bureaus-offices/">Bureaus &amp; Offices</a> <a href="/about/">About</a> <a href="/search/">Search</a></nav>
</header>
<main>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/spokesperson/">Office of the Spokesperson</a> &rsaquo; <a href="/briefings/">Press Releases</a> &rsaquo; {e(art['title_r'])}</div>
<article>
<p class="doctype">PRESS STATEMENT</p>
<h1>{e(art['title_r'])}</h1>
<p class="issuer">{e(art['author'])}, Department Spokesperson</p>
<p class="date">{human_date(art['date']).upper()}</p>
<div class="share"><a href="#">Share</a> <a href="#">Print</a></div>
<div class="entry-content">
{paras_html(art)}
</div>
<div class="tags"><h4>Tags</h4>
<ul>
{tags}
</ul>
</div>
</article>
<aside class="related-articles">
<h3>Related Articles</h3>
<ul>
{related}
</ul>
</aside>
</main>
<footer>
<p><a href="/privacy/">Privacy Policy</a> | <a href="/accessibility/">Accessibility Statement</a> | <a href="/copyright/">Copyright Information</a> | <a href="/foia/">FOIA</a> | <a href="/no-fear/">No FEAR Act</a></p>
<p>Sample page built for testing. Outlet, officials and wording are invented.</p>
</footer>
</body>
</html>
"""
    return h + "\n" + body


def txt_dump(art):
    lines = [art["title_r"], ""] + art["txt_pre"] + [""]
    for i, p in enumerate(art["paras_r"]):
        lines += [p, ""]
        for after, extra in art.get("txt_inserts", []):
            if after == i:
                lines += [extra, ""]
    lines += art["txt_post"]
    return "\n".join(lines) + "\n"


RENDERERS = {"vostok": vostok_html, "pars": pars_html, "meridian": meridian_html, "state": state_html}
QUOTES = {"vostok": ("\u201c", "\u201d"), "pars": ("\u201c", "\u201d"), "meridian": ('"', '"'),
          "state": ('"', '"'), "ledger": ("\u201c", "\u201d")}
OUTLET = {"vostok": ("Vostok Herald", "state-controlled"), "pars": ("Pars Dispatch", "state-controlled"),
          "meridian": ("Meridian Wire", "independent"), "ledger": ("Harbour Ledger", "independent"),
          "state": ("US State Department (constructed)", "government")}


def main():
    manifest = ["file,outlet,group,date,event"]
    feed = []
    stats_rows = []
    for art in articles.ARTICLES:
        q = QUOTES[art["outlet"]]
        st = {"attr": [], "scare": [], "loaded": []}
        art["title_r"] = render(art["title"], q, {"attr": [], "scare": [], "loaded": []})
        art["paras_r"] = [render(p, q, st) for p in art["paras"]]
        body = "\n\n".join(art["paras_r"])
        outlet, group = OUTLET[art["outlet"]]
        fmt = art["format"]
        if fmt == "jsonl":
            rec = OrderedDict([("id", art["id"]), ("title", art["title_r"])])
            if art.get("jsonl_as") == "html":
                rec["html"] = RENDERERS[art["outlet"]](art)
            else:
                rec["text"] = body
            rec["outlet"] = outlet
            rec["date"] = art["date"]
            dom = {"vostok": "vostok-herald.example", "meridian": "meridianwire.example",
                   "state": "state-dept.example"}[art["outlet"]]
            rec["url"] = f"https://{dom}/{art.get('section_path', 'world')}/{art['slug']}"
            rec["group"] = group
            rec["event"] = art["event"]
            feed.append(rec)
            rel = f"feeds/sample-feed.jsonl#{len(feed)}"
        else:
            d = os.path.join(ROOT, art["event"])
            os.makedirs(d, exist_ok=True)
            name = art["id"].split("/")[-1] + "." + fmt
            path = os.path.join(d, name)
            content = txt_dump(art) if fmt == "txt" else RENDERERS[art["outlet"]](art)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(content)
            rel = f"{art['event']}/{name}"
        manifest.append(f"{rel},{outlet},{group},{art['date']},{art['event']}")
        words = len(re.findall(r"\S+", body))
        if not 250 <= words <= 600:
            print(f"WARNING {art['id']}: {words} words", file=sys.stderr)
        labels = {k: len(re.findall(p, body)) for k, p in LABEL_PATTERNS.items()}
        unquoted = re.sub(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"", " ", body)
        labels_out = {k: len(re.findall(p, unquoted)) for k, p in LABEL_PATTERNS.items()}
        hedges = {k: len(re.findall(p, body)) for k, p in HEDGE_PATTERNS.items()}
        stats_rows.append((art, rel, outlet, group, words, st, labels, hedges, labels_out))
    os.makedirs(os.path.join(ROOT, "feeds"), exist_ok=True)
    with open(os.path.join(ROOT, "feeds", "sample-feed.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in feed:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "manifest.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(manifest) + "\n")
    # statistics
    print("event\tfile\toutlet\twords\tattributions(side:verb)\tscare\tloaded(author)\tlabels\thedges\tlabels_outside_quotes")
    for art, rel, outlet, group, words, st, labels, hedges, labels_out in stats_rows:
        attrs = " ".join(f"{s}:{v.replace(' ', '_')}" for s, v, c in st["attr"])
        lab = " ".join(f"{k.replace(' ', '_')}={v}" for k, v in labels.items() if v)
        hed = " ".join(f"{k.replace(' ', '_')}={v}" for k, v in hedges.items() if v)
        print(f"{art['event']}\t{rel}\t{outlet}\t{words}\t{attrs}\t{len(st['scare'])}:{'|'.join(st['scare'])}\t"
              f"{len(st['loaded'])}:{'|'.join(st['loaded'])}\t{lab}\t{hed}\t"
              + " ".join(f"{k.replace(' ', '_')}={v}" for k, v in labels_out.items() if v))
    print()
    print("outlet\tside\tneutral\tdistancing\tendorsing\temotive")
    agg = {}
    for art, rel, outlet, group, words, st, labels, hedges, labels_out in stats_rows:
        for s, v, c in st["attr"]:
            agg.setdefault((art["event"], outlet, s), Counter())[c] += 1
    for (ev, outlet, s), c in sorted(agg.items()):
        print(f"{ev}\t{outlet}\t{s}\t{c['neutral']}\t{c['distancing']}\t{c['endorsing']}\t{c['emotive']}")


if __name__ == "__main__":
    main()
