#!/usr/bin/env python3
"""Builds the held-out cleaner pages and their line gold (format: gold-annotations/boilerplate/README.md).

Each page is a spec: one line per page line, `CODE content`, CODE in the first two characters:
  T title, B body, H heading (inside the article), - no row (markup-only or blank line),
  boilerplate kinds: n navigation, t ticker, y byline, s share, c caption, r related, g tags,
  m comments, p spam-links, f footer, v video, h heading, o other;
  Gh / Gp: body line whose end carries a glued heading / spam-link list starting at the marker '¦'.
Run from anywhere: python3 build_heldout.py  (rewrites the pages and *.gold.tsv next to this script).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import heldout_gold  # noqa: E402  (the shared generator, one folder up)


def build(name, description, spec):
    heldout_gold.build(HERE, "heldout", "the held-out constructed page", name, description, spec)

PAGES = []

PAGES.append(("regional-paper-livefeed.html",
              "regional newspaper: cookie consent dialog, masthead menu, breadcrumbs, in-article ad and read-more, live-blog sidebar, most read, footer",
"""
-  <!DOCTYPE html>
-  <html lang="en-GB">
-  <head>
-  <meta charset="utf-8">
-  <title>Maternity unit to shut overnight at Kelsford General | The Harrowgate Courier</title>
-  <link rel="stylesheet" href="/static/courier.css">
-  </head>
-  <body class="article-page">
-  <div id="cookie-consent" role="dialog" aria-modal="true">
o  <p class="cc-title">We value your privacy</p>
o  <p>We and our 214 partners use cookies and similar technologies to store and access information on your device, to personalise content and ads and to measure audience engagement. You can change your choices at any time via Privacy Settings at the bottom of every page.</p>
o  <button class="cc-accept">Accept all</button> <button class="cc-reject">Reject non-essential</button>
o  <a href="/privacy-settings">Manage preferences</a>
-  </div>
-  <header class="masthead">
n  <a class="skip" href="#main">Skip to main content</a>
n  <a href="/" class="logo">The Harrowgate Courier</a>
o  <span class="today">Saturday 14 March</span>
-  <nav>
n  <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What&#39;s On</a> <a href="/property">Property</a> <a href="/jobs">Jobs</a> <a href="/announcements">Announcements</a>
-  </nav>
o  <a href="/subscribe" class="btn-sub">Subscribe from &pound;1</a>
n  <a href="/login">Sign in</a>
-  </header>
-  <main id="main">
-  <article>
-  <ol class="breadcrumb">
n  <li><a href="/news">News</a></li>
n  <li><a href="/news/health">Health</a></li>
-  </ol>
T  <h1>Maternity unit to shut overnight at Kelsford General as midwife shortage deepens</h1>
B  <p class="standfirst">Expectant mothers will be sent up to 31 miles to Brayton from next month after the hospital trust said it could no longer staff night shifts safely.</p>
y  <p class="byline">By <a href="/author/ruth-oakes">Ruth Oakes</a>, Health Correspondent</p>
y  <p class="meta"><time datetime="2026-03-13T18:42">13 March, 18:42</time> &middot; Updated 14 March, 07:15 &middot; 4 min read</p>
-  <figure>
c  <img src="/img/kelsford-maternity.jpg" alt="Entrance to the maternity wing at Kelsford General Hospital">
c  <figcaption>The maternity wing at Kelsford General opened in 2009. Picture: Courier archive</figcaption>
-  </figure>
B  <p>The birth centre at Kelsford General Hospital will close between 8pm and 8am from 6 April, leaving families in the eastern half of the district without an overnight maternity service for the first time in more than forty years.</p>
B  <p>Northvale Hospitals NHS Trust confirmed the decision on Friday evening, hours after a board meeting held partly in private. It described the change as temporary but gave no date for reopening.</p>
B  <p>Women who go into labour at night will instead be directed to Brayton Royal Infirmary, a journey of up to 31 miles on the A614, or to the midwife-led unit in Castleford, which does not handle complicated births.</p>
-  <div class="ad-slot" data-slot="mpu-1">
o  <span class="ad-label">Advertisement</span>
-  </div>
H  <h2>Why the trust says it has no choice</h2>
B  <p>According to board papers seen by the Courier, the Kelsford unit has been running with 11 of its 38 midwife posts vacant since the autumn. On 17 nights in January, only one qualified midwife was on duty for the whole ward.</p>
B  <p>Dr Helen Marsh, the trust's chief nurse, said the risk of carrying on was greater than the risk of moving births elsewhere.</p>
-  <blockquote>
B  <p>&ldquo;Nobody came into this job to close a maternity unit at night. But I will not ask one midwife to look after six women in labour. That is how mistakes happen, and families deserve better than that.&rdquo;</p>
-  </blockquote>
B  <p>The trust said the temporary arrangements include:</p>
-  <ul>
B  <li>a dedicated ambulance on standby at Kelsford between 8pm and 8am for women in labour;</li>
B  <li>a 24-hour advice line staffed by senior midwives from Brayton;</li>
B  <li>free parking and overnight rooms for birth partners at Brayton Royal Infirmary;</li>
B  <li>daytime antenatal clinics in Kelsford continuing as normal.</li>
-  </ul>
r  <p class="read-more"><strong>Read more:</strong> <a href="/news/health/brayton-ae-waits">Brayton A&amp;E waiting times worst in the region for third month</a></p>
H  <h2>Families fear the long drive</h2>
B  <p>Campaigners say the plans ignore the rural roads between the two hospitals, many of which are unlit and prone to flooding in winter.</p>
B  <p>Amira Chaudhry, who gave birth to her second child at Kelsford last year, said her labour lasted less than three hours.</p>
B  <p>&ldquo;If I had been sent to Brayton, I would have had my daughter in a lay-by,&rdquo; she said.</p>
B  <p>A petition started by the Save Kelsford Births group had collected more than 9,400 signatures by Saturday morning. Local MP Graham Tilney said he had asked the health secretary for an urgent meeting and would raise the closure in Parliament next week.</p>
B  <p>Recruitment remains the central problem. The trust has offered a &pound;5,000 &ldquo;golden hello&rdquo; to newly qualified midwives since last summer, but only four have accepted, and two of them left within six months, the board papers show.</p>
B  <p>Union representatives said pay was not the only issue, pointing to staff car parking charges and a shortage of affordable housing near the hospital.</p>
B  <p>The trust will review the arrangements in September.</p>
-  <div class="share-row">
s  <span>Share this article</span>
s  <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a>
-  </div>
-  <div class="tags">
g  <a href="/tag/health">Health</a> <a href="/tag/kelsford">Kelsford</a> <a href="/tag/nhs">NHS</a> <a href="/tag/northvale-trust">Northvale Trust</a>
-  </div>
m  <p class="comments-off">Comments are closed on this article.</p>
-  </article>
-  <aside class="live-rail">
t  <h3><span class="pulse">LIVE</span> Storm Edda: roads closed and homes without power</h3>
-  <ul class="live-entries">
t  <li><time>09:12</time> A64 shut in both directions near Malton after a lorry overturned</li>
t  <li><time>08:47</time> Northern Powergrid says 2,300 homes are still without electricity</li>
t  <li><time>08:30</time> Harrowgate Park and Ride suspended until further notice</li>
t  <li><time>08:05</time> Flood warning issued for the River Nidd at Knaresbridge</li>
-  </ul>
t  <a href="/live/storm-edda" class="live-more">Follow the live blog &rarr;</a>
-  <section class="most-read">
r  <h3>Most read</h3>
-  <ol>
r  <li><a href="/news/crime/ripon-road-burglaries">Police appeal after spate of burglaries on Ripon Road</a></li>
r  <li><a href="/whats-on/food-festival-2026">Food festival returns to Valley Gardens with 80 stalls</a></li>
r  <li><a href="/news/schools-ofsted">Two Harrowgate primaries rated outstanding by Ofsted</a></li>
-  </ol>
-  </section>
-  </aside>
-  </main>
-  <footer>
f  <p>&copy; 2026 Harrowgate Courier Ltd. Part of Northern Local Media.</p>
f  <p><a href="/privacy">Privacy policy</a> | <a href="/cookies">Cookie policy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact us</a> | <a href="/advertise">Advertise with us</a></p>
f  <a href="/privacy-settings">Privacy Settings</a>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("gov-press-release-survey.html",
              "government press release: beta banner, language toggle, breadcrumbs, organisation and publication lines, contents list, print link, Q&A section, page-useful survey, related content, licence footer",
"""
-  <!DOCTYPE html>
-  <html lang="en">
-  <head>
-  <meta charset="utf-8">
-  <title>Energy bill relief extended for 180,000 small firms - Department for Business Resilience</title>
-  </head>
-  <body class="govpage">
n  <a href="#content" class="skip-link">Skip to main content</a>
-  <div class="phase-banner">
o  <strong class="tag">BETA</strong> This is a new service &ndash; your <a href="/feedback">feedback</a> will help us to improve it.
-  </div>
-  <header class="site-header">
n  <a href="/" class="header-logo">Business Resilience Portal</a>
n  <a href="/search">Search</a> <a href="/menu">Menu</a>
n  <span lang="en">English</span> | <a href="/cy/news/energy-bill-relief" lang="cy">Cymraeg</a>
-  </header>
-  <nav class="breadcrumbs" aria-label="Breadcrumb">
n  <a href="/">Home</a> &gt; <a href="/business">Business and industry</a> &gt; <a href="/business/energy">Energy costs</a>
-  </nav>
-  <main id="content">
o  <span class="caption">Press release</span>
T  <h1>Energy bill relief extended for 180,000 small firms</h1>
B  <p class="lead">Small shops, cafes and workshops will keep a discount on their energy bills for a further 12 months, the government has announced, as wholesale prices remain above pre-2022 levels.</p>
-  <dl class="metadata">
y  <dt>From:</dt> <dd><a href="/org/dbr">Department for Business Resilience</a> and <a href="/people/clara-whitfield">The Rt Hon Clara Whitfield MP</a></dd>
y  <dt>Published</dt> <dd>3 February 2026</dd>
-  </dl>
-  <nav class="contents">
n  <h2>Contents</h2>
n  <a href="#scheme">What the scheme offers</a>
n  <a href="#qa">Questions and answers</a>
-  </nav>
s  <a href="javascript:window.print()" class="print-link">Print this page</a>
B  <p>The Energy Costs Relief Scheme, which was due to end on 31 March, will now run until 31 March 2027. Around 180,000 businesses with fewer than 50 employees are expected to remain eligible, the Department for Business Resilience said on Tuesday.</p>
B  <p>Firms on fixed contracts signed when prices peaked will see the largest reductions. Officials estimate that a typical bakery using 60,000 kilowatt hours a year will save about &pound;2,400 over the year.</p>
H  <h2 id="scheme">What the scheme offers</h2>
B  <p>The extended scheme includes:</p>
-  <ul>
B  <li>a discount of up to 2.1p per kilowatt hour on electricity for eligible firms;</li>
B  <li>a lower cap on standing charges for businesses in rural areas off the gas grid;</li>
B  <li>a new hardship fund of &pound;40 million, run by local councils, for firms facing disconnection;</li>
B  <li>free energy audits for manufacturers with fewer than 20 staff.</li>
-  </ul>
B  <p>Business Resilience Secretary Clara Whitfield said the extension would give owners certainty while the market settled.</p>
-  <blockquote>
B  <p>&ldquo;Small firms told us the cliff edge in March was keeping them awake at night. This gives them a full year to plan, to invest and to keep people in work.&rdquo;</p>
-  </blockquote>
B  <p>The scheme will cost an estimated &pound;1.3 billion, less than half of last year&#39;s total, because wholesale prices have fallen since the autumn. It will be funded from existing departmental budgets, the department said.</p>
B  <p>The Federation of Independent Retailers welcomed the announcement but said the discount was too small for energy-intensive businesses such as launderettes and fish and chip shops.</p>
B  <p>Energy suppliers will apply the discount automatically.</p>
H  <h2 id="qa">Questions and answers</h2>
B  <p><strong>Do I need to apply?</strong></p>
B  <p>No. If your business already receives the discount, your supplier will keep applying it from 1 April. New firms that meet the criteria should contact their supplier.</p>
B  <p><strong>Which businesses are eligible?</strong></p>
B  <p>Non-domestic customers with fewer than 50 employees and an annual turnover below &pound;10 million, on a contract agreed after 1 December 2021.</p>
B  <p><strong>How do I reach the hardship fund?</strong></p>
B  <p>Applications open on 1 May through your local council. Councils will publish their own criteria, but priority will go to firms with an arrears notice from their supplier.</p>
-  <div class="feedback-survey">
o  <h2>Was this page useful?</h2>
o  <button>Yes</button> <button>No</button>
o  <a href="/contact/report-problem">Report a problem with this page</a>
-  </div>
-  <aside class="related">
r  <h2>Related content</h2>
r  <a href="/guidance/energy-costs-relief-eligibility">Energy Costs Relief Scheme: eligibility guidance</a>
r  <a href="/news/energy-relief-autumn-review">Autumn review of business energy support published</a>
r  <h3>Explore the topic</h3>
r  <a href="/business/energy">Energy costs</a> <a href="/business/small-business">Small businesses</a>
-  </aside>
-  </main>
-  <footer class="site-footer">
f  <a href="/help">Help</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a> <a href="/accessibility">Accessibility statement</a> <a href="/contact">Contact</a>
f  <p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p>
f  <p>&copy; Crown copyright</p>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("newsletter-restack.txt",
              "newsletter copy: publication header, subscribe prompts, like/comment/restack counts and bar, discussion thread, footer",
"""
n  The Ledger Room
o  Subscribe
n  Sign in
-  
T  Why the rural caucus walked out of the budget deal
B  Three days before the vote, eleven legislators broke the governor's budget agreement. Here is what they actually want, and why it is not really about money.
-  
y  Dana Whitcombe
y  Mar 09, 2026
s  142
s  38
s  12
s  Share
-  
B  On Thursday afternoon, the budget that Governor Ellen Praeger had spent six weeks assembling lost its majority in about forty minutes.
-  
B  The eleven members of the so-called rural caucus, all from districts north of the river, sent a two-page letter to the Speaker saying they would not support the spending bill "in its current form." Without them, the governing coalition has 47 votes in a chamber where it needs 51.
-  
B  Most coverage has treated this as a fight over dollars. I don't think it is.
-  
H  What the letter actually says
-  
B  I've read the letter several times, and the money demands are modest. The caucus wants an extra $38 million for county road repairs, which is less than half a percent of the budget. Praeger's office had already signalled it could find most of that.
-  
B  The sharper passage is about process. The letter lists three demands:
-  
B  - that the school funding formula be reviewed by a committee with rural members in it, not by the education department alone;
B  - that the hospital consolidation plan be delayed until every affected county has held a public hearing;
B  - that the budget include a written commitment to keep the two remaining regional tax offices open.
-  
B  None of those is expensive. All of them are about who gets to be in the room.
-  
o  The Ledger Room is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.
o  Type your email...
o  Subscribe
-  
H  The hospital plan is the real fault line
-  
B  If you want to understand Thursday, look at the map of the hospital consolidation plan. Four of the six hospitals that would lose inpatient beds are in caucus districts. Representative Joel Mackey, who chairs the caucus, put it bluntly when I reached him on Friday:
-  
B  "My constituents don't read budget tables. They read the sign on the front of the hospital. If that sign changes, I lose my seat, and frankly I should."
-  
B  The governor's team believes the consolidation will save $210 million over five years and improve outcomes by concentrating surgery in larger centres. They may well be right. But they announced it in a press release on a Friday evening, without briefing a single rural member first.
-  
B  That is the part people keep mentioning to me.
-  
H  What happens next
-  
B  The fiscal year starts on July 1, so there is time. Praeger's chief of staff told reporters that "everything except the bottom line is on the table," which is as close to a concession as her office usually gets.
-  
B  My guess is that the hospital plan gets a six-month delay and a hearing schedule, the road money appears in a supplementary bill, and the caucus votes yes in late April with a press conference claiming victory. The tax offices are the wildcard.
-  
B  But the coalition has learned something it should have known already: a majority of four is not a majority you can take for granted.
-  
B  I'll be in the gallery for Tuesday's session. Reply to this email if there's anything you want me to ask.
-  
s  Like
s  Comment
s  Restack
s  142 Likes∙12 Restacks
-  
m  Discussion about this post
m  Comments
m  Restacks
m  Write a comment...
-  
m  Martin Kowal
m  8h
m  Great piece. The Friday-evening press release detail explains a lot. Same thing happened with the school bus cuts in 2023.
m  Liked by Dana Whitcombe
m  Reply
m  Share
-  
m  Priya S.
m  6h
m  I live in one of the four districts. Nobody here is against saving money, we just want to be asked first.
m  Reply
m  Share
m  2 replies
-  
m  37 more comments...
-  
n  Top
n  Latest
n  Discussions
-  
o  Ready for more?
o  Subscribe
-  
f  © 2026 Dana Whitcombe
f  Privacy ∙ Terms ∙ Collection notice
f  Start writing
f  Get the app
f  Substack is the home for great culture
"""))

PAGES.append(("magazine-longread-pullquotes.html",
              "magazine long read: section kicker, audio-player line, photo credits, pull quotes repeating body sentences, author bio box, more from this author, newsletter box, footer",
"""
-  <!DOCTYPE html>
-  <html lang="en">
-  <head>
-  <meta charset="utf-8">
-  <title>The river that divides them | The Meridian Review</title>
-  </head>
-  <body>
-  <header class="mag-header">
n  <a href="/" class="wordmark">The Meridian Review</a>
n  <a href="/politics">Politics</a> <a href="/world">World</a> <a href="/ideas">Ideas</a> <a href="/culture">Culture</a> <a href="/books">Books</a> <a href="/podcasts">Podcasts</a>
o  <a href="/subscribe" class="cta">Subscribe &mdash; 3 months for $1</a>
-  </header>
-  <article class="longread">
n  <p class="kicker"><a href="/world">World</a> / The Long Read</p>
T  <h1>The river that divides them</h1>
B  <p class="dek">Two years after the Sarran dam began filling, the farmers downstream in Velmora say the water war they were promised would never happen has already started, one canal at a time.</p>
y  <p class="byline">Words by <a href="/contributors/tomasz-rey">Tomasz Rey</a> &middot; Photographs by Lina &Oslash;degaard</p>
y  <p class="dateline">April 2026 issue &middot; 18 min read</p>
o  <div class="audio-player">Listen to this article &middot; 22:40 &middot; Narrated by Eve Lindqvist</div>
-  <figure class="lead-image">
-  <img src="/media/sarran-dam.jpg" alt="">
c  <figcaption>The reservoir behind the Sarran dam, seen from the Sudaran side of the border in February. <span class="credit">Lina &Oslash;degaard for The Meridian Review</span></figcaption>
-  </figure>
B  <p>At dawn in the village of Khessa, Idris Tamal opens the sluice on his family&#39;s canal and waits. For most of his life, the water came within minutes. Now he waits an hour, sometimes two, and some mornings it does not come at all.</p>
B  <p>Khessa lies eighty kilometres downstream of the Sarran dam, which Sudaran began filling in the spring of 2024 over the objections of its neighbour. Velmoran officials say the flow reaching the border has fallen by a third. Sudaran&#39;s water ministry says the figure is closer to a tenth and blames two dry winters.</p>
B  <p>Both governments insist the dispute is technical. On the ground, it no longer feels that way.</p>
H  <h2>A border that moved</h2>
B  <p>Last August, soldiers from both countries exchanged fire for the first time in nineteen years near the pumping station at Orul, where the river crosses the frontier. Three Velmoran border guards and one Sudaran soldier were killed. Each side says the other crossed first.</p>
B  <p>The farmers around Orul say something else changed that month. Fences went up along a stretch of riverbank that villagers had always treated as common land. &ldquo;We were never told the border had moved,&rdquo; said Amina Rosk, who grazes sheep on the slope above the station. &ldquo;One day there was a fence, and a soldier told us it had always been there.&rdquo;</p>
-  <aside class="pullquote">
o  <p>&ldquo;We were never told the border had moved.&rdquo;</p>
o  <p class="pq-source">&mdash; Amina Rosk, farmer, Orul</p>
-  </aside>
B  <p>Satellite images reviewed for this article show new fencing along roughly four kilometres of the river between July and September, on land that maps from both countries had placed in Velmora. Sudaran&#39;s defence ministry did not respond to written questions.</p>
H  <h2>Talks without a table</h2>
B  <p>Since the shooting, diplomats have met three times, twice in Geneva and once aboard a ferry on the lake that both countries share. None of the meetings produced a joint statement. A regional official who attended the last round described the atmosphere as &ldquo;polite and completely stuck.&rdquo;</p>
B  <p>The sticking points are familiar to anyone who has followed other river disputes:</p>
-  <ul>
B  <li>how quickly the reservoir may be filled in a dry year;</li>
B  <li>who measures the flow at the border, and whether the data is shared in real time;</li>
B  <li>whether the fencing near Orul is discussed in the same talks or separately, as Sudaran insists.</li>
-  </ul>
B  <p>Mediators have proposed a joint monitoring station staffed by engineers from both sides. Velmora accepted in principle in January. Sudaran has not replied.</p>
-  <figure>
c  <img src="/media/khessa-canal.jpg" alt="A dry irrigation canal in Khessa">
c  <figcaption>Idris Tamal&#39;s canal in Khessa, dry by mid-morning in March. <span class="credit">Lina &Oslash;degaard</span></figcaption>
-  </figure>
H  <h2>What the farmers do now</h2>
B  <p>In Khessa, families have started sharing pumps and taking turns at the sluices. Tamal has switched half his land from rice to sorghum, which needs less water and earns less money. His eldest son left for the capital in November.</p>
B  <p>&ldquo;The politicians talk about sovereignty,&rdquo; Tamal said. &ldquo;I talk about whether my son comes home. The river decides both, and nobody asks the river.&rdquo;</p>
-  <aside class="pullquote">
o  <p>&ldquo;The politicians talk about sovereignty. I talk about whether my son comes home.&rdquo;</p>
-  </aside>
B  <p>Analysts warn that the next dry summer will test the truce more than any meeting in Geneva. If the flow at Orul drops below what the downstream canals need, the pressure on Velmora&#39;s government to act, in whatever form, will be intense.</p>
B  <p>For now, the sluice in Khessa opens each morning. Tamal waits.</p>
-  <div class="author-box">
c  <img src="/contributors/tomasz-rey.jpg" alt="Tomasz Rey">
y  <p><strong>Tomasz Rey</strong> is a contributing writer at The Meridian Review who covers water and borders. His book, <em>Downstream</em>, is published in May.</p>
y  <a href="/contributors/tomasz-rey">Follow Tomasz Rey</a>
-  </div>
s  <div class="article-tools"><a href="#">Save</a> <a href="#">Gift this article</a> <a href="#">Share</a></div>
-  </article>
-  <section class="more-from-author">
r  <h2>More from this author</h2>
r  <a href="/world/salt-road">The salt road: how a caravan route became a smuggling corridor</a>
r  <a href="/world/last-glacier">Waiting for the last glacier</a>
r  <a href="/ideas/maps-lie">Every map is an argument</a>
-  </section>
-  <section class="newsletter">
o  <h3>The Weekend Edition</h3>
o  <p>Our best long reads, every Saturday morning. Free for subscribers and non-subscribers alike.</p>
o  <input type="email" placeholder="Your email address"> <button>Sign up</button>
-  </section>
-  <footer>
f  <a href="/about">About</a> <a href="/masthead">Masthead</a> <a href="/submissions">Submissions</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms of use</a>
f  <p>The Meridian Review is published by Meridian Media Group. &copy; 2026 All rights reserved.</p>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("tv-station-video-weather.html",
              "local TV station page: watch-live bar, alert banner, video player texts and up-next, weather widget, trending list, news-tip and app boxes, footer",
"""
-  <!DOCTYPE html>
-  <html lang="en-US">
-  <head>
-  <meta charset="utf-8">
-  <title>Two arrested after armed robbery at Eastgate pharmacy | KVRN 7 News</title>
-  </head>
-  <body class="story">
-  <div class="topbar">
n  <a href="/live" class="watch-live">&#9679; Watch live</a>
n  <a href="/">KVRN 7 News</a>
n  <a href="/news">News</a> <a href="/weather">Weather</a> <a href="/traffic">Traffic</a> <a href="/sports">Sports</a> <a href="/investigates">7 Investigates</a> <a href="/community">Community</a>
-  </div>
-  <div class="alert-banner">
o  <strong>WEATHER ALERT:</strong> Wind advisory for Canyon County until 6 p.m. <a href="/weather/alerts">Details</a>
-  </div>
-  <div class="player" data-video="eastgate-robbery">
v  <span class="player-title">Two arrested in Eastgate pharmacy robbery</span>
v  <button class="play" aria-label="Play">&#9654;</button> <span class="time">0:00 / 2:35</span>
v  <button>CC</button> <button>Mute</button> <button>Fullscreen</button>
-  <div class="up-next">
v  <span>Up next</span>
v  <span>Canyon County deputies search for missing hiker near Ridgeback Trail</span>
v  <span>1:48</span>
-  </div>
-  </div>
-  <article>
T  <h1>Two arrested after armed robbery at Eastgate pharmacy; clerk treated for injuries</h1>
y  <p class="byline">By <a href="/staff/marcus-bell">Marcus Bell</a> and KVRN 7 Digital Staff</p>
y  <p class="timestamp">Published: Mar. 11, 2026 at 5:18 PM MDT | Updated: 2 hours ago</p>
B  <p>Police arrested two men Wednesday evening, about three hours after an armed robbery at a pharmacy on Eastgate Boulevard left a clerk with a head injury.</p>
B  <p>Officers were called to Sunridge Pharmacy, in the 2400 block of Eastgate Boulevard, just before 2 p.m.</p>
B  <p>According to the Millbrook Police Department, two men wearing surgical masks entered the store, one of them showing what appeared to be a handgun. They demanded prescription painkillers from behind the counter.</p>
B  <p>A 58-year-old clerk was struck with the gun when she tried to set off the silent alarm, police said. She was taken to St. Anne&#39;s Medical Center and released later that afternoon.</p>
B  <p>The men left with several bottles of oxycodone and about $400 in cash.</p>
H  <h2>Arrests made after traffic stop</h2>
B  <p>Detectives identified a vehicle from the pharmacy&#39;s security cameras and put out a description to patrol units.</p>
B  <p>Around 4:50 p.m., an officer spotted a silver sedan matching the description on Route 9 near the Harlan Street exit. Two men inside were detained without incident.</p>
B  <p>Police said they found a replica pistol, a bag of pill bottles and cash in the car.</p>
B  <p>Daniel Ortega, 24, and Kyle Brandt, 31, both of Millbrook, were booked into the Canyon County Jail on suspicion of aggravated robbery and assault with a deadly weapon.</p>
B  <p>&ldquo;This was quick work by our officers and detectives, and a very brave employee,&rdquo; Police Chief Lorraine Watts said at a news conference Wednesday night. &ldquo;Nobody should have to go to work and face something like this.&rdquo;</p>
H  <h2>Third pharmacy robbery this year</h2>
B  <p>It is the third armed robbery of a Millbrook pharmacy since January.</p>
B  <p>Police have not said whether the two men are suspects in the earlier cases, at a Walgreens on 14th Street and an independent pharmacy in the Old Town district.</p>
B  <p>Pharmacy owner Raj Mehta told KVRN 7 his store would install a time-delay safe for controlled drugs next week.</p>
B  <p>&ldquo;We&#39;ve been here 22 years. We&#39;re not going anywhere,&rdquo; he said.</p>
B  <p>Anyone with information is asked to call Millbrook police at 555-0142 or Canyon County Crime Stoppers.</p>
o  <p class="tip-box">Have a news tip or story idea? Email <a href="mailto:tips@kvrn7.com">tips@kvrn7.com</a> or call our newsroom.</p>
f  <p class="copyright">Copyright 2026 KVRN. All rights reserved.</p>
-  </article>
-  <aside class="rail">
-  <div class="weather-widget">
o  <span class="wx-city">Millbrook</span>
o  <span class="wx-temp">62&deg;</span> <span class="wx-cond">Partly cloudy</span>
o  <span>H: 68&deg; L: 49&deg;</span>
o  <a href="/weather/7-day">7-day forecast</a>
-  </div>
-  <div class="trending">
r  <h3>Trending</h3>
r  <a href="/news/school-board-recall">School board recall petition reaches signature goal</a>
r  <a href="/news/i-25-crash">One dead in wrong-way crash on I-25</a>
r  <a href="/sports/wildcats-playoffs">Wildcats clinch first playoff berth since 2011</a>
r  <a href="/news/water-rates">City council approves 9% water rate increase</a>
-  </div>
o  <a href="/apps" class="app-promo">Download the KVRN 7 app for breaking news alerts</a>
-  </aside>
-  <footer>
f  <a href="/contact">Contact Us</a> <a href="/careers">Careers</a> <a href="/eeo">EEO Report</a> <a href="/fcc">FCC Public File</a> <a href="/privacy">Privacy Policy</a> <a href="/closed-captioning">Closed Captioning</a>
f  <p>KVRN 7 &middot; A Summit Broadcasting station</p>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("state-agency-gallery.html",
              "state news agency page in English: language links, font-size and print tools, view counter, photo gallery with '1 / 12' captions, related news, agency footer",
"""
-  <!DOCTYPE html>
-  <html lang="en" dir="ltr">
-  <head>
-  <meta charset="utf-8">
-  <title>BNI - Foreign Minister calls for ceasefire talks as shelling continues</title>
-  </head>
-  <body>
-  <div class="lang-bar">
n  <a href="/en/" class="active">English</a> <a href="/fr/">Fran&ccedil;ais</a> <a href="/ar/">&#1575;&#1604;&#1593;&#1585;&#1576;&#1610;&#1577;</a> <a href="/es/">Espa&ntilde;ol</a> <a href="/ru/">&#1056;&#1091;&#1089;&#1089;&#1082;&#1080;&#1081;</a>
-  </div>
-  <header>
n  <a href="/en/" class="agency-logo">BNI &ndash; Bureau of National Information</a>
n  <a href="/en/politics">Politics</a> <a href="/en/economy">Economy</a> <a href="/en/world">World</a> <a href="/en/regions">Regions</a> <a href="/en/culture">Culture</a> <a href="/en/photo">Photo</a>
-  </header>
-  <div class="news-detail">
n  <span class="section-label">World</span>
T  <h1>Foreign Minister calls for ceasefire talks in Geneva as border shelling continues</h1>
y  <div class="news-date">12.03.2026 | 14:37</div>
s  <div class="tools">Font size: <a href="#">A-</a> <a href="#">A+</a> | <a href="#" onclick="print()">Print</a> | <a href="#">Send</a></div>
y  <span class="views">Views: 1,284</span>
B  <p class="lead"><strong>Talvar, 12 March (BNI) &ndash; Foreign Minister Aurel Dimeni on Thursday called for internationally supervised ceasefire talks to be held in Geneva within two weeks, as artillery fire continued for a fifth day along the northern border.</strong></p>
B  <p>Speaking at a press conference at the Ministry of Foreign Affairs, Dimeni said the government was ready to send a delegation &ldquo;at any level and without preconditions&rdquo; and urged the United Nations to appoint a mediator.</p>
B  <p>According to the Ministry of Defence, shells struck the outskirts of the towns of Brezno and Kalvi overnight, damaging a school, a grain store and power lines. Two civilians were injured. The ministry said air defence units had intercepted several drones.</p>
B  <p>The minister said the country had informed the Security Council of the incidents and had invited observers from the Organisation for Security and Co-operation to visit the affected areas.</p>
B  <p>In his statement, Dimeni set out three proposals:</p>
-  <ul>
B  <li>an immediate halt to artillery fire within twenty kilometres of the border;</li>
B  <li>the return of the joint military commission that was suspended in November;</li>
B  <li>safe passage for humanitarian convoys to villages cut off by the fighting.</li>
-  </ul>
-  <blockquote>
B  <p>&ldquo;Our people want peace, not ultimatums. We ask our neighbours to return to the table, and we ask our partners to help bring them there,&rdquo; the minister said.</p>
-  </blockquote>
B  <p>Asked about reports of troop movements on the other side of the border, Dimeni said the government was monitoring the situation closely and would not respond to provocations.</p>
B  <p>The neighbouring government has not yet commented on the proposal. Its defence ministry said on Wednesday that its forces had responded to attacks on border posts.</p>
B  <p>The Minister is expected to travel to Brussels on Monday for talks with European Union officials.</p>
-  </div>
-  <section class="gallery">
c  <h3>Photo gallery</h3>
-  <div class="slide">
c  <img src="/photo/2026/03/12/1.jpg" alt="Foreign Minister Aurel Dimeni at the press conference">
c  <span class="counter">1 / 12</span>
c  <p class="slide-caption">Foreign Minister Aurel Dimeni speaks to journalists at the Ministry of Foreign Affairs. Photo: BNI / Petar Valen</p>
-  </div>
-  <div class="slide">
c  <span class="counter">2 / 12</span>
c  <p class="slide-caption">A damaged school building on the outskirts of Brezno. Photo: BNI / Ilina Moraru</p>
-  </div>
c  <a href="#" class="prev">&lsaquo; Previous</a> <a href="#" class="next">Next &rsaquo;</a>
-  </section>
-  <section class="related-news">
r  <h3>Related News</h3>
r  <a href="/en/world/20260311-security-council">Security Council to hold consultations on border situation</a> <span>11.03.2026</span>
r  <a href="/en/politics/20260310-president-address">President addresses the nation on the situation in the north</a> <span>10.03.2026</span>
r  <a href="/en/regions/20260309-brezno-aid">Humanitarian aid delivered to residents of Brezno district</a> <span>09.03.2026</span>
-  </section>
-  <footer>
f  <p>All rights reserved to BNI &copy; 2026. Reproduction of materials is permitted only with a reference to BNI.</p>
f  <p>12 Republic Square, Talvar &middot; Tel: +00 21 555 0100 &middot; <a href="mailto:editor@bni.example">editor@bni.example</a></p>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("reddit-thread-paywall-paste.txt",
              "reddit-style thread copy: subreddit header, post meta and votes, link domain, AutoModerator, a comment pasting the article (body), nested replies with level/points/Reply Share Report, sidebar rules",
"""
n  r/Millbrook
n  Posts
n  About
n  Wiki
n  Join
-  
m  Posted by u/quietharbor_77
m  7 hr. ago
o  News
T  Former city treasurer sentenced to seven years for diverting $3.2 million from pension fund
n  tribune-herald.com/news/local/2026/03/treasurer-sentenced
m  1.4k
m  312 Comments
s  Share
s  Save
s  Hide
s  Report
m  96% Upvoted
-  
m  Sort by: best
-  
m  level 1
m  AutoModerator
m  · 7 hr. ago
m  Moderator
m  Reminder: keep discussion civil. Posts about ongoing cases must link to a reputable source. I am a bot, and this action was performed automatically. Please contact the moderators of this subreddit if you have any questions or concerns.
-  
m  level 1
m  paywall_liberator
m  · 7 hr. ago
m  887
m  Article text for those who hit the paywall:
-  
B  A former Millbrook city treasurer was sentenced on Tuesday to seven years in prison for moving $3.2 million out of a municipal employees' pension fund into accounts he controlled, in what prosecutors called the largest theft of public money in the city's history.
-  
B  Gregory Hale, 61, pleaded guilty in November to wire fraud and misappropriation of public funds. Judge Maureen Calder of the Canyon County District Court also ordered him to repay the full amount and forfeit a lake house bought with part of the money.
-  
B  Prosecutors said Hale, who served as treasurer from 2014 until his resignation in 2024, created a fake investment management firm and approved quarterly "advisory fees" to it for more than six years. The payments were small enough to stay below the threshold that required a second signature.
-  
B  The scheme unravelled when a new auditor asked for the firm's registration documents.
-  
B  "Every dollar he took was a dollar a retired bus driver or librarian had earned," Deputy District Attorney Sonia Reyes told the court. "He did not just steal from the city. He stole from people who trusted the city."
-  
B  Hale apologised in a short statement, saying he had intended to "put the money back" after losses on personal investments. His lawyer asked for a sentence of four years, citing Hale's age and lack of previous convictions.
-  
B  The pension fund's board said benefits had not been affected because the city covered the shortfall from its reserves. Members of the city council have since approved new rules requiring two signatures on all payments above $5,000 and an annual external audit of the fund.
-  
B  Hale is expected to report to prison on April 15.
-  
m  Reply
m  Share
m  Report
m  Save
m  Follow
-  
m  level 2
m  mb_retiree_1988
m  · 6 hr. ago
m  412
m  Seven years for stealing from retirees. He'll be out in four with good behavior.
m  Reply
m  Share
m  Report
m  Save
m  Follow
-  
m  level 3
m  quietharbor_77
m  OP · 5 hr. ago
m  150
m  The part about staying under the two-signature threshold for six years is wild. Nobody on the council ever looked at the quarterly reports?
m  Reply
m  Share
m  Report
m  Save
m  Follow
-  
m  level 1
m  dustyroads_cpa
m  · 6 hr. ago · edited 5 hr. ago
m  233
m  Auditor here. This is exactly why small cities need rotating external auditors. The same firm had signed off on those accounts since 2016.
m  Reply
m  Share
m  Report
m  Save
m  Follow
-  
m  View more comments
-  
o  About Community
o  News, events and discussion for Millbrook and Canyon County.
o  Created Jun 4, 2012
o  48.2k Members
o  214 Online
-  
o  r/Millbrook Rules
o  1. Be civil
o  2. No personal information
o  3. Local content only
-  
f  Reddit Inc © 2026. All rights reserved
f  User Agreement Privacy Policy Content Policy Moderator Code of Conduct
"""))

PAGES.append(("aggregator-promoted-paywall.txt",
              "news aggregator copy: app header, source and time lines, follow button, sponsored 'Promoted by' and 'You May Like' blocks, paywall notice cutting the article, more-from-source and other-sources lists",
"""
n  NewsPulse
n  For you
n  Following
n  Business
n  Local
n  Search
-  
y  Source: The Carrick Business Journal
y  4h ago
o  Follow
T  Reserve Bank holds rate at 4.25% as wage growth cools, signals cut possible by summer
B  Policymakers kept borrowing costs on hold for a third meeting but dropped language about further tightening, a shift economists read as opening the door to a cut in June or July.
y  By Nadia Ferreira, Economics Reporter
-  
B  The Reserve Bank left its benchmark interest rate unchanged at 4.25 per cent on Wednesday, saying inflation was "moving back towards target" as wage growth slowed and household spending weakened over the winter.
B  The decision was expected by all 22 economists surveyed by the Journal. What surprised markets was the wording of the accompanying statement, which for the first time since 2023 did not say that "further increases may be required."
B  Governor Lucas Brandt said the monetary policy committee had agreed that the next move was "more likely to be down than up," but declined to give a date.
B  "We are not declaring victory," Brandt told reporters. "Services inflation is still too high, and we want to see two more quarters of data before we are confident."
B  The currency fell 0.6 per cent against the US dollar within minutes of the announcement, and the yield on two-year government bonds dropped to its lowest level in eleven months.
o  Promoted by Halvorsen Wealth
o  3 stocks analysts say could double before the next rate cut
o  Learn More
B  Annual inflation eased to 3.1 per cent in February from a peak of 7.8 per cent two years ago. Average weekly earnings rose 3.4 per cent in the year to January, the slowest pace since 2021, according to the statistics office.
B  Retailers have been pressing for relief. The Carrick Retail Association said sales volumes fell in four of the past six months and that several mid-sized chains were struggling to refinance debt taken on during the pandemic.
B  Economists said the bank faced a delicate balance.
B  "Cut too early and you risk inflation settling at 3 per cent instead of 2," said Helen Ashdown, chief economist at Ridgeway Capital. "Cut too late and unemployment starts to climb quickly, because firms are already cautious about hiring."
o  This article is for subscribers.
o  Subscribe to The Carrick Business Journal to continue reading. Already a subscriber? Log in.
o  Open in The Carrick Business Journal
-  
s  Like
s  Save
s  Share
-  
o  You May Like
o  Sponsored Links
o  Retirees are switching to this little-known savings account (see rates)
o  MoneyWise Daily
o  Doctors stunned: simple morning habit lowers blood pressure
o  HealthTrend Insider
o  Homeowners under 75 could claim up to $12,000 from new scheme
o  Promoted by EquityRelease Hub
-  
r  More from The Carrick Business Journal
r  Housing starts fall to lowest level in a decade
r  Port strike enters second week as exporters count cost
r  Source: The Carrick Business Journal · 1d ago
-  
r  Other sources
r  Rate hold keeps mortgage pressure on first-time buyers
r  Source: Evening Standard-Post · 3h ago
r  Why the Reserve Bank blinked
r  Source: The Ledger · 2h ago
-  
f  NewsPulse © 2026 · Terms · Privacy · Send feedback
"""))

PAGES.append(("health-blog-glued.txt",
              "health blog copy: blog menu, author and date line, headings glued to the preceding sentence, FAQ, spam-link list glued after the last sentence, category/tags, post navigation, comment form, footer",
"""
n  Wexley Family Health Notes
n  Home
n  About
n  Parents' Corner
n  Contact
-  
T  Measles cases climb in Wexley schools: what parents need to know this spring
y  Posted on March 7, 2026 by Dr. Claire Okafor · 6 Comments
-  
B  County health officials confirmed 23 cases of measles in Wexley this week, most of them among children at three primary schools on the east side of town. It is the largest outbreak the county has recorded since 2019, when a single case at a summer camp led to nine more.
B  Nineteen of the 23 children had not received any dose of the MMR vaccine. The other four had received one dose but not the second, which is normally given before starting school.
Gh Two children have been admitted to hospital with pneumonia, and both are recovering. Public health nurse Lorna Feldt said the county had seen far fewer cases of any kind last year.¦Why This Matters
B  Measles is one of the most contagious diseases known. The virus can stay in the air of a room for up to two hours after an infected person has left, and about nine in ten unvaccinated people who are exposed will catch it.
B  Most children recover within two weeks. But roughly one in five who catch measles needs hospital care, and in rare cases it can cause swelling of the brain.
Gh Babies under 12 months, pregnant women and people with weakened immune systems are at the greatest risk, because they either cannot be vaccinated or may not respond to the vaccine.¦What the County Is Doing
B  The health department has opened extra vaccination sessions at the Wexley Community Centre. The steps announced on Thursday include:
B  • free MMR vaccines for anyone aged 12 months or older, with no appointment needed;
B  • exclusion from school for 21 days for unvaccinated pupils who have been exposed;
B  • letters to every family at the three affected schools with details of symptoms to watch for.
B  "We know some parents have questions, and we want them to ask us directly," Feldt said. "Ten minutes with a nurse is better than an hour on social media."
H  Frequently Asked Questions
B  What are the first symptoms?
B  A high fever, a cough, a runny nose and red, watery eyes. The rash usually appears three to five days later, starting on the face.
B  My child had one dose. Are they protected?
B  One dose protects about 93 percent of children. Two doses raise that to about 97 percent, so it is worth getting the second dose now if it is due.
B  I'm not sure if I was vaccinated as a child. What should I do?
B  Adults who are unsure can have the vaccine safely. Ask your doctor or visit the clinic.
Gp If your child develops a fever and a rash, phone your doctor before going in, so the surgery can keep other patients safe.¦best cbd gummies for sleep 2026 | cheap flights to orlando | online casino no deposit bonus | payday loans same day approval
-  
g  Categories: Child Health, Vaccines
g  Tags: measles, MMR, outbreak, Wexley schools
-  
n  ← Previous Post: Is it a cold or hay fever? A quick guide
n  Next Post: Screen time and sleep: what the new study found →
-  
m  6 thoughts on “Measles cases climb in Wexley schools: what parents need to know this spring”
m  Joanne P.
m  March 7, 2026 at 9:14 pm
m  Thank you for this. The FAQ about adults was really helpful, I had no idea I could still get it.
m  Reply
m  Leave a Reply
m  Your email address will not be published. Required fields are marked *
m  Comment *
m  Name *
m  Email *
m  Post Comment
-  
f  © 2026 Wexley Family Health Notes · Powered by WordPress · Theme: Meadow Lite
f  This blog is for general information and is not a substitute for medical advice.
"""))

PAGES.append(("wire-dateline-standards.txt",
              "wire agency copy: section menu, read time and timestamps, summary bullets (body), share row, licensing line, mid-story 'Advertisement · Scroll to continue', reporting/editing credits, 'Our Standards:' line, read next, sponsored, footer",
"""
n  Skip to main content
n  APW
n  World
n  Business
n  Markets
n  Sustainability
n  Legal
n  Breaking Views
n  My View
o  Register
-  
n  World / Europe
T  Drone strikes hit fuel depot near border as truce talks stall
y  By Anna Petrov and Samir Haddad
y  March 3, 202611:42 AM GMTUpdated 2 hours ago
y  4 minute read
-  
H  Summary
B  Fire at Marost depot burns for second day
B  No casualties reported, local governor says
B  Negotiators fail to agree date for next round in Geneva
-  
s  X
s  Facebook
s  Linkedin
s  Email
s  Link
o  Purchase Licensing Rights
-  
B  BELGRAVE, March 3 (APW) - Drones struck a fuel storage depot near the town of Marost overnight, setting off a fire that was still burning on Tuesday morning, regional officials said, as efforts to revive stalled truce negotiations made no visible progress.
B  Governor Oleh Varsa said on his messaging channel that emergency crews had contained the blaze to two of the depot's eleven tanks and that nobody had been hurt. Residents within one kilometre had been told to keep windows closed.
B  Footage verified by APW showed a column of black smoke visible from the main highway about 15 km away.
B  The Defence Ministry in Belgrave said it had shot down 31 drones over four regions during the night. It did not say how many had reached their targets.
o  Advertisement · Scroll to continue
B  The strike was the fourth on energy infrastructure in the border region in two weeks. Analysts say both sides have stepped up attacks on fuel supplies ahead of the spring, when fighting along the front line usually intensifies.
B  Talks in Geneva, which began in January under United Nations auspices, have been stuck over the sequencing of a ceasefire and the exchange of prisoners. A diplomat briefed on the discussions said the two delegations had failed on Monday to agree a date for the next round.
B  "There is a text on the table. What there is not is the political will to sign it," the diplomat said, speaking on condition of anonymity because the talks are confidential.
B  A spokesperson for the U.N. envoy, Marit Solheim, said consultations would continue "in different formats" this week.
B  The European Union's foreign policy chief said in a statement that attacks on civilian infrastructure were "unacceptable" and called on both sides to return to the negotiating table.
B  Fuel prices in Belgrave have risen about 9% since the start of February.
y  (Reporting by Anna Petrov in Belgrave and Samir Haddad in Geneva; Writing by Joanna Kell; Editing by Mark Tranter)
-  
f  Our Standards: The APW Trust Principles.
o  Purchase Licensing Rights, opens new tab
-  
r  Read Next
r  World
r  Europe ministers to discuss air defence funding on Thursday
r  5 min ago
r  Business
r  Insurers raise war-risk premiums for Black Sea shipping
r  1 hour ago
-  
o  Sponsored Content
o  How one logistics firm cut fuel costs by 18%
o  Sponsored by FleetCore
-  
f  Site Index
f  Browse
f  World
f  Business
f  About APW
f  All quotes delayed a minimum of 15 minutes.
f  © 2026 APW. All rights reserved
"""))


if __name__ == "__main__":
    for name, description, spec in PAGES:
        build(name, description, spec)
