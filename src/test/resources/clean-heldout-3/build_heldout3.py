#!/usr/bin/env python3
"""Builds the third held-out set of cleaner pages and their line gold (format: gold-annotations/boilerplate/README.md).

Each page is a spec: one line per page line, `CODE content`, CODE in the first two characters:
  T title, B body, H heading (inside the article), - no row (markup-only or blank line),
  boilerplate kinds: n navigation, t ticker, y byline, s share, c caption, r related, g tags,
  m comments, p spam-links, f footer, v video, h heading, o other;
  Gh / Gp: body line whose end carries a glued heading / spam-link list starting at the marker '¦'.
Run from anywhere: python3 build_heldout3.py  (rewrites the pages and *.gold.tsv next to this script).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import heldout_gold  # noqa: E402  (the shared generator, one folder up)


def build(name, description, spec):
    heldout_gold.build(HERE, "heldout3", "the third held-out set, constructed page", name, description, spec)

PAGES = []

PAGES.append(("national-paper-subscribe-bar.html",
              "national newspaper, energy story: sticky 'Subscribe' bar, section menu, standfirst, in-article headings, one-line paragraph, bullet list that is article content, editor's note (body), inline 'Read more' link, 'Most viewed' list, footer",
"""
-  <!DOCTYPE html>
-  <html lang="en-GB">
-  <head>
-  <meta charset="utf-8">
-  <title>Grid operator warns of winter gap as two gas plants close early | The Meridian</title>
-  </head>
-  <body>
-  <div class="sticky-subscribe" role="region">
o  <span>You have read 3 of 5 free articles this month.</span>
o  <a class="btn" href="/subscribe">Subscribe from &pound;1 a week</a>
o  <a href="/login">Already a subscriber? Sign in</a>
-  </div>
-  <header>
n  <a class="logo" href="/">The Meridian</a>
n  <nav><a href="/uk">UK</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/climate">Climate</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a></nav>
n  <a href="/search">Search</a>
-  </header>
-  <article>
n  <p class="section-label"><a href="/business/energy">Energy</a></p>
T  <h1>Grid operator warns of winter gap as two gas plants close early</h1>
B  <p class="standfirst">Ministers are under pressure to delay coal-free targets after the system operator said reserve margins could fall below 2% on the coldest evenings</p>
y  <p class="byline">By <a href="/profile/hannah-okafor">Hannah Okafor</a>, Energy correspondent</p>
y  <time datetime="2026-11-18T06:00">Wed 18 Nov 2026 06.00 GMT</time>
-  <figure>
c  <img src="/img/cooling-towers.jpg" alt="Cooling towers at the Ashgrove power station at dusk">
c  <figcaption>The Ashgrove station will stop generating in January, a year ahead of schedule. Photograph: Martin Lees/The Meridian</figcaption>
-  </figure>
B  <p>The operator of the national electricity grid has warned that the country could face a shortfall of up to 1.4 gigawatts on still, cold evenings this winter after the owners of two gas-fired power stations brought forward their closure dates.</p>
B  <p>In its revised winter outlook, published on Tuesday night, the Grid System Operator (GSO) said the margin between available supply and expected peak demand had narrowed to 1.8%, the lowest figure since the outlook was first published in 2011.</p>
B  <p>It is not a forecast of blackouts.</p>
B  <p>But the operator said it would need to call on emergency contracts with large industrial users and on a demand-flexibility scheme that pays households to run washing machines and dishwashers outside peak hours.</p>
H  <h2>Why the plants are closing</h2>
B  <p>Ashgrove, in the East Midlands, and Carrick Bay, on the Firth of Clyde, were both due to close in 2028. Their owner, Norvent Energy, said rising maintenance costs and a fall in wholesale prices during the summer had made them uneconomic to run for two more years.</p>
B  <p>&ldquo;We kept both sites available for as long as the numbers allowed,&rdquo; said Norvent&rsquo;s chief operating officer, Lise Brandt. &ldquo;We gave the operator more than the statutory notice.&rdquo;</p>
-  <aside class="inline-promo">
r  <a href="/business/2026/oct/energy-bills-cap">Read more: Energy price cap to rise by 4% in January</a>
-  </aside>
B  <p>The GSO listed the measures it expects to use before it would ask suppliers to cut demand:</p>
-  <ul>
B  <li>contracts with three remaining coal units kept on standby until March;</li>
B  <li>imports through the five interconnectors with France, Norway, Belgium, the Netherlands and Denmark;</li>
B  <li>payments to about 2.1 million households signed up to the demand-flexibility scheme;</li>
B  <li>voltage reduction of up to 3%, which the operator says most customers would not notice.</li>
-  </ul>
H  <h2>Political row</h2>
B  <p>The shadow energy secretary, Tom Achebe, said the warning showed the government had &ldquo;sleepwalked into a capacity crunch&rdquo; and called for the closure dates to be reviewed by the regulator. The energy minister, Priya Deshmukh, said the system had &ldquo;ample tools&rdquo; and that households should not be alarmed.</p>
B  <p>Analysts at the consultancy Halden Partners said the shortfall would only matter if a cold snap coincided with low wind across northern Europe, a pattern that occurred on four evenings last winter.</p>
B  <p class="editors-note"><em>Editor&rsquo;s note: an earlier version of this article said Carrick Bay was in Ayrshire. It is on the Firth of Clyde in Inverclyde. This was corrected on 18 November 2026.</em></p>
-  </article>
-  <div class="article-tools">
s  <button>Share</button> <button>Save for later</button> <button>Gift this article</button>
-  </div>
-  <aside class="most-viewed">
r  <h2>Most viewed</h2>
-  <ol>
r  <li><a href="/a1">Cold snap to bring snow to northern Scotland by the weekend</a></li>
r  <li><a href="/a2">The 20 best Christmas films, ranked</a></li>
r  <li><a href="/a3">Pension age rise: what it means if you were born after 1970</a></li>
r  <li><a href="/a4">Premier League: five things we learned this weekend</a></li>
r  <li><a href="/a5">Opinion: the grid warning is a failure of planning, not of renewables</a></li>
-  </ol>
-  </aside>
-  <footer>
f  <a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/complaints">Complaints &amp; corrections</a> <a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie policy</a>
f  <p>&copy; 2026 Meridian News Media Ltd. Registered in England No. 4411802.</p>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("wire-key-points.html",
              "news agency wire, diplomacy story: 'Key points' bullets at the top that are article content, dateline, agency credit line, 'Related coverage', licensing notice, footer",
"""
-  <!DOCTYPE html>
-  <html lang="en">
-  <head>
-  <meta charset="utf-8">
-  <title>Talks on Lake Orvan water treaty resume after 14-month pause | Continental Press Agency</title>
-  </head>
-  <body>
-  <div id="top">
n  <a href="#content">Skip to content</a>
n  <a href="/">CPA</a> <a href="/wire/world">World</a> <a href="/wire/markets">Markets</a> <a href="/wire/pictures">Pictures</a> <a href="/wire/video">Video</a> <a href="/clients">For clients</a>
-  </div>
-  <main id="content">
y  <p class="wire-meta">WORLD NEWS &middot; 19 November 2026 &middot; 14:32 CET &middot; Updated 2 hours ago</p>
T  <h1>Talks on Lake Orvan water treaty resume after 14-month pause</h1>
-  <section class="key-points">
H  <h2>Key points</h2>
-  <ul>
B  <li>Delegations from Maravia and Teslin met in Geneva for the first time since September 2025</li>
B  <li>The dispute concerns a dam upstream that Teslin says cuts its share of the lake's inflow by a third</li>
B  <li>Both sides agreed to set up a joint monitoring commission before the spring melt</li>
-  </ul>
-  </section>
B  <p>GENEVA, Nov 19 (CPA) - Negotiators from Maravia and Teslin resumed talks on a treaty governing the waters of Lake Orvan on Thursday, ending a 14-month break that had raised fears of a wider confrontation between the two neighbours.</p>
B  <p>The talks, hosted by the Swiss foreign ministry, lasted about six hours. A joint statement released afterwards said the two delegations had held "frank and constructive" discussions and would meet again in January.</p>
B  <p>At issue is the Kerrin dam, which Maravia completed in 2024 on the main river feeding the lake. Teslin says the dam has cut the inflow reaching its side of the lake by about a third in dry months, harming fisheries and irrigation in its southern provinces.</p>
B  <p>Maravia says the reduction is caused mainly by lower rainfall and that the dam's reservoir is operated within limits set by a 1978 agreement.</p>
B  <p>"We came here to listen, and we did," Teslin's deputy foreign minister, Arnav Kessel, told reporters outside the Palais Wilson. "Nobody should expect a treaty by Christmas."</p>
B  <p>Maravia's chief negotiator, Odile Varga, said a monitoring commission with engineers from both countries would be in place before the spring melt, when disputes over water releases have been most acute.</p>
B  <p>Diplomats briefed on the talks said the two sides had not discussed compensation, which Teslin has demanded for losses to its fishing fleet, and that the question of the dam's operating rules would be left to the next round.</p>
B  <p>The last meeting, in September 2025, broke down after Teslin's parliament passed a resolution calling the dam an "act of hostility". Both countries later recalled their ambassadors for consultations; they returned to their posts in June.</p>
B  <p>The European Union and the United Nations Environment Programme have offered technical help with measuring the lake's inflow.</p>
y  <p class="credit">(Reporting by Clara Moens; additional reporting by Jakub Hr&aacute;dek in Teslin City; editing by Martin Roux)</p>
-  <section class="related">
r  <h3>Related coverage</h3>
r  <a href="/w/1">Teslin fishermen protest over falling catches in Lake Orvan</a>
r  <a href="/w/2">Explainer: the 1978 Orvan agreement and why it matters</a>
r  <a href="/w/3">Maravia opens Kerrin dam despite neighbour's objections</a>
-  </section>
o  <p class="licensing">Our Standards: The CPA Trust Principles. Purchase licensing rights for this article.</p>
-  </main>
-  <footer>
f  <p>All quotes delayed a minimum of 15 minutes. &copy; 2026 Continental Press Agency. All rights reserved.</p>
f  <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("ministry-press-qa.html",
              "government ministry press page, vaccine rollout: GOV-style header, breadcrumbs, 'From:' and 'Published' metadata, summary (body), in-page contents list, headings, eligibility bullet list, Q&A (body), 'Share this page', 'Is this page useful?' survey, footer",
"""
-  <!DOCTYPE html>
-  <html lang="en">
-  <head>
-  <meta charset="utf-8">
-  <title>RSV vaccine offered to all adults over 75 from 1 December - Ministry of Health and Care</title>
-  </head>
-  <body>
n  <a href="#main" class="skip-link">Skip to main content</a>
-  <header class="site-header">
n  <a href="/">Republic of Estmark &ndash; Government portal</a>
n  <a href="/menu">Menu</a> <a href="/search">Search</a>
-  </header>
o  <div class="phase-banner">BETA This is a new service &ndash; your <a href="/feedback">feedback</a> will help us to improve it.</div>
-  <nav class="breadcrumbs">
n  <a href="/">Home</a> &rsaquo; <a href="/health">Health and social care</a> &rsaquo; <a href="/health/public-health">Public health</a> &rsaquo; <a href="/health/public-health/immunisation">Immunisation</a>
-  </nav>
-  <main id="main">
n  <span class="caption">Press release</span>
T  <h1>RSV vaccine offered to all adults over 75 from 1 December</h1>
B  <p class="summary">Around 410,000 people will be invited for a single dose of the respiratory syncytial virus vaccine at GP practices and pharmacies this winter.</p>
y  <dl class="metadata"><dt>From:</dt> <dd><a href="/org/ministry-health">Ministry of Health and Care</a></dd></dl>
y  <dl class="metadata"><dt>Published</dt> <dd>20 November 2026</dd></dl>
-  <nav class="contents">
n  <h2>Contents</h2>
n  <a href="#who">Eligibility</a>
n  <a href="#how">Booking an appointment</a>
n  <a href="#qa">Common questions</a>
-  </nav>
B  <p>All adults aged 75 and over will be offered a vaccine against respiratory syncytial virus (RSV) from 1 December, the Ministry of Health and Care announced today.</p>
B  <p>RSV causes coughs and colds in most people but can lead to pneumonia in older adults. Last winter it was linked to an estimated 2,300 hospital admissions among people over 75 in Estmark.</p>
B  <p>Health Minister Dr Ingrid Salo said:</p>
B  <p>&ldquo;This vaccine has been shown to cut the risk of severe RSV illness in older people by more than 80% in its first season. I urge everyone who is invited to take up the offer.&rdquo;</p>
H  <h2 id="who">Who is eligible</h2>
B  <p>The vaccine will be offered to:</p>
-  <ul>
B  <li>everyone aged 75 to 79 on 1 December 2026</li>
B  <li>people turning 80 before 31 March 2027, as a one-off catch-up</li>
B  <li>residents of care homes for older adults, regardless of age</li>
-  </ul>
H  <h2 id="how">How to book</h2>
B  <p>GP practices will contact eligible patients by letter or text message. People can also book at a participating pharmacy through the national health app or by calling 1177.</p>
B  <p>The vaccine can be given on the same day as the flu vaccine.</p>
H  <h2 id="qa">Questions and answers</h2>
B  <p><strong>Do I need a booster next year?</strong></p>
B  <p>No. Current evidence suggests one dose protects for at least two seasons. The National Immunisation Committee will review this in 2027.</p>
B  <p><strong>Why is the vaccine not offered to people under 75?</strong></p>
B  <p>The committee found the benefit was greatest in the oldest age groups. It will consider extending the programme once more data on cost and effectiveness is available.</p>
B  <p><strong>Is the vaccine free?</strong></p>
B  <p>Yes. There is no charge for eligible people.</p>
H  <h2>Notes to editors</h2>
B  <p>The programme follows advice published by the National Immunisation Committee in June 2026. The vaccine is manufactured under a three-year supply contract awarded in August.</p>
-  <div class="share">
s  <h2>Share this page</h2>
s  <a href="/share?to=facebook">Facebook</a> <a href="/share?to=x">X</a> <a href="/share?to=linkedin">LinkedIn</a> <a href="mailto:?subject=RSV%20vaccine">Email</a>
-  </div>
-  <div class="feedback">
o  <h2>Is this page useful?</h2>
o  <button>Yes</button> <button>No</button>
o  <a href="/report">Report a problem with this page</a>
-  </div>
-  </main>
-  <footer>
f  <a href="/help">Help</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a> <a href="/accessibility">Accessibility statement</a> <a href="/contact">Contact</a>
f  <p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p>
f  <p>&copy; Crown copyright</p>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("tv-live-player-watch-more.html",
              "TV broadcaster, wildfire story: 'LIVE' ticker strip, live-video player text (title, fallback, duration), standfirst, one-line paragraphs, in-article heading, 'Watch more' video rail, app promo, footer",
"""
-  <!DOCTYPE html>
-  <html lang="en-AU">
-  <head>
-  <meta charset="utf-8">
-  <title>Evacuations ordered as Coolamon Range fire jumps containment lines - Channel 8 News</title>
-  </head>
-  <body>
-  <header>
n  <a href="/">8 News</a>
n  <a href="/news">Latest</a> <a href="/news/local">Local</a> <a href="/news/national">National</a> <a href="/weather">Weather</a> <a href="/watch">Watch live</a>
-  </header>
-  <div class="breaking-strip">
t  <span class="label">LIVE</span> <span>Fire danger rating CATASTROPHIC for Riverina districts tomorrow &bull; Hume Highway closed between Tarcutta and Holbrook &bull; Check fire apps for updates</span>
-  </div>
-  <main>
T  <h1>Evacuations ordered as Coolamon Range fire jumps containment lines</h1>
B  <p class="intro">Residents of three towns have been told to leave before dark as a bushfire that has burnt more than 18,000 hectares pushes east under strong north-westerly winds.</p>
-  <div class="video-player" data-live="true">
v  <span class="live-badge">&#9679; LIVE</span>
v  <p class="player-title">Watch: Aerial vision of the Coolamon Range fire front</p>
v  <p class="player-fallback">Your browser does not support HTML5 video. Please update your browser or download the 8 News app to watch live.</p>
v  <span class="duration">02:47</span>
-  </div>
y  <p class="byline">Sophie Tran and Daniel Murray &middot; Posted 21 Nov 2026, 3:15pm &middot; Updated 21 Nov 2026, 5:40pm</p>
B  <p>The Rural Fire Service has issued emergency warnings for Tumbarumba, Laurel Creek and Mannus, telling residents it is too late to stay and defend properties that are not prepared.</p>
B  <p>The fire broke through containment lines near the Coolamon Range fire trail shortly after midday, when wind gusts of up to 70 kilometres an hour were recorded at the nearest weather station.</p>
B  <p>More than 240 firefighters are on the ground.</p>
B  <p>Eleven aircraft, including two large air tankers, have been dropping retardant ahead of the fire front since the morning, but RFS Commissioner Helen Barker said smoke had grounded some of them in the afternoon.</p>
B  <p>"This fire is going to do what it wants for the next few hours," Commissioner Barker said. "Please do not wait for a knock on the door."</p>
B  <p>Evacuation centres have been opened at the Tumut showground and the Wagga Wagga civic centre. Pets are welcome at both.</p>
H  <h2>Cooler change expected overnight</h2>
B  <p>The Bureau of Meteorology said a southerly change would reach the fireground around 10pm, bringing cooler air but also a sharp shift in wind direction that could push the eastern flank of the fire towards Batlow.</p>
B  <p>Senior meteorologist Farid Osman said the change was "a double-edged sword" for firefighters.</p>
B  <p>At least four homes are believed to have been destroyed near Laurel Creek. No injuries have been reported.</p>
B  <p>The fire was started by lightning on Monday.</p>
B  <p>Schools in the Snowy Valleys council area will be closed on Friday, and the state education department said it would decide on Monday whether they can reopen. Residents can check road closures on the Live Traffic website and warnings on the Hazards Near Me app.</p>
-  <section class="watch-more">
v  <h2>Watch more</h2>
v  <a href="/v/1"><span>01:58</span> Mannus residents describe fleeing the fire</a>
v  <a href="/v/2"><span>03:12</span> RFS Commissioner Helen Barker's full press conference</a>
v  <a href="/v/3"><span>00:45</span> Time-lapse: smoke plume seen from Wagga Wagga</a>
-  </section>
-  <div class="app-promo">
o  <p>Get breaking news alerts. Download the 8 News app for iPhone and Android.</p>
-  </div>
-  </main>
-  <footer>
f  <p>&copy; 2026 Eight Network Pty Ltd. 8 News acknowledges the Traditional Custodians of the lands on which we work.</p>
f  <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/contact">Contact 8 News</a> <a href="/tips">Send us your story</a>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("magazine-feature-pullquote.html",
              "magazine long-read, court ruling: issue banner, dek/standfirst, pull quote (decorative repeat, boilerplate other, worded so it is not a substring of the body), footnote markers in body, 'References' list (boilerplate other), 'About the author' box, newsletter box, footer",
"""
-  <!DOCTYPE html>
-  <html lang="en-US">
-  <head>
-  <meta charset="utf-8">
-  <title>The Ruling That Made the App a Boss | Tessellate Magazine</title>
-  </head>
-  <body>
-  <header>
n  <a href="/" class="wordmark">Tessellate</a>
n  <a href="/ideas">Ideas</a> <a href="/culture">Culture</a> <a href="/tech">Technology</a> <a href="/law">Law &amp; Justice</a> <a href="/issues">Print issues</a>
o  <a href="/subscribe" class="cta">Subscribe &mdash; 12 issues for $24</a>
-  </header>
-  <article>
o  <p class="issue">From the December 2026 issue</p>
n  <p class="rubric">Feature / Law</p>
T  <h1>The Ruling That Made the App a Boss</h1>
B  <p class="dek">A state supreme court has decided that delivery riders are employees. What happens next could reshape gig work far beyond its borders.</p>
y  <p class="author">By Noor Halvorsen</p>
y  <p class="meta">November 20, 2026 &middot; 14 min read</p>
B  <p>For six years, Marcus Dell delivered groceries in Lakeport for an app called Swiftcart. He owned his bicycle, chose his hours, and was paid by the drop. On November 3, the Supreme Court of the State of Columbia decided that none of that made him his own boss.</p>
B  <p>In a 5&ndash;2 decision in <em>Dell v. Swiftcart Inc.</em>, the court held that riders who depend on the platform for most of their income, and whose pay and routes are set by its algorithm, are employees under the state's labor code.<sup>1</sup> The ruling entitles them to a minimum wage for time logged in, overtime, and paid sick leave.</p>
B  <p>Writing for the majority, Justice Amara Oyelaran rejected the company's argument that riders were free to log off at any moment. "Freedom to stop working is not freedom to set the terms of one's work," she wrote. "We cannot have one law for the drivers and another for the platform that directs them."</p>
o  <blockquote class="pull-quote">&ldquo;Freedom to stop working is not the same as freedom to set the terms.&rdquo; &mdash; Justice Amara Oyelaran</blockquote>
H  <h2>A test built for factories</h2>
B  <p>The case turned on a three-part test first set out in 1989, when the court was asked whether seasonal fruit pickers hired through a labor contractor were employees of the farm.<sup>2</sup> Under the test, a worker is presumed to be an employee unless the company shows that the work is outside its usual business, that the worker is free from its control, and that the worker runs an independent trade.</p>
B  <p>Swiftcart argued that it is a technology company, not a delivery company. The majority called that claim "a description of the tools, not the trade."</p>
B  <p>In dissent, Justice Peter Lomax warned that the decision would force platforms to cap the number of riders and schedule shifts, ending the flexibility that many riders value. A survey commissioned by the company found that 61 percent of its riders worked fewer than 15 hours a week.<sup>3</sup></p>
H  <h2>What changes, and when</h2>
B  <p>The ruling takes effect in 90 days. Swiftcart has said it will ask the state legislature for a new category of "platform worker" with some benefits but no minimum wage, a model adopted by two other states last year.</p>
B  <p>Labor lawyers expect a wave of claims for back pay. Dell's own claim, for about $38,000, now returns to the trial court.</p>
B  <p>Asked what he would do with the money, he laughed. "Buy a better bike," he said. "And maybe take a Sunday off."</p>
-  </article>
-  <section class="references">
o  <h2>References</h2>
o  <p>1. Dell v. Swiftcart Inc., Supreme Court of the State of Columbia, No. S-27714 (Nov. 3, 2026).</p>
o  <p>2. Ortega Farms v. Department of Labor Relations, 48 Col. 3d 311 (1989).</p>
o  <p>3. Swiftcart Inc., &ldquo;Rider Flexibility Survey,&rdquo; commissioned from Polaris Research, June 2026.</p>
-  </section>
-  <aside class="about-author">
y  <h2>About the author</h2>
y  <img src="/img/authors/halvorsen.jpg" alt="Noor Halvorsen">
y  <p>Noor Halvorsen is a contributing writer at Tessellate who covers labor and the courts. Her book on warehouse work, <em>Night Shift</em>, was published in 2024.</p>
-  </aside>
-  <aside class="newsletter">
o  <h2>The Weekly Long Read</h2>
o  <p>Our best features, every Sunday. No spam, unsubscribe anytime.</p>
o  <input type="email" placeholder="Your email"> <button>Sign up</button>
-  </aside>
-  <footer>
f  <p>&copy; 2026 Tessellate Media LLC. All rights reserved.</p>
f  <a href="/about">About</a> <a href="/masthead">Masthead</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/ca-notice">Do Not Sell My Personal Information</a>
-  </footer>
-  </body>
-  </html>
"""))

PAGES.append(("blog-toc-author-box.txt",
              "economics blog dump, central-bank decision: blog name and menu, post date line, 'Table of contents' list, in-article headings, bullet list and one-line paragraphs (body), Q&A section (body), author box, share row, tags, 'Leave a Reply' form, sidebar, footer",
"""
n  The Ledger Line
n  Home | Monetary Policy | Markets | Housing | About | Newsletter
-
T  Why the Reserve Bank of Northland Held Rates at 4.25% (and What It Signals for 2027)
y  Posted on November 19, 2026 by Dana Whitcombe · 7 min read
y  Filed under: Monetary Policy
-
n  Table of contents
n  1. The decision in brief
n  2. What the statement said
n  3. Why not cut?
n  4. Your questions answered
-
B  The Reserve Bank of Northland left its policy rate unchanged at 4.25% on Wednesday, the third hold in a row, and pushed back against market bets that it would start cutting before the middle of next year.
-
H  The decision in brief
B  The vote on the monetary policy committee was 6–3. Three members wanted a quarter-point cut, the most dissenters in favour of easing since the committee was created in 2009.
B  That split matters more than the headline.
-
H  What the statement said
B  The committee's statement made three points that caught my eye:
B  • Core inflation fell to 3.1% in the third quarter but services inflation is "still running well above a rate consistent with the target".
B  • Wage growth has slowed to 4.0%, and the bank now expects unemployment to peak at 4.8% next summer.
B  • The bank's staff no longer see a "material risk" that the housing market will pick up quickly once rates fall.
B  Governor Elise Marchetti told the press conference that the committee would need "several more months of evidence" before it could be confident inflation was heading back to 2%.
-
H  Why not cut?
B  The honest answer is that the bank has been burned before. In 2023 it signalled cuts and then had to walk them back when a weaker currency pushed import prices up. Marchetti was deputy governor then, and she referred to that episode twice on Wednesday.
B  The three dissenters, according to the minutes, argued that policy was "restrictive by a wide margin" and that waiting risked a sharper rise in unemployment than the bank's forecast shows.
B  Markets moved quickly. Two-year government bond yields rose 11 basis points and the northland dollar gained 0.6% against the euro.
-
H  Your questions answered
B  Will my mortgage rate change?
B  Not because of this decision. Fixed rates are priced off swap rates, which rose slightly, so some lenders may nudge new fixed deals up.
B  When is the next meeting?
B  February 4, 2027, with a new set of forecasts.
B  Could rates go up again?
B  The committee did not rule it out, but none of its nine members voted for a rise.
-
y  About Dana Whitcombe
y  Dana spent twelve years as an economist at a commercial bank before starting The Ledger Line. She writes about interest rates, housing and household finance. Follow her on Mastodon.
-
s  Share this: Facebook · LinkedIn · Email · Print
g  Tags: central bank, inflation, interest rates, Reserve Bank of Northland
-
r  Previous post: Housing starts fall for a fifth month
r  Next post: Five charts on the jobs market
-
m  Leave a Reply
m  Your email address will not be published. Required fields are marked *
m  Comment *
m  Name *   Email *   Website
m  Save my name, email, and website in this browser for the next time I comment.
m  Post Comment
-
r  Recent Posts
r  Housing starts fall for a fifth month
r  Five charts on the jobs market
r  What a bond auction flop tells us
-
f  © 2026 The Ledger Line · Powered by WordPress · Theme: Plainsheet
"""))

PAGES.append(("regional-paper-strike-comments.txt",
              "regional newspaper text dump, strike story: weather widget line, date line, menu, 'Advertisement' markers mid-article, standfirst, one-line paragraphs, correction note (body), caption, 'Most read', reader comments with names, times, votes and Reply/Report, footer",
"""
o  Lowmoor  7°C  Light rain  ·  Sat 21 November 2026
n  Sign in  |  Register  |  Subscribe
n  News  Sport  Business  What's On  Property  Jobs  Announcements
n  News › Local News
-
T  Bus drivers walk out across Lowmoor in first strike for 30 years
B  Hundreds of services cancelled as drivers reject 3.5% pay offer from Moorland Transit
y  By Gareth Pryce  Local Democracy Reporter
y  06:00, 21 NOV 2026  Updated 09:12, 21 NOV 2026
-
c  Drivers on the picket line outside the Dale Road depot on Friday morning (Image: Lowmoor Courier)
-
B  Bus drivers across Lowmoor and the surrounding villages went on strike yesterday in the first walkout at the town's main operator since 1996.
B  Moorland Transit said only 14 of its 112 daily routes ran, most of them school services covered by managers.
B  Members of the Transport and General Union voted by 89% to strike after rejecting a 3.5% pay offer. The union says drivers' pay has fallen behind neighbouring operators by around £2 an hour.
-
o  Advertisement
-
B  "Nobody on this picket line wanted to be here," said union rep Shirin Kaur, who has driven the number 7 route for eleven years. "We've been asking for talks since July."
B  Moorland Transit's managing director, Colin Reade, said the offer was "the most the company can afford" after a fall in passenger numbers and a cut in the council's concessionary fares payments.
B  The strike is due to last three days.
B  Further walkouts have been called for 4 to 6 December and 18 to 20 December, which would hit Christmas shopping in the town centre.
-
o  Advertisement
o  Shop the Lowmoor Christmas Market – late opening every Thursday
-
B  Council leader Anne Whitlow said the authority had no power to intervene in the dispute but had asked both sides to meet at the conciliation service Acas next week.
B  Students at Lowmoor College were told they could join lessons online. The hospital trust said staff should allow extra time or use the park-and-ride shuttle, which is run by a different company.
B  Correction: an earlier version of this article said the last strike at the company was in 1998. It was in 1996.
-
r  Most read
r  1. Police name man killed in A629 crash
r  2. Plans for 400 homes on old mill site approved
r  3. Bus drivers walk out across Lowmoor in first strike for 30 years
-
m  Comments (4)
m  Sort by: Newest | Oldest | Most liked
m  PennineBob
m  2 hours ago
m  Good on them. £12 an hour to drive a double-decker through Lowmoor traffic is a joke.
m  Reply · 14 likes · Report
m  sally_from_the_dale
m  1 hour ago
m  My mum can't get to her hospital appointment on Tuesday now. Sort it out, both of you.
m  Reply · 9 likes · Report
m  Mike T
m  52 minutes ago
m  Reply to sally_from_the_dale: the shuttle from Burnside runs to the hospital, worth checking.
m  Reply · 3 likes · Report
m  Load more comments
-
f  © 2026 Lowmoor Courier Ltd, part of Northdale Media. Privacy | Cookies | Terms | Contact us | Complaints
"""))

PAGES.append(("aggregator-sponsored-also-like.txt",
              "news aggregator copy, shipping accident: app header, 'Source:' line with outlet and time, 'Follow' button, in-article heading, one-line paragraphs, 'Sponsored' tiles mid-page, 'Continue reading on' link, reaction bar, 'You might also like' list, footer",
"""
n  NewsPile
n  For you   Following   Top stories   Local   World
-
n  Top stories › World
T  Container ship runs aground in Kessel Strait, blocking traffic for second day
y  Source: Baltic Maritime Herald · 4h
o  Follow Baltic Maritime Herald
-
B  A 300-metre container ship that ran aground in the Kessel Strait on Thursday was still stuck on Saturday morning, forcing more than 60 vessels to wait at anchor on either side of the narrow channel.
B  The Marisol Express, sailing under a Liberian flag with 21 crew, lost power shortly after 2am while heading north with about 14,000 containers on board, according to the strait's traffic authority.
B  Nobody was hurt.
B  Divers inspected the hull on Friday and found no breach, the authority said, and there was no sign of fuel leaking into the water.
B  Pilots who guide ships through the strait said the channel at the grounding site is less than 400 metres wide at low water, leaving little room to steer once an engine fails. A second ship lost power in the same stretch in 2021 but was towed clear within hours.
-
o  Sponsored
o  This new travel card is turning heads: no fees abroad, ever
o  Sponsored · FinFlex
o  Doctors stunned: 1 simple trick to sleep through the night
o  Sponsored · HealthyHabitsDaily
-
H  Tugs wait for high tide
B  Salvage company Nordhav Towage has brought in six tugs and plans another attempt to refloat the ship at high tide on Saturday evening. If that fails, some containers will have to be lifted off by floating crane, which could take a week.
B  "The bow is sitting on a sandbank, not rock, which is the good news," said Nordhav's operations director, Ingrid Solheim.
B  About 8% of the region's container traffic passes through the strait. Freight analysts said delays of several days would push up spot rates on routes between northern Europe and the Baltic ports.
B  The ship's operator, Sunline Container Services, said it was cooperating with investigators and that the cause of the power loss was not yet known.
-
o  Continue reading on Baltic Maritime Herald
s  👍 128   😮 43   😢 9   💬 Comment   ↗ Share
-
r  You might also like
r  Ports brace for longer waits as winter storms hit North Sea
r  Shipping giant orders 12 ammonia-powered vessels
r  Ferry operator cancels crossings after engine fire
r  Watch: Drone footage shows the Marisol Express aground
-
f  NewsPile · About · Publishers · Privacy · Terms · Help
"""))

PAGES.append(("forum-repost-border.txt",
              "discussion-forum thread reposting a border-incident article: forum menu and breadcrumbs, thread title, poster panels (username, rank, join date, post count), quoted article with its headline, heading and quoted Q&A (body), link to source, Reply/Quote/Like buttons, signatures, replies, pagination, footer",
"""
n  WorldAffairsBoard
n  Forums  What's new  Members  Search  Log in  Register
n  Forums › Current Events › Europe & Central Asia
-
m  Shots fired at Drava crossing, two guards injured [news]
m  Thread starter borderwatcher · Start date Nov 20, 2026
n  Page 1 of 2   Next ›
-
m  borderwatcher
m  Senior Member
m  Joined: Mar 2019   Messages: 4,212
m  Nov 20, 2026  #1
m  Saw this on the morning wire, posting in full since the site is paywalled:
-
T  Two border guards injured in shooting at Drava crossing
B  Two border guards were injured on Thursday night when shots were fired across the frontier at the Drava river crossing between Veldania and Oskaria, the Veldanian interior ministry said.
B  The guards, aged 24 and 31, were taken to hospital in Sarn with gunshot wounds that were not life-threatening.
B  Veldania said the shots came from a wooded area on the Oskarian side shortly after 11pm. Oskaria's defence ministry denied that its forces were involved and said it had opened its own investigation.
B  The crossing was closed to all traffic on Friday morning. Around 300 lorries were queued on the Veldanian side by noon.
H  Calls for calm
B  Veldanian Prime Minister Luka Brenner called the shooting "a grave provocation" but said his government would "not be drawn into escalation". He spoke by telephone with the Oskarian president, Amira Sadek, on Friday afternoon.
B  The European Union's border mission, which has monitored the crossing since 2022, said its observers had heard "several bursts of automatic fire" and would share its findings with both governments.
B  What is the border mission?
B  A team of about 40 unarmed civilian observers from EU member states. It has no power to enforce anything and reports to both capitals and to Brussels.
B  Has this happened before?
B  There were two shooting incidents at the crossing in 2023, neither of which caused injuries.
B  Hauliers' associations in both countries urged the governments to reopen the crossing for freight as soon as possible, saying perishable goods were already being lost. Veldania's transport ministry advised drivers to use the Ostrel crossing, 80 km to the north, where waiting times on Friday were about five hours.
m  Source: [link]
-
m  Reply   Quote   Like   Report
m  "Those who cannot remember the past..." — my posts are my own opinions
-
m  Kestrel_77
m  Member
m  Joined: Jan 2023   Messages: 318
m  Nov 20, 2026  #2
m  borderwatcher said:
m  Saw this on the morning wire, posting in full since the site is paywalled:
m  Click to expand...
m  The lorry queue is going to be 10 km by tomorrow. Happened in 2023 too and it took a week to clear.
m  Reply   Quote   Like   Report
-
m  OldSarge
m  Moderator
m  Joined: Jun 2011   Messages: 22,904
m  Nov 20, 2026  #3
m  Reminder: keep it civil and no speculation about who fired until the EU mission reports. Posts naming individuals will be removed.
m  Reply   Quote   Like   Report
m  Mod team · Forum rules · Report a post instead of replying to it
-
n  Page 1 of 2   Next ›
m  You must log in or register to reply here.
m  Share:  Facebook  X  Reddit  Link
f  Contact us  Terms and rules  Privacy policy  Help  Home  RSS
f  Community platform by ForumForge © 2026
"""))

PAGES.append(("seo-recount-glued.txt",
              "SEO content-farm page, election recount: keyword lines (image alt text), 'Table of Contents', headings run into the previous sentence without a space (glued), a proper heading, FAQ (body), 'READ MORE' spam line, glued spam-link list at the end",
"""
n  Home » Politics » Elections
T  Harlow County Recount Results 2026: Full Timeline, Margin And What Happens Next
y  Updated: November 21, 2026 by Admin | 5 Min Read
c  harlow county recount 2026 results margin timeline election recount news
-
n  Table of Contents
n  1. Recount Timeline
n  2. What Happens Next
n  3. FAQs
-
B  The hand recount of votes in the Harlow County commissioner race ended on Friday with the original winner still ahead, but by a smaller margin than on election night.
B  Republican candidate Dale Furness kept the District 3 seat by 61 votes out of more than 28,000 cast, down from 74 in the first count. His Democratic opponent, Renata Soto, requested the recount on November 9, as state law allows when the margin is under half a percentage point.
Gh Election officials said the change came mostly from ballots with stray marks that the scanners had not read.¦Recount Timeline
B  Teams of two, one from each party, counted every paper ballot by hand over six days in the county's warehouse in Millbrook. Observers from both campaigns were allowed to challenge any ballot.
B  • November 9: Soto files the recount request and pays a $4,500 deposit.
B  • November 14: Counting begins at 8am with 22 teams.
B  • November 20: The last precinct, Eastgate 4, is counted.
Gh • November 21: The canvassing board certifies the result.¦What Happens Next
c  harlow county recount what happens next soto furness
B  Soto conceded on Friday afternoon. "The count was fair and the people who ran it deserve our thanks," she wrote on social media.
B  Because the result did not change, Soto will not get her deposit back, County Clerk Maureen Albers said. The full cost of the recount, about $38,000, will be paid by the county.
o  READ MORE: Top 10 Best Voting Machines 2026 Ranked
B  Furness will be sworn in on January 6.
-
H  FAQs
B  Who paid for the Harlow County recount?
B  The candidate who asked for it paid a deposit, and the county paid the rest.
B  Can the result still be challenged?
Gp Only in court, and neither campaign has said it will file a lawsuit.¦Related Searches: harlow county election results | recount near me | best election news site | cheap campaign signs | voting machine for sale | dale furness net worth
-
f  Disclaimer: This post is for informational purposes only. Copyright © 2026 NewsTrendz24. All Rights Reserved.
"""))

if __name__ == "__main__":
    for name, description, spec in PAGES:
        build(name, description, spec)
