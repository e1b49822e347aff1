#!/usr/bin/env python3
"""Builds the second held-out set of cleaner pages and their line gold (format: gold-annotations/boilerplate/README.md).

Each page is a spec: one line per page line, `CODE content`, CODE in the first two characters:
  T title, B body, H heading (inside the article), - no row (markup-only or blank line),
  boilerplate kinds: n navigation, t ticker, y byline, s share, c caption, r related, g tags,
  m comments, p spam-links, f footer, v video, h heading, o other;
  Gh / Gp: body line whose end carries a glued heading / spam-link list starting at the marker '¦'.
Run from anywhere: python3 build_heldout2.py  (rewrites the pages and *.gold.tsv next to this script).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import heldout_gold  # noqa: E402  (the shared generator, one folder up)


def build(name, description, spec):
    heldout_gold.build(HERE, "heldout2", "the second held-out set, constructed page", name, description, spec)

PAGES = []

PAGES.append(("broadcaster-listen-correction.html",
              "European public broadcaster, English service: cookie banner with Accept all / Reject all, service menu, 'Listen' audio player, correction box inside the article (body), 'More on this story', 'On air now' strip, licence-fee footer",
"""
-  <!DOCTYPE html>
-  <html lang="en">
-  <head>
-  <meta charset="utf-8">
-  <title>Recount ordered in Lower Vessen after 212-vote margin - RNV English</title>
-  </head>
-  <body>
-  <section class="consent-layer">
o  <h2>Your data, your choice</h2>
o  <p>RNV uses cookies for the operation of this website and, with your consent, for audience measurement and to recommend programmes. Details are in our data protection notice.</p>
o  <button>Accept all</button> <button>Reject all</button>
o  <a href="/consent/settings">Set individually</a>
-  </section>
-  <div class="service-bar">
n  <a href="/">RNV</a> <a href="/de">Deutsch</a> <a href="/fr">Fran&ccedil;ais</a> <a href="/en" aria-current="true">English</a>
n  <a href="/en/tv">TV</a> <a href="/en/radio">Radio</a> <a href="/en/podcasts">Podcasts</a> <a href="/en/news">News</a>
-  </div>
-  <main>
n  <p class="kicker"><a href="/en/news/politics">Politics</a> / <a href="/en/news/politics/regional-elections">Regional elections 2026</a></p>
T  <h1>Recount ordered in Lower Vessen after 212-vote margin</h1>
B  <p class="lead">The regional electoral commission has ordered a full manual recount in the Lower Vessen district after the Green-Liberal alliance lost its majority in the regional parliament by a handful of votes.</p>
-  <div class="audio-player" data-duration="312">
o  <span class="audio-label">Listen</span>
o  <button aria-label="Play">&#9654;</button> <span class="audio-time">0:00 / 5:12</span>
o  <span class="audio-speed">Speed 1.0&times;</span>
o  <span class="audio-note">Audio generated with a synthetic voice</span>
-  </div>
y  <p class="author">Katrin Holm, RNV regional desk</p>
y  <p class="published">Published 9 November 2026, 16:05 &ndash; updated 10 November 2026, 08:30</p>
-  <aside class="correction-box">
B  <p><strong>Correction:</strong> An earlier version of this article gave the margin in Lower Vessen as 122 votes. The correct figure is 212 votes. We apologise for the error.</p>
-  </aside>
B  <p>The decision, announced on Monday afternoon, means the final composition of the 61-seat regional parliament will not be known for at least ten days. Preliminary results gave the centre-right People&rsquo;s Union 31 seats, exactly one more than it needs to govern alone.</p>
B  <p>That majority rests on Lower Vessen, where the People&rsquo;s Union candidate, farmer and former mayor Jonas Reuter, finished 212 votes ahead of the alliance&rsquo;s Lea Sandvik out of almost 48,000 ballots cast.</p>
B  <p>Commission chair Dr Anke Vormann said the recount had been triggered by irregularities in two polling stations, not by the narrowness of the result alone.</p>
-  <blockquote>
B  <p>&ldquo;In Brehm and Osterfeld the number of ballots in the box does not match the number of voters ticked off on the register. The gap is small, but when a seat is decided by 212 votes, small gaps matter.&rdquo;</p>
-  </blockquote>
H  <h2>What happens now</h2>
B  <p>Under regional electoral law, every ballot in the district must be counted again by hand under the supervision of observers from all parties that stood. The commission said the count would begin on Thursday in the sports hall in Osterfeld and could take up to a week.</p>
B  <p>Both camps have said they will accept the outcome.</p>
B  <p>Reuter told RNV he was confident the result would stand. &ldquo;I have been through a recount before as mayor. The numbers move by ten or twenty votes, not by two hundred,&rdquo; he said.</p>
B  <p>Sandvik struck a more cautious tone, saying voters deserved certainty after a campaign dominated by the closure of the Vessen sugar refinery and the future of rural bus routes.</p>
H  <h2>A coalition in waiting</h2>
B  <p>If the recount hands the seat to the alliance, neither bloc would have a majority. The Green-Liberals and the Social Democrats together would hold 30 seats, as would the People&rsquo;s Union, leaving the single member of the Frisian minority party as kingmaker.</p>
B  <p>Its leader, Hauke Jensen, has said he will talk to both sides but will not support a government that cuts funding for minority-language schools.</p>
B  <p>Turnout across the region was 71.4 percent, the highest since 1996.</p>
-  <section class="more">
r  <h3>More on this story</h3>
r  <a href="/en/news/politics/vessen-results-map">Interactive map: results in all 61 districts</a>
r  <a href="/en/news/politics/sugar-refinery-campaign">Why a sugar refinery became the campaign&rsquo;s defining issue</a>
r  <a href="/en/podcasts/the-briefing/ep-412">Podcast: The Briefing &ndash; a kingmaker from the coast</a>
-  </section>
-  <div class="topics">
g  <span>Topics:</span> <a href="/en/t/elections">Elections</a> <a href="/en/t/vessen">Vessen</a> <a href="/en/t/regional-politics">Regional politics</a>
-  </div>
-  <div class="share">
s  <button>Share</button> <button>Copy link</button> <button>Send by e-mail</button>
-  </div>
-  </main>
-  <aside class="on-air">
t  <p><span class="live-dot">ON AIR NOW</span> RNV Info &ndash; Evening Journal with Tomas Berg</p>
t  <p>Next: 18:30 Weather and traffic &middot; 19:00 News in Frisian</p>
-  </aside>
-  <footer>
f  <p>RNV &ndash; Regional Broadcasting Nordvessen, an institution under public law, financed by the broadcasting licence fee.</p>
f  <a href="/en/imprint">Imprint</a> <a href="/en/data-protection">Data protection</a> <a href="/en/accessibility">Accessibility</a> <a href="/en/consent/settings">Cookie settings</a>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("localtv-autoplay-captions.html",
              "local TV station: sports score ticker, weather alert strip, video player with Autoplay toggle and closed-caption transcript, Q&A section inside the article, 'Report a typo', app promo, 'Trending on 9'",
"""
-  <!DOCTYPE html>
-  <html lang="en-US">
-  <head>
-  <meta charset="utf-8">
-  <title>Hepatitis A exposure at Dunmore food fair: who should get a shot | WKDN 9</title>
-  </head>
-  <body>
-  <div class="scores">
t  <span class="scores-label">SCORES</span>
t  <span>HS FOOTBALL: Dunmore 28, Pike Valley 14 &ndash; FINAL</span>
t  <span>Lakeside 7, St. Bridget 10 &ndash; 3RD QTR</span>
t  <span>COLLEGE: Harlan St. 63, Moreno 71 &ndash; FINAL/OT</span>
-  </div>
-  <header>
n  <a href="/" class="logo">WKDN 9 News</a>
n  <a href="/news">News</a> <a href="/weather">Weather</a> <a href="/traffic">Traffic</a> <a href="/sports">Sports</a> <a href="/9-investigates">9 Investigates</a> <a href="/community">Community</a>
o  <a href="/live" class="watch">&#9679; Watch 9 News Now</a>
-  </header>
-  <div class="wx-strip">
o  <span>54&deg; Dunmore</span> <span>Frost Advisory until 9 AM Saturday</span> <a href="/weather/alerts">2 alerts</a>
-  </div>
-  <main>
-  <article>
T  <h1>Hepatitis A exposure at Dunmore food fair: who should get a shot, and by when</h1>
y  <p class="byline">By Marcus Delgado and Jenna Whitfield</p>
y  <p class="dates">Published: 5:47 PM EST October 24, 2026 &middot; Updated: 10:12 PM EST October 24, 2026</p>
-  <div class="video">
v  <p class="video-title">Health department: hundreds may have been exposed to hepatitis A at fair</p>
v  <label><input type="checkbox" checked> Autoplay</label>
v  <span class="duration">2:14</span>
v  <button class="cc">CC</button>
-  <div class="cc-text" aria-live="polite">
v  <p>&gt;&gt; TONIGHT HEALTH OFFICIALS SAY IF YOU ATE AT ONE FOOD STAND AT LAST WEEKEND&#39;S FAIR, YOU NEED TO ACT FAST.</p>
v  <p>&gt;&gt; 9 NEWS REPORTER JENNA WHITFIELD IS LIVE OUTSIDE THE HEALTH DEPARTMENT WITH WHAT YOU NEED TO KNOW.</p>
-  </div>
-  </div>
B  <p>People who ate at the Smokehouse Sisters stand at last weekend&rsquo;s Dunmore Harvest Food Fair may have been exposed to hepatitis A and should get a vaccine within the next few days, the Kendall County Health Department said Friday.</p>
B  <p>A food worker at the stand tested positive for the virus on Thursday. Health officials said the worker handled food on Saturday, Oct. 18, and Sunday, Oct. 19, while possibly contagious.</p>
B  <p>About 1,100 people bought food from the stand over the two days, based on the vendor&rsquo;s card receipts, according to county health director Dr. Priya Raman.</p>
B  <p>&ldquo;The risk to any one person is low, but it is not zero, and the vaccine works best if you get it within two weeks of exposure,&rdquo; Raman said at a news conference Friday afternoon. &ldquo;For people who ate there on Saturday, that window closes next Saturday.&rdquo;</p>
B  <p>No illnesses linked to the fair have been reported so far.</p>
-  <div class="inline-promo">
o  <p>Get breaking news alerts on your phone. Download the WKDN 9 app.</p>
-  </div>
H  <h2>Your questions, answered</h2>
B  <p><strong>Q: I ate at the fair but don&rsquo;t remember which stand. What should I do?</strong></p>
B  <p>A: The stand had a red awning and sold pulled pork and brisket sandwiches near the main stage. If you are unsure, the health department says it is safe to get the vaccine anyway.</p>
B  <p><strong>Q: Where can I get vaccinated, and does it cost anything?</strong></p>
B  <p>A: Free clinics run Saturday and Sunday from 9 a.m. to 4 p.m. at the Kendall County Health Department, 400 Mill Street. Most pharmacies also carry the vaccine.</p>
B  <p><strong>Q: I was vaccinated against hepatitis A as a child. Am I covered?</strong></p>
B  <p>A: Yes. People who have had both doses, or who have had hepatitis A before, do not need another shot.</p>
B  <p><strong>Q: What are the symptoms?</strong></p>
B  <p>A: Tiredness, nausea, stomach pain, dark urine and yellowing of the skin or eyes. Symptoms usually appear two to seven weeks after exposure.</p>
B  <p>The stand&rsquo;s owners, sisters Dana and Rochelle Pruitt, said in a statement that they were cooperating with inspectors and had closed their Dunmore restaurant for deep cleaning.</p>
B  <p>&ldquo;We are heartbroken and we are doing everything the county asks,&rdquo; the statement said.</p>
B  <p>Hepatitis A spreads mainly through food or water contaminated by an infected person. Kendall County has recorded six cases so far this year, compared with two in 2025.</p>
-  <div class="article-tools">
s  <a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a>
o  <a href="/report-a-typo">Report a typo</a>
o  <p class="copyright">Copyright 2026 by WKDN 9. All rights reserved.</p>
-  </div>
-  </article>
-  <aside>
r  <h3>Trending on 9</h3>
r  <a href="/news/pumpkin-patch-crash">Driver charged after car plows into pumpkin patch parking lot</a>
r  <a href="/news/route-12-bridge">Route 12 bridge to close for six months starting in January</a>
r  <a href="/weather/first-freeze">When to expect the first hard freeze of the season</a>
-  </aside>
-  </main>
-  <footer>
f  <p>WKDN 9, a Harmon Broadcast Group station. FCC Public Inspection File. EEO Report. Closed Captioning Contact.</p>
f  <p>&copy; 2026 Harmon Broadcast Group</p>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("thinktank-footnotes-cite.html",
              "think-tank commentary: programme breadcrumb, 'Commentary' label, Download PDF / Cite this / Print tools, citation string, footnote markers inside body sentences, numbered recommendations (body), footnotes list, author card, related research, newsletter sign-up",
"""
-  <!DOCTYPE html>
-  <html lang="en">
-  <head>
-  <meta charset="utf-8">
-  <title>A carbon border levy without a trade war | Corvell Institute</title>
-  </head>
-  <body>
-  <header class="inst-header">
n  <a href="/" class="brand">The Corvell Institute for Economic Policy</a>
n  <a href="/research">Research</a> <a href="/experts">Experts</a> <a href="/events">Events</a> <a href="/about">About</a> <a href="/donate">Support our work</a>
-  </header>
-  <div class="crumbs">
n  <a href="/programmes/trade">Trade and Investment Programme</a> &rsaquo; <a href="/commentary">Commentary</a>
-  </div>
-  <article>
o  <p class="type-label">COMMENTARY</p>
T  <h1>A carbon border levy without a trade war: what the design should get right</h1>
B  <p class="dek">The levy can protect the climate and domestic industry at the same time, but only if exporters in poorer countries are not asked to pay for data they cannot produce.</p>
y  <p class="author-line">Mira Kovalenko &middot; 12 February 2026</p>
-  <div class="tools">
o  <a href="/pdf/carbon-border-levy-commentary.pdf">Download PDF</a>
o  <button>Cite this</button>
s  <button>Print</button> <button>Share</button>
-  </div>
-  <div class="cite-popup" hidden>
o  <p>Kovalenko, M. (2026). A carbon border levy without a trade war: what the design should get right. Corvell Institute Commentary 26/04.</p>
-  </div>
B  <p>From January the government will begin charging importers of steel, aluminium, cement and fertiliser for the carbon emitted in making them. The idea is simple: if domestic producers pay for their emissions under the national trading scheme, foreign producers selling into the same market should pay too. <sup>1</sup></p>
B  <p>The politics are not simple. Three of the country&rsquo;s ten largest trading partners have already described the levy as disguised protectionism, and one has threatened to take the matter to the World Trade Organization. <sup>2</sup></p>
H  <h2>The problem is measurement, not principle</h2>
B  <p>Most objections are not to the principle of carbon pricing but to how emissions will be counted. Importers must report the &ldquo;embedded emissions&rdquo; of each shipment. Where they cannot, a default value applies, and the default is set deliberately high to encourage reporting.</p>
B  <p>For a large European steelmaker with plant-level monitoring this is a paperwork exercise. For a mid-sized aluminium smelter in West Africa it can be prohibitive. Our survey of 42 exporting firms found that only 9 could produce verified emissions data at the level the regulation requires. <sup>3</sup></p>
B  <p>That is the trap. A levy designed to reward cleaner production ends up penalising producers who are clean but cannot prove it.</p>
H  <h2>Four design choices</h2>
B  <p>We recommend that the government make four changes before the charging phase begins:</p>
-  <ol>
B  <li>Set default values by country and production route, not at the level of the worst performer worldwide.</li>
B  <li>Accept emissions data verified under recognised foreign schemes, with spot checks rather than full re-verification.</li>
B  <li>Return part of the revenue, at least a quarter, to a fund that pays for monitoring equipment in low-income exporting countries.</li>
B  <li>Publish the list of goods covered five years in advance, so that trading partners can plan rather than retaliate.</li>
-  </ol>
B  <p>None of these weakens the climate purpose of the levy. Each of them makes it harder for critics to argue that the levy is a tariff in disguise.</p>
B  <p>The revenue at stake is modest: the finance ministry estimates 1.3 billion a year by 2030. <sup>4</sup> The trade relationships at stake are worth many times that.</p>
B  <p>A levy that is seen as fair abroad will last. One that is seen as a wall will invite walls in return.</p>
-  </article>
-  <section class="footnotes">
o  <h3>Notes</h3>
-  <ol>
o  <li>Ministry of Finance, Carbon Border Adjustment: Implementing Regulation, 2025, art. 3.</li>
o  <li>See the joint statement of 14 November 2025 by the trade ministers of the three countries concerned.</li>
o  <li>Corvell Institute exporter survey, October&ndash;December 2025; methodology in the PDF version.</li>
o  <li>Ministry of Finance, Budget Red Book 2026, table 4.2.</li>
-  </ol>
-  </section>
-  <aside class="author-card">
c  <img src="/img/experts/kovalenko.jpg" alt="Portrait of Mira Kovalenko">
y  <p class="name">Mira Kovalenko</p>
y  <p class="role">Senior Fellow, Trade and Investment Programme</p>
y  <p>Mira Kovalenko works on trade policy and climate regulation. She previously advised the secretariat of a regional trade agreement.</p>
y  <a href="/experts/mira-kovalenko">Full profile</a> <a href="mailto:press@corvell.example">Media enquiries</a>
-  </aside>
-  <section class="related-research">
r  <h3>Related research</h3>
r  <a href="/research/border-carbon-data-gaps">Report: Closing the emissions data gap in global supply chains</a>
r  <a href="/events/2026-03-levy-roundtable">Event: Roundtable on the carbon border levy, 4 March</a>
-  </section>
-  <div class="signup">
o  <p>Get our research in your inbox. One e-mail a month, no spam.</p>
o  <label>E-mail address</label> <button>Subscribe</button>
-  </div>
-  <footer>
f  <p>The Corvell Institute is an independent, non-partisan charity. Views expressed are those of the author.</p>
f  <p>Registered charity no. 1099021 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/funding">How we are funded</a></p>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("factcheck-rating-sources.html",
              "fact-check page: section menu, claim and rating box ('Our rating: False', body), short verdict summary, article with headings, Sources list (decided: boilerplate, kind other), methodology link, helpfulness poll, tip line, signatory badge",
"""
-  <!DOCTYPE html>
-  <html lang="en">
-  <head>
-  <meta charset="utf-8">
-  <title>Fact check: No, 400,000 asylum seekers did not arrive in Varland last year - Checkpoint Verify</title>
-  </head>
-  <body>
-  <nav class="top">
n  <a href="/" class="logo">Checkpoint Verify</a>
n  <a href="/fact-checks">Fact checks</a> <a href="/explainers">Explainers</a> <a href="/how-we-work">How we work</a> <a href="/submit">Submit a claim</a>
-  </nav>
-  <main>
o  <p class="label">FACT CHECK</p>
T  <h1>No, 400,000 asylum seekers did not arrive in Varland last year</h1>
y  <p class="meta">By Tomasz Lind &middot; 3 June 2026 &middot; 5 min read</p>
-  <div class="rating-box">
B  <p><strong>The claim:</strong> A widely shared post says 400,000 asylum seekers arrived in Varland in 2025, &ldquo;more than the population of our second city.&rdquo;</p>
B  <p><strong>Our rating: False</strong></p>
B  <p><strong>Why:</strong> Official figures show 38,200 first-time asylum applications in 2025. The 400,000 figure appears to combine asylum claims with all residence permits, including those for students, workers and family members.</p>
-  </div>
c  <img src="/img/fc/varland-post-screenshot.png" alt="Screenshot of the viral post with the 400,000 figure">
c  <p class="caption">The post has been shared more than 60,000 times since 28 May. Screenshot: Checkpoint Verify</p>
B  <p>A post circulating on social media since late May claims that 400,000 asylum seekers arrived in Varland last year. Versions of it have been shared tens of thousands of times, and the figure was repeated by two candidates in televised debates ahead of the municipal elections.</p>
B  <p>The number is wrong by a factor of about ten.</p>
H  <h2>What the figures show</h2>
B  <p>According to the Varland Migration Agency, 38,200 people applied for asylum for the first time in 2025, down from 44,900 in 2024. Of the applications decided during the year, 41 percent were approved.</p>
B  <p>The agency also issued about 402,000 residence permits of all kinds in 2025. That total includes 118,000 work permits, 97,000 student permits, 76,000 permits for family members and a large number of renewals of existing permits.</p>
B  <p>&ldquo;An asylum application and a residence permit are very different things,&rdquo; said Dr Sanna Ekholm, a migration statistician at Nordholm University. &ldquo;A residence permit can be a three-month extension for a PhD student who has lived here for years.&rdquo;</p>
H  <h2>Where the number came from</h2>
B  <p>The earliest version of the post we could find was published on 27 May by an account that links to a screenshot of the agency&rsquo;s annual statistics page. The screenshot shows the row for &ldquo;all permits granted&rdquo;, not the row for asylum applications, which appears three lines further down.</p>
B  <p>The account did not respond to our request for comment.</p>
B  <p>A spokesperson for the Migration Agency told Checkpoint Verify that the annual statistics would be published in a new format from next year &ldquo;to reduce the risk of misunderstanding.&rdquo;</p>
H  <h2>Is immigration to Varland rising?</h2>
B  <p>Overall immigration has risen. Net migration reached 61,000 in 2025, the highest figure since 2016, driven mainly by labour migration and students. Asylum applications, however, have fallen for two years in a row.</p>
B  <p>The claim that 400,000 asylum seekers arrived in 2025 is therefore false.</p>
-  <section class="sources">
h  <h3>Sources</h3>
-  <ul>
o  <li>Varland Migration Agency, Annual statistics 2025: asylum applications (accessed 2 June 2026)</li>
o  <li>Varland Migration Agency, Annual statistics 2025: residence permits granted (accessed 2 June 2026)</li>
o  <li>Statistics Varland, Population change 2025, table 7</li>
o  <li>Interview with Dr Sanna Ekholm, Nordholm University, 1 June 2026</li>
-  </ul>
-  </section>
-  <div class="after">
o  <a href="/how-we-work/ratings">How we rate claims: our scale from True to Pants on Fire</a>
s  <span>Share this fact check:</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a>
o  <p>Was this fact check useful? <button>Yes</button> <button>No</button></p>
o  <p>Seen something that looks wrong? Send it to us on WhatsApp at +00 70 555 1212.</p>
-  </div>
-  </main>
-  <footer>
f  <p>Checkpoint Verify is a verified signatory of the International Fact-Checking Network&rsquo;s Code of Principles.</p>
f  <p>&copy; 2026 Checkpoint Verify &middot; <a href="/corrections">Corrections policy</a> &middot; <a href="/funding">Funding</a></p>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("agency-live-updates.html",
              "press agency live page: LIVE badge and auto-refresh toggle, 'Key points' summary (body), timestamps on their own lines before each entry (byline), entries are the article (body), editor's note (body), per-entry share links, 'Show new updates' / 'Load earlier updates', photo captions",
"""
-  <!DOCTYPE html>
-  <html lang="en">
-  <head>
-  <meta charset="utf-8">
-  <title>Live: Fighting resumes along the Dreva river as ceasefire collapses - NordPress</title>
-  </head>
-  <body>
-  <header>
n  <a href="/" class="np-logo">NordPress</a>
n  <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/economy">Economy</a> <a href="/photos">Photos</a> <a href="/live">Live</a>
-  </header>
-  <main class="liveblog">
o  <span class="badge">LIVE</span>
T  <h1>Fighting resumes along the Dreva river as 11-day ceasefire collapses</h1>
o  <label><input type="checkbox" checked> Auto-refresh</label>
y  <p class="updated">Last updated 11:58 GMT, 21 April 2026</p>
-  <section class="key-points">
H  <h2>Key points</h2>
-  <ul>
B  <li>Artillery fire reported in at least six villages on both banks of the Dreva</li>
B  <li>Both governments blame the other for breaking the truce</li>
B  <li>UN monitors withdraw from two observation posts</li>
-  </ul>
-  </section>
-  <div class="editors-note">
B  <p><em>Editor&rsquo;s note: Casualty figures in this live page come from officials on both sides and could not be independently verified by NordPress.</em></p>
-  </div>
n  <button class="new-posts">Show 3 new updates</button>
-  <div class="entry">
y  <time>11:58 GMT</time>
B  <p>The UN mission says it has withdrawn its observers from posts at Kalnik and Upper Meda &ldquo;for their own safety&rdquo;. Its remaining nine posts are staffed, a spokesperson said.</p>
s  <a href="#e1158">Share this update</a>
-  </div>
-  <div class="entry">
y  <time>11:31 GMT</time>
B  <p>Regional governor Petra Vuković says four civilians were killed and 17 wounded when shells hit the market square in Sveti Jur shortly after 9am.</p>
B  <p>&ldquo;People were buying bread. There is no military position within three kilometres of that square,&rdquo; she told local television.</p>
s  <a href="#e1131">Share this update</a>
-  </div>
-  <div class="entry">
y  <time>11:02 GMT</time>
B  <p>The defence ministry across the river has issued its own statement, saying its forces were responding to a drone attack on a bridge near Orlje early this morning and had &ldquo;acted within the terms of the ceasefire agreement&rdquo;.</p>
B  <p>It gave no casualty figures.</p>
s  <a href="#e1102">Share this update</a>
-  </div>
-  <div class="entry">
y  <time>10:42 GMT</time>
H  <h3>What did the ceasefire say?</h3>
B  <p>The truce, agreed in Vienna on 10 April, required both sides to:</p>
-  <ol>
B  <li>stop all artillery and drone fire across the Dreva;</li>
B  <li>pull heavy weapons back 15 kilometres from the river;</li>
B  <li>allow UN monitors free access to both banks.</li>
-  </ol>
B  <p>The monitors reported breaches of the second condition as early as last week, when tanks were seen within the zone near Kalnik.</p>
s  <a href="#e1042">Share this update</a>
-  </div>
-  <div class="entry">
y  <time>10:15 GMT</time>
c  <img src="/photos/2026/04/21/sveti-jur-smoke.jpg" alt="Smoke rises over rooftops in Sveti Jur">
c  <p class="caption">Smoke rises over Sveti Jur on Tuesday morning. Photo: Ivo Marić/NordPress</p>
B  <p>Our correspondent in Sveti Jur reports that many residents have gone back to the basements they used during the winter. Buses that were due to take families back to villages along the river this week have been cancelled.</p>
s  <a href="#e1015">Share this update</a>
-  </div>
-  <div class="entry">
y  <time>09:40 GMT</time>
B  <p>Good morning. The ceasefire that has held along the Dreva river for 11 days appears to have broken down overnight, with residents on both banks reporting heavy shelling from around 4am. We will bring you the latest here.</p>
s  <a href="#e0940">Share this update</a>
-  </div>
n  <button class="load-more">Load earlier updates</button>
-  </main>
-  <aside>
r  <h3>More coverage</h3>
r  <a href="/world/dreva-ceasefire-explained">Explainer: why the Dreva ceasefire was fragile from the start</a>
r  <a href="/photos/dreva-valley-return">In pictures: families return to the Dreva valley</a>
-  </aside>
-  <footer>
f  <p>&copy; NordPress 2026. All material is subject to copyright; reproduction only under licence.</p>
f  <a href="/terms">Terms of use</a> <a href="/licensing">Licensing</a> <a href="/contact">Contact the newsroom</a>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("amp-copy-next-story.txt",
              "AMP-style mobile copy: Menu / Close drawer items, section label, byline and timestamp, sponsored unit, 'Next story' teaser, back-to-top and 'View full site' links",
"""
n  Menu
n  Close
n  Home
n  Economy
n  Markets
n  Opinion
n  Newsletters
n  The Bayport Ledger
-
n  Economy
T  Coffee exporters brace for losses as new tariff schedule takes effect
B  Growers say the 18% duty on roasted beans will push them back to selling raw coffee at lower prices, undoing a decade of investment in local roasting.
y  Elena Quintero
y  Updated Jul 1, 2026, 7:14 a.m.
-
B  A new tariff on roasted coffee imported into the Northern Trade Union took effect on Wednesday, and exporters in Costa Brava province say they are already cancelling orders.
B  The 18% duty applies only to roasted and ground coffee. Green, unroasted beans remain duty-free, as they have been since 2011.
B  That difference matters. Over the past ten years, dozens of cooperatives in the province borrowed money to build their own roasting plants, so they could sell a finished product and keep more of the price. Roasted coffee now makes up about a third of the province's coffee exports by value, up from less than 5% in 2015.
B  "We did exactly what everyone told us to do. Add value, they said. Now the added value is taxed," said Marisol Arce, who manages the Las Lomas cooperative, which has 340 member farms.
B  The union's trade commissioner said the tariff was a response to what he called "unfair subsidies" for roasting plants paid by the provincial government, and that it would be lifted if the subsidies ended.
B  The provincial government denies that the grants break trade rules.
o  Advertisement
o  Sponsored · Veritas Freight
o  Shipping to Europe? Compare container rates in 60 seconds.
B  Buyers in the union are already adjusting. Two large supermarket chains have told Las Lomas they will switch to green beans from the cooperative and roast them in their own plants, Arce said. That means a lower price per kilogram and the likely closure of the cooperative's roastery, which employs 48 people.
B  Economists said the dispute showed how narrow tariff lines can shape where value is created in a supply chain.
B  "Tariffs that rise with each stage of processing are an old story in commodities," said Tobias Wendt, a trade economist at the Halvard School of Economics. "They keep poorer exporters at the bottom of the chain, selling the raw material."
B  Talks between the two governments are scheduled for September in Geneva.
B  Until then, cooperatives say they will store roasted stock they cannot sell.
-
s  Share
s  Copy link
-
r  Next story
r  Port strike enters third day as container backlog grows
r  Ana Ruiz · 4 min read
-
n  Back to top
n  View full site
f  © 2026 The Bayport Ledger · Privacy · Terms
"""))

PAGES.append(("facebook-post-reactions.txt",
              "social-media copy of a local paper's post: page name and 'Follow', post time and audience, the post text is the article (body), 'See less', link preview, reaction/comment/share counts, action bar, 'Most relevant' comment sort, comments with Like/Reply/age, 'View more comments', write-a-comment box",
"""
n  Facebook
o  Log in
o  Sign up
-
y  The Morvan Valley Gazette
y  Follow
y  3h · 🌐
-
T  🔥 HEATWAVE: Morvan Valley opens 14 cooling centres as temperatures hit 41C
B  Temperatures reached 41.3C at Sainte-Ardelle weather station on Sunday afternoon, the highest reading in the valley since records began in 1947, and forecasters expect little relief before Thursday.
B  The county has opened 14 cooling centres in libraries, community halls and two shopping centres. They will stay open until 10pm every day this week. A full list is on our website.
B  Doctors at Morvan General say they treated 37 people for heat-related illness over the weekend, most of them aged over 75. Three were admitted to hospital.
B  "Older people often do not feel thirsty even when they are dehydrated," said Dr Aurélie Castan, head of emergency medicine. "Please call your elderly neighbours, twice a day if you can."
B  The prefecture has banned all outdoor burning and the use of machinery in forests after 1pm. Firefighters put out 11 grass and scrub fires on Saturday alone, including one that came within 200 metres of houses in Valcrose.
B  Scientists at the regional climate observatory say heatwaves like this one have become both more frequent and longer in the valley. The number of days above 35C has roughly tripled since the 1990s, according to the observatory's figures.
B  Tips from the county health service:
B  1. Close shutters and windows during the day, open them at night.
B  2. Drink water regularly, even if you are not thirsty.
B  3. Never leave children or pets in a parked car.
B  4. Check on anyone who lives alone.
B  Water restrictions are in force in 23 communes. Filling swimming pools and washing cars are banned until further notice.
o  See less
-
o  MORVANGAZETTE.EXAMPLE
o  Heatwave: full list of cooling centres and opening hours
-
s  👍❤️😮 1.2K
s  Comments 340
s  Shares 56
s  Like
s  Comment
s  Share
-
m  Most relevant
m  Corinne Vidal
m  My mother is 88 and lives alone in Valcrose. The neighbours have been amazing. Thank you for posting the list.
m  Like · Reply · 2h
m  👍 214
m  Didier Roux
m  41 degrees and they still haven't fixed the air conditioning at the Sainte-Ardelle library cooling centre 🙄
m  Like · Reply · 2h
m  Morvan Valley Gazette
m  Author
m  Thanks Didier, we've asked the county about this and will update the article.
m  Like · Reply · 1h
m  View more comments
m  Write a comment…
"""))

PAGES.append(("medium-member-claps.txt",
              "Medium-style post copy: 'Member-only story' badge, author line with 'Follow', publication line, read time, clap and response counts, Listen/Share bar, in-post headings, numbered list, editor's note, 'Written by' card, 'More from', 'Recommended from Medium', footer links",
"""
n  Open in app
n  Sign up
n  Sign in
n  Write
-
o  Member-only story
T  I run a rural pharmacy. This is what the antibiotic shortage looks like from behind the counter.
B  Parents are driving 60 miles for a bottle of amoxicillin. The fixes exist, but nobody is paying for them.
y  Ines Varga
y  Follow
y  Published in Public Health Dispatch
y  7 min read
y  Feb 2, 2026
s  412
s  12
s  Listen
s  Share
-
B  Editor's note: The author is a community pharmacist in the Harlow Hills region. Patient details have been changed to protect their privacy.
-
B  Last Tuesday a father came into my pharmacy at ten to six, just before closing, with a prescription for liquid amoxicillin for his four-year-old daughter. She had an ear infection and a temperature of 39.
B  I did not have it. Neither did the pharmacy in the next town, or the one after that. He found a bottle in the city, 60 miles away, at nine o'clock at night.
B  This is now a normal week.
H  How we got here
B  Amoxicillin is old, cheap and off-patent. A bottle for a child costs the health system less than a cup of coffee. That is exactly the problem: for manufacturers, it is barely worth making.
B  Over the past twenty years production of the active ingredient has moved to a handful of plants, most of them in two countries. When one plant stops for an inspection or a fire, the whole market feels it within weeks.
B  Demand also rose sharply after two winters of unusually bad respiratory infections in children, and the wholesalers I buy from began rationing: three bottles a week, sometimes none.
H  What works, and what doesn't
B  I have spent the past year talking to other pharmacists, wholesalers and two people at the medicines regulator. Here is what I think would actually help:
B  1. Let pharmacists substitute. If I have amoxicillin capsules but not liquid, I should be allowed to make a suspension or switch the form without sending the parent back to the doctor.
B  2. Pay more for reliability. Contracts that always go to the lowest bidder reward the supplier with the thinnest margin and no spare capacity.
B  3. Require a stockpile. Manufacturers supplying our market should hold three months of stock of essential antibiotics here, not on the other side of the world.
B  4. Publish the data. The regulator knows which products are short and for how long. Pharmacists and doctors should too.
B  None of this is new. Some countries already do all four.
H  Q&A from readers
B  Can't doctors just prescribe something else?
B  Sometimes, yes. But the alternatives are often broader antibiotics, and using them for simple infections feeds antibiotic resistance, which is the bigger public health danger in the long run.
B  Is it safe to use leftover antibiotics at home?
B  No. Please bring them to a pharmacy to be disposed of instead.
B  The father came back on Friday to say his daughter was better. He also said he had bought a second bottle "just in case." I understand why. And that, multiplied by thousands of worried parents, is how a shortage feeds itself.
-
s  412
s  12
g  Pharmacy
g  Antibiotics
g  Public Health
g  Healthcare
-
y  Written by Ines Varga
y  1.1K Followers
y  · Writer for Public Health Dispatch
y  Community pharmacist. Writing about medicines, rural health and the spaces in between.
y  Follow
-
r  More from Ines Varga and Public Health Dispatch
r  Why your prescription costs more at some pharmacies than others
r  Ines Varga
r  5 min read · Nov 12, 2025
r  See all from Ines Varga
-
r  Recommended from Medium
r  The quiet collapse of rural maternity care
r  Dr. Sam Whitlock
r  in Health Matters
r  9 min read · Jan 18, 2026
r  Lists
r  Health and Medicine
r  42 stories · 310 saves
r  See more recommendations
-
f  Help
f  Status
f  About
f  Careers
f  Blog
f  Privacy
f  Terms
f  Text to speech
f  Teams
"""))

PAGES.append(("print-edition-jumps.txt",
              "newspaper print edition (e-edition text copy): masthead, folio lines with page numbers, edition/price line, index box, 'Continued on A12' / 'From A1' jumps, ad placeholder, page-top folio of the jump page, photo credit, other story teasers on the front page",
"""
o  THE WESTFORD DAILY REGISTER
o  Serving Westford County since 1884
n  WEDNESDAY, NOVEMBER 4, 2026 · A1
o  Vol. 142, No. 308 · $2.00 · Final Edition
-
T  RECORD TURNOUT CARRIES SCHOOL LEVY
B  Voters back $214 million for new buildings by 58 percent; council race too close to call
y  By DEREK OYELARAN
y  Register Staff Writer
B  WESTFORD — Westford County voters approved the largest school construction levy in the county's history on Tuesday, as turnout reached 74 percent, the highest for an off-year election since the county began keeping records in 1952.
B  With all 96 precincts reporting, the $214 million levy passed with 58.2 percent of the vote. It will pay for two new elementary schools, a replacement for the 1961 wing of Westford High and roof and heating repairs at nine other buildings.
B  "People were tired of watching their kids learn in portable classrooms," said Rosa Delancey, who chaired the Yes for Westford Schools campaign. "They came out in the rain to say so."
B  The levy will add about $19 a month to the property tax bill on a median-priced home, according to the county assessor.
n  Continued on A12
-
c  A volunteer hands out stickers at the Grange Hall polling place. (PHOTO BY NINA SOTO / REGISTER)
-
r  INSIDE TODAY
r  Obituaries A9 · Opinion A10 · Sports B1 · Comics C6 · Weather A14
r  HARVEST: Pumpkin growers report best crop in a decade B6
-
o  ADVERTISEMENT
-
n  A12 · THE WESTFORD DAILY REGISTER · WEDNESDAY, NOVEMBER 4, 2026
n  ELECTION | From A1
B  Opponents had argued that the county should repair existing schools before building new ones, and that the levy was too large while households were struggling with higher energy costs.
B  "I respect the result," said Hal Brennan of the Westford Taxpayers' Alliance. "Now we will be watching every dollar."
H  Council seat still open
B  The race for the District 3 seat on the county council remained unresolved early Wednesday. Incumbent Marcia Teague led challenger Owen Phillips by 87 votes, with about 1,300 mail ballots still to be counted.
B  Under state law, ballots postmarked by Election Day are counted if they arrive within seven days. County Clerk Janet Ruiz said the final count would be certified on Nov. 17.
B  A recount is automatic if the margin is below 0.25 percent of votes cast.
H  Why turnout jumped
B  Election officials credited several factors for the surge:
B  • a new law mailing ballots to every registered voter;
B  • two new drop boxes in the rural north of the county;
B  • a heated campaign on the levy, with more than $900,000 spent by both sides.
B  Ruiz said her office processed 61,400 ballots by midnight. "We have never seen lines like this for a November without a presidential or governor's race," she said.
-
n  Please see RESULTS on A13
f  Page A12 · westfordregister.example/eedition
"""))

PAGES.append(("regional-site-widgets.txt",
              "regional news site text copy: weather widget, top menu, breadcrumb, byline with read time, heading glued to the end of a body paragraph, 'Read more:' inline link, lottery results box, obituaries teaser, 'Most commented', newsletter and footer",
"""
n  Skip to content
o  Thornbury 11°C Light rain · Tomorrow 9°C / 4°C
o  Sign in
o  Subscribe
n  Thornbury Evening Post
n  News
n  Courts
n  Sport
n  Business
n  What's On
n  Family Notices
n  Jobs
-
n  News › Courts
T  Landlord jailed for four years after tenant died in fire at unlicensed shared house
B  Judge says Peter Haslam put profit before the safety of "vulnerable young people" by ignoring repeated fire warnings at his Brook Street property.
y  By Sophie Rennard, Court Reporter
y  10:31, 17 SEP 2026 · Updated 12:05, 17 SEP 2026
y  4 min read
-
B  A landlord who packed nine tenants into a house licensed for none of them has been jailed for four years after a fire killed a 22-year-old student.
B  Peter Haslam, 58, of Ashcombe Lane, Thornbury, pleaded guilty at Thornbury Crown Court to gross negligence manslaughter and six offences under the Housing Act.
B  Kamil Nowak, a second-year engineering student, died in his attic room at 14 Brook Street in the early hours of 3 February 2025. He was found by firefighters near a window that had been screwed shut.
B  Prosecutor Anna Whitcombe told the court that the house had no working smoke alarms, no fire doors and only one exit, through a kitchen where the fire began.
B  Haslam had received three written warnings from the council's housing team in 2023 and 2024, the court heard. Each time he told officers the property was a family home let to a single household.
Gh "He was told, in writing, three times, that people would die if nothing was done," Ms Whitcombe said. "He chose to do nothing, because every change cost money."¦What the judge said
B  Sentencing, Judge Rachel Obi said Haslam had earned more than £60,000 a year from the property while refusing to spend "a few hundred pounds" on alarms.
B  "Kamil Nowak was a talented young man far from his family, who trusted that the roof over his head was safe. You betrayed that trust," she said.
B  She also disqualified Haslam from acting as a company director for ten years and made a banning order preventing him from letting property.
B  In a statement read to the court, Kamil's mother, Ewa Nowak, said the family had lost "our only son and our future".
o  Read more: Council to hire six new housing inspectors after Brook Street fire
B  Thornbury Council said it had prosecuted 14 landlords for licensing offences in the past year and was reviewing how it followed up warnings.
B  Haslam's barrister said his client was "deeply ashamed".
-
s  Share
s  Comments (23)
-
o  Lottery results
o  Lotto Saturday: 4 · 11 · 19 · 27 · 38 · 52 Bonus 30
o  Thunderball: 6 · 14 · 22 · 31 · 35 Thunderball 9
o  Check all results
-
r  Obituaries
r  Margaret Ellis, 84, of Denholme, much-loved grandmother and church organist
r  Frank Osei, 71, former Thornbury Town goalkeeper
r  View all family notices
-
r  Most commented
r  Residents fight plans for 300 homes on Hallow Fields (112)
r  Bus operator axes late-night 42 service (87)
r  Is this the worst pothole in Thornbury? (64)
-
o  Get the Evening Post daily newsletter: the day's top stories at 7am
o  Sign up
-
f  Thornbury Evening Post is part of Pennine Local Media Ltd. © 2026. All rights reserved.
f  Contact us · Advertise · Privacy Notice · Cookie Settings · Corrections and complaints
"""))


if __name__ == "__main__":
    for name, description, spec in PAGES:
        build(name, description, spec)
