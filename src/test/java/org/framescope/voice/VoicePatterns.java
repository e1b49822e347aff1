package org.framescope.voice;

import org.framescope.model.Voice;
import org.framescope.model.SpeakerType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.framescope.model.Attribution;
import org.framescope.model.AttributionSpans;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.Span;
import org.framescope.model.Speaker;

/**
 * The attribution patterns the voice stage must handle, each a tiny article with its expectations. Shared by
 * the fast test (parses stored in src/test/resources/voice/patterns.json) and the integration test (live CoreNLP).
 * The texts are our own. Regenerate the stored parses after changing a text (needs the CoreNLP models):
 * {@code mvn -o -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.framescope.voice.VoicePatterns} (cp.txt from {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
final class VoicePatterns {
  static final Path FIXTURE = Path.of("src", "test", "resources", "voice", "patterns.json");

  static final Map<String, String> TEXTS = new LinkedHashMap<>();

  static {
    TEXTS.put("said-x", "\"We will not accept this,\" said Foreign Ministry spokeswoman Maria Zakharova.");
    TEXTS.put("x-said-that", "Senate Majority Leader Chuck Schumer said that the bill was dead.");
    TEXTS.put("according-to", "According to U.S. officials, the strike killed 12 people.");
    TEXTS.put("accused", "Russian Defence Minister Sergei Shoigu accused Ukraine of shelling the plant.");
    TEXTS.put("two-sentence-quote", "Senator Elizabeth Warren spoke on Tuesday.\n\n"
        + "“The first sentence of a quote. And the second one,” the senator said.");
    TEXTS.put("pronoun", "Maria Zakharova, the Foreign Ministry spokeswoman, spoke on Monday. "
        + "“This is a disaster,” she added.");
    TEXTS.put("title", "Foreign Ministry spokeswoman Maria Zakharova spoke on Monday.\n\n"
        + "The spokeswoman said the talks had failed.");
    TEXTS.put("scare-quote", "The so-called \"peace plan\" was rejected by the White House.");
    TEXTS.put("organisation", "The Kremlin said the talks had failed.");
    TEXTS.put("unbalanced", "The minister told reporters: “This will never end.\n\n"
        + "Prices rose again on Friday in the capital.");
    TEXTS.put("quote-paragraph", "“We will respond,” Kremlin spokesman Dmitry Peskov said on Monday.\n\n"
        + "“There is no other way.”");
    TEXTS.put("parataxis", "The talks failed, the Kremlin said.");
    TEXTS.put("state-department", "The U.S. State Department said the sanctions would stay.");
    TEXTS.put("author", "Prices rose sharply in the capital on Friday.");
    TEXTS.put("context-country", "Iran rejected the offer on Monday. Tehran said the talks were over.\n\n"
        + "“We will not negotiate under pressure,” Foreign Ministry spokesman Ali Rezaei said.");
    TEXTS.put("same-sentence-country", "In Tehran, Foreign Ministry spokesman Ali Rezaei said the talks were over.");
    TEXTS.put("other-side-country", "The State Department alleged that the vessels formed a shadow fleet.\n\n"
        + "Foreign Ministry spokeswoman Irina Volkova said the measures were illegitimate.");
    TEXTS.put("no-topic-country", "The United States accused Russia of violating the treaty on Monday.\n\n"
        + "“We reject these claims,” Foreign Ministry spokesman Ivan Petrov said.");
    TEXTS.put("description-country", "Ukrainian Foreign Minister Dmytro Kuleba met Russian Foreign Minister Sergei "
        + "Lavrov in Antalya on Thursday.\n\nThe Ukrainian minister said the talks had failed.");
    TEXTS.put("description-director", "FBI Director James Comey testified before the committee on Tuesday.\n\n"
        + "The director said the inquiry would continue.");
    TEXTS.put("repeated-claims", "Russian Foreign Ministry spokeswoman Maria Zakharova spoke on Monday. "
        + "Zakharova repeated claims that Kyiv was preparing a provocation.");
    TEXTS.put("went-on-to-argue", "Foreign Minister Sergei Lavrov spoke in Moscow. Lavrov went on to argue how "
        + "Western sanctions had failed.");
    TEXTS.put("warned", "The Pentagon warned that the strikes would continue.");
    TEXTS.put("of-name", "The UK Ministry of Defence said the drones were launched from Iran.");
    TEXTS.put("joined-nouns", "Western intelligence agencies and governments accused Iran of supplying drones.");
    TEXTS.put("credit-line", "Readers answered within the hour.\n“He represents our greatest shame. We deserve "
        + "better.” ― Sonya Herridge\n“I am not afraid of him.”― Carlos Ruiz.\n“Selma” — Ava DuVernay\n"
        + "“I told him “no way” and he left the room at once.” ― Jane Doe");
    TEXTS.put("transcript-unquoted", "JAKE TAPPER: Why did you vote for the bill?\n\n"
        + "HOLT: Because the study found no risk, and the jobs are needed now.\n\nCLINTON: 1,769.\n\nSANDERS: 1,501.");
    TEXTS.put("transcript-inner", "HOST: Senator, your own party says the river project is a waste of money.\n\n"
        + "MILLER: Because the river study found that the water supply will fail within a decade.\n\n"
        + "HOST: The governor said last week that the state cannot pay for it.");
    TEXTS.put("transcript-pronoun", "Senator Jane Miller spoke on Sunday.\n\n"
        + "HOST: Chris Hale, the mayor, said on Friday that the city will not pay.\n\n"
        + "MILLER: He is wrong. He told me in March that he supports the project.");
    TEXTS.put("apposition-no-comma", "His colleague Mark Dunn told reporters that the project is dead.");
    TEXTS.put("affiliation-apposition", "The spokeswoman for the Russian Defence Ministry, Maria Zakharova, later "
        + "insisted the notification never arrived.");
    TEXTS.put("affiliation", "A spokesman for the Kremlin said the talks would continue.");
    TEXTS.put("role-noun", "A spokesman for the company said the plant would reopen next month.");
    TEXTS.put("affiliated-description", "A lawyer for the family, Tom Brown, said the police had lied.\n\n"
        + "The director of the agency insisted the report was accurate.");
    TEXTS.put("unnamed-then-pronoun", "According to State Department spokesman Matthew Miller, the ships stayed in "
        + "international waters.\n\nA senior NATO official told reporters the drills were routine. He said the "
        + "alliance had notified Moscow.");
    TEXTS.put("nominal-claim", "Claims by Kremlin officials that the drills were a rehearsal for an attack are false, "
        + "a senior NATO official told reporters.");
    TEXTS.put("document-owner", "In a statement, the Foreign Ministry said the sanctions were illegal.\n\n"
        + "The report, released by Human Rights Watch on Monday, found that the strikes had killed dozens of "
        + "civilians.");
    TEXTS.put("officials-in", "Officials in Kyiv, who spoke on condition of anonymity, said the attack had been "
        + "repelled.");
    TEXTS.put("source-relative-clause", "Biden, who spoke by phone with Xi on Tuesday, warned him against supplying "
        + "weapons.");
    TEXTS.put("claim-tail", "Ukraine says Russia shelled the plant, a charge Moscow denies.\n\n"
        + "Kyiv has accused Moscow of war crimes, allegations the Kremlin rejects.\n\n"
        + "Police held him on a weapons charge, a charge that was later dropped.");
    TEXTS.put("resident-then-mayor", "\"It is a disaster,\" said one resident, Maria Lopez. \"Nobody came to help "
        + "us.\"\n\nAsked if he would resign, the mayor replied: \"Absolutely not.\"");
    TEXTS.put("people-familiar", "People familiar with the matter said the deal could be announced on Friday.\n\n"
        + "About 120 people from 32 countries observed the vote at the government's invitation.");
    TEXTS.put("chanted", "\"We are not afraid,\" the protesters chanted.");
    TEXTS.put("the-ministry", "Russia's Foreign Ministry spokeswoman Maria Zakharova dismissed the report as "
        + "\"fake news.\" The ministry later said it would not comment further.");
    TEXTS.put("concessive-aside", "Western officials believe the missile was launched from Crimea, though they have "
        + "not released evidence.\n\nOfficials said the bridge would hold, although it would be costly.");
    TEXTS.put("its-role", "The Revolutionary Guards navy said the destroyer had ignored warnings. Its commander, "
        + "Rear Admiral Karim Jafari, said the waters were Iranian.\n\n"
        + "The company, which supplies the Pentagon, said profits fell. Its chief executive, Laura Bishop, said the "
        + "outlook was weak.\n\n"
        + "Iran rejected the report, and its foreign minister, Reza Moradi, said it was fabricated.");
    TEXTS.put("secretary-of-state", "Secretary of State Margaret Hale said the talks would continue.\n\n"
        + "Secretary of State for Defence Ben Wallace said the deployment was temporary.");
    TEXTS.put("participle-of-speaker", "Kremlin spokesman Dmitry Peskov told Sky News that Iran regime change is "
        + "\"unacceptable\" and \"will open Pandora's Box,\" warning that Russia would react very strongly to such "
        + "an event.\n\nThe minister said the plant was safe.");
    TEXTS.put("agent-noun", "\"Damage to a ship alongside a terminal is harder to price,\" said a London underwriter "
        + "who asked not to be named.\n\nThe White House's acknowledgment underscores the importance of vigilance.");
    TEXTS.put("people-noun", "Grain exports resumed in May. Shipping brokers said insurance premiums could rise "
        + "after the attack.\n\nThe frigate USS Carver ignored repeated radio warnings.");
    TEXTS.put("claim-compound", "Israel says the hospital was used by militants, an accusation Hamas denies.");
    TEXTS.put("as-stated", "Relations between Russia and Iran have reached a new level, as stated by Defence Minister "
        + "Sergei Shoigu during his visit to Tehran.\n\nThe talks failed, as reported by Reuters, and the envoys left.");
    TEXTS.put("dislocated-subject", "With his deputy, Defence Minister Oleg Marin, standing beside him, President "
        + "Ivan Petrov has told the troops that victory is near.\n\nJohn Smith, a spokesman said the talks failed.");
    TEXTS.put("speech-place", "Defense Ministry spokesman Oleg Sedov told reporters in Moscow that no civilian "
        + "target had been hit.\n\nForeign Ministry spokesman Ali Rezaei said that the talks in Moscow had failed.");
    TEXTS.put("man-said", "Two residents gave differing accounts. A man said he had voted willingly and had not "
        + "been pressured.");
    TEXTS.put("pronoun-after-quotation", "Navy commander Rear Admiral Mahmoud Farzadi said the ship had left.\n\n"
        + "Economist Gennady Orlov told the newspaper that consumers would pay the price. “Households are paying. "
        + "Shale producers are the only winners,” he explained.");
    TEXTS.put("pronoun-not-reported-subject", "Michael Bloomberg spoke on Wednesday. The line was added to a speech "
        + "in which Bloomberg criticized Democrats, but argued that Donald Trump was a dangerous demagogue. "
        + "“I’m a New Yorker,” he said.");
    TEXTS.put("pronoun-after-long-quotation", "Donald Trump will meet the president on Wednesday.\n\n"
        + "“Trump is using Mexico,” former President Vicente Fox said. “I think this is a risk. It will hurt him. "
        + "He comes here with a smile on his face. I think this is a big mistake.”\n\n"
        + "“It’s a desperate move and I hope people see what is behind Trump,” he added.");
    TEXTS.put("pronoun-co-argument", "Donald Trump spoke on NBC on Wednesday.\n\n"
        + "Of Barack Obama, he said, “I want him to do well.”");
    TEXTS.put("quotation-of-inner-speaker", "Campaign spokesman Ben Labolt issued a statement shortly after Rick "
        + "Santorum told voters that the agenda is “not about you. It's about some phony ideal. A different theology.”");
    TEXTS.put("inverted-speaker", "Senator Bernie Sanders spoke in Wisconsin on Tuesday.\n\n"
        + "\"We're going to start chipping away at the secretary's delegate lead,\" added his campaign manager Jeff "
        + "Weaver, speaking to CNN after the senator spoke.");
    TEXTS.put("recording", "Rear Admiral Mahmoud Farzadi said the boats had acted lawfully.\n\n"
        + "Video released by CENTCOM showed small boats passing close to the destroyer's bow, but did not show the "
        + "ship's position.\n\nA new video from the Trump campaign says that Clinton cannot be trusted.");
    TEXTS.put("passive-agent", "Corey Lewandowski left the campaign in June.\n\nHis troubles began when he was "
        + "accused by a female reporter, who worked for Mr. Bannon, of grabbing her roughly.");
    TEXTS.put("transcript", "Partial transcript as follows:\n\n\"WALLACE: Will she be at the debate?\n\n"
        + "\"PENCE: She will not be attending the debate tomorrow night.\n\n\"WALLACE: Thank you, Governor.\"");
    TEXTS.put("circumstance", "\"We followed every rule,\" Cheryl Mills said in an interview on Monday.\n\n"
        + "Mills said at a briefing that the server was secure.");
    TEXTS.put("document-compound", "Cheryl Mills said the server was secure, according to the FBI summary.");
    TEXTS.put("unsaid", "The Trump Organization did not respond to questions about how much leave it offers.\n\n"
        + "The Democratic National Committee responded by abruptly blocking the campaign's access to its data, "
        + "establishing new rules for the primaries.\n\n"
        + "The Democratic National Committee responded by saying that the campaign had broken the rules.");
    TEXTS.put("negation-after", "Asked on Monday whether he would run for governor again, Senator John Smith "
        + "replied: absolutely not.");
    TEXTS.put("polling-average", "Trump is lagging behind Clinton by more than nine points in New Hampshire, "
        + "according to the RealClearPolitics polling average.");
    TEXTS.put("barked", "Donald Trump ordered the anchor to sit down.\n\n\"Go back to Univision,\" Trump barked.");
    TEXTS.put("main-clause-subject", "Dale Brennan has worked with the likes of Kim Ortiz and Casey Lund - both "
        + "of whom Taylor Marsh has had feuds with in the past.\n\nHe has consistently denied being unfair to her.");
    TEXTS.put("apposed-body", "The label that released the album, Big Harbor, says the tour will go ahead.");
    TEXTS.put("body-noun", "Northwind Records said on Tuesday that the tour would go ahead.\n\n"
        + "The company also said that tickets would be refunded.\n\n"
        + "The State Department said the visas were valid. The company said nothing more.");
    TEXTS.put("addressed", "Senator John Smith lashed out at Donald Trump on Monday over the new tariffs.");
    TEXTS.put("british-plural", "Northwind Music have twice denied doing anything wrong.\n\n"
        + "\"We never blocked the show,\" they said in a statement on Friday.");
    TEXTS.put("wordless-content", "The first two illnesses were confirmed on November 12. But according to NPR's "
        + "Emily Feng, Li Jifeng, a doctor at the hospital where the patients were treated, wrote in a blog post that "
        + "the couple had been transferred.\n\nBergeron chimed in, noting that the offer was \u201ca lovely gesture.\u201d");
    TEXTS.put("added-goal", "Anthony Beauvillier added his seventh goal for the Islanders.\n\n"
        + "\"We played well tonight,\" he added.");
    TEXTS.put("reduced-passive", "This is also the year that Apple cancelled its failed charging mat project first "
        + "announced in 2017.\n\nFrom 2010 to 2015 there were 3248 cases reported worldwide, including 584 deaths.");
    TEXTS.put("held-quotation", "Neighborhood surveillance video shows the victim's mother knocked to the ground "
        + "as the car drives away.\n\nThe victim's mother testified, describing her son as \"brave, strong, and "
        + "smart\" before describing for the jury the details of the \"physical fight\" for her son's life.\n\n"
        + "\"We believe that justice has been served in this case. And we are thankful for the decision of the court. "
        + "My hope is that this family will find solace,\" said U.S. Attorney Janet Cole.");
    TEXTS.put("body-document", "A New York man pleaded guilty to charges that he had threatened to kill Rep. Maria "
        + "Omar (D-Minn.), federal prosecutors in Buffalo announced on Monday.\n\nPatrick Smith Jr., 55, faces up to "
        + "10 years in prison after pleading guilty to threatening a federal official. His sentencing is scheduled "
        + "for Feb. 14, according to the office release.");
    TEXTS.put("agency-at-end", "Plague cases are rare in the region.\n\nIn the wake of that outbreak, Mongolia "
        + "\u201cvastly improved its detection and management of infectious diseases,\u201d writes the Associated "
        + "Press.");
    TEXTS.put("name-suffix", "Patrick Carlineo Jr., 55, could face up to 10 years in prison.\n\nS.A. Zoghlin, "
        + "Carlineo's attorney, said her client did not intend to cause harm.\n\n\u201cPat Carlineo is passionate "
        + "about his political beliefs,\u201d Zoghlin said in an email.\n\nCarlineo was arrested in April for a phone "
        + "call he made to the office, in which he said he would hurt the congresswoman.");
    TEXTS.put("another-study", "After an episode, they may feel a strong sense of guilt.\n\nStudies show that "
        + "restrictive diets may trigger episodes of binge eating.\n\nOne small, 2-month study showed that eating one "
        + "large meal per day raised blood sugar.\n\nAnother study in 38 people found that a regular eating pattern "
        + "was associated with fewer binges.");
    TEXTS.put("company-named", "Amazon is now letting you listen to music free on smartphones and TV, and Spotify "
        + "investors are already nervous.\n\nThe company published a blog post that said customers without a Prime "
        + "membership could now access music for free.");
    TEXTS.put("set-off-name", "The key to Stadia's success, says Buser, is Google's built-in infrastructure.\n\n"
        + "This system, says Richard Locksley, an immunologist at the University of California, San Francisco, helps "
        + "direct a systematic response to potential dangers.");
    TEXTS.put("for-name", "The ailing couple was quarantined, and the Chinese Center for Disease Control and "
        + "Prevention said it had traced the people exposed to the patients.");
    TEXTS.put("described-article", "John M. Ford wrote novels.\n\nIf he is holding a poorly described article that "
        + "is clearly of great emotional significance to himself, and then he leaves the room, it is a New Yorker "
        + "story.");
    TEXTS.put("group-they", "Despite these initial findings, the team is far from finished dissecting their model.\n\n"
        + "They also said that all of the simulation's data would be released publicly for astronomers.");
    TEXTS.put("participle-sayer", "Hungarian Prime Minister Viktor Orban noted that no refugee wants to go to "
        + "Portugal, for example, adding that most asylum seekers simply want to live in Germany.\n\n"
        + "President Donald Trump criticized how the FBI handled the Russia probe, accusing it of misleading the "
        + "court.");
    TEXTS.put("agency-dateline", "Feb 9 (Reuters) - Puerto Rico said on Friday it will receive $16 billion in "
        + "federal aid.");
    TEXTS.put("report-critic", "A British newspaper alleges that the adviser secretly met the publisher in London."
        + " Lawyers for the adviser denounced the report as false.\n\nThe report said the meeting lasted 40 minutes.");
    TEXTS.put("set-off-before", "Bishop Athanasius Schneider spoke in Rome.\n\nSome of these norms, Schneider told "
        + "LifeSiteNews, give \u201cimplicit approval\u201d of divorce.");
    TEXTS.put("capitals-dateline", "VATICAN CITY \u2014 Pope Francis on Monday asked forgiveness for child abuse "
        + "crimes and cover-ups within the Catholic Church, admitting that the pain of victims was long ignored.");
    TEXTS.put("sayer-he", "Pope Francis will travel to Dublin on Saturday.\n\n"
        + "In the run-up to Francis\u2019 visit to Ireland, the head of the Irish Catholic "
        + "Church, Archbishop Eamon Martin, ensured he told reporters that victims wanted an apology.");
    TEXTS.put("appointment", "Will Brett Kavanaugh be confirmed to the Supreme Court?\n\n"
        + "The ministry confirmed that two soldiers were wounded.");
    TEXTS.put("newspaper-post", "Mohamad Khweis joined the group in 2015.\n\nThe Washington Post said he was "
        + "captured by Kurdish forces.\n\nThe Post added that he was released.");
    TEXTS.put("latest-reports", "David Hickey, the union president, said the guard was safe.\n\n"
        + "According to the latest reports, police are still looking for a motive for the shooting.");
    TEXTS.put("place-dateline", "Geneva - The World Health Organisation chief on Wednesday said a deadly plague "
        + "epidemic appeared to have been brought under control in Madagascar.");
    TEXTS.put("clause-binding", "President Donald Trump pardoned the commentator on Thursday.\n\n"
        + "D'Souza was sentenced in 2014 to five years of probation after he admitted that he had broken the law.");
    TEXTS.put("registry-gender", "When Trump met Mike Tyson in 2005, he said the boxer was a great man.");
    TEXTS.put("citing-source", "The agencies involved are planning to do so anyway, according to Bloomberg, citing "
        + "three people familiar with the matter.");
    TEXTS.put("partitive-speaker", "One of the protesters told the BBC that the pope did not know them.");
    TEXTS.put("title-in-name", "Cardinal Joseph Ratzinger led the congregation in 2001.\n\n"
        + "In 2010 a recording showed that Godfried Cardinal Danneels had told the victim to keep quiet.\n\n"
        + "The cardinal even went so far as to suggest that the victim should ask forgiveness.");
    TEXTS.put("name-before-auxiliary", "In the northwest, Turkey has sent its Syrian allies to attack Afrin and "
        + "President Recep Tayyip Erdogan has threatened Manbij, 80 miles to the east, where U.S. troops commingle "
        + "with the Kurd defenders.");
    TEXTS.put("title-affiliation-name", "Distressingly, US Ambassador to the UN Nikki Haley, the most outspoken "
        + "supporter of decertifying Iranian compliance in the Trump administration, told NBC on Sunday that the US "
        + "intends to remain in the nuclear deal.");
    TEXTS.put("name-first-word", "China\u2019s ambassador to Britain Liu Xiaming has said that China has the power "
        + "to end the unrest.\n\nLiu said that the army could be deployed.");
    TEXTS.put("document-mention", "Last January, parents filed a federal complaint against the school in Chatham."
        + "\n\nParent Libby Hilsenrath said the assignment was biased.\n\nOne video, according to the complaint, "
        + "describes the prophet in gruesome detail.");
    TEXTS.put("document-cue", "FrontPage Magazine reported: the editor was suspended for 30 days.\n\n"
        + "Glazov believed that the article was urgent.\n\nThe report said the ban was absurd.");
    TEXTS.put("court-documents", "Patel pleaded guilty on Thursday.\n\nCourt documents say Patel lied about his "
        + "travel history.");
    TEXTS.put("described-document", "Patel told the judge he was sorry.\n\nHis employer arranged for Patel to fly "
        + "back to Virginia on Aug. 23, 2016, but instead Patel chose to travel to Jordan, a statement of facts filed "
        + "with his plea agreement said.");
    TEXTS.put("document-brought-in", "\u201cIn his remarks today, President Obama refused to even say the words,\u201d "
        + "Trump said in a statement released by his campaign.\n\n\u201cWe can't afford to be politically correct "
        + "anymore,\u201d the statement continued.");
    TEXTS.put("dated-document", "Editor's Note: In a March 11th letter signed by Pope Emeritus Benedict XVI and "
        + "addressed to the prefect, the former pope offers a defense of Pope Francis.\n\nIn no uncertain terms, this "
        + "letter, bearing Benedict's signature, affirms that \u201cthere is an internal continuity between the two "
        + "pontificates.\u201d");
    TEXTS.put("quantity-partitive", "Most of the modern theories of penal law explain penalty and justify it in the "
        + "final analysis as a means of protection, that is, defense of the community against criminal undertakings.");
    TEXTS.put("body-description", "Irmgard Lehner, the pastoral assistant of the church, welcomed the ritual.\n\n"
        + "\u201cWe stress the value of relationships,\u201d explains Lehner.\n\nAs the KirchenZeitung journalist "
        + "adds: \u201cThis offer can be accepted by lovers in all kinds of life situations.\u201d");
    TEXTS.put("reported-subject-last", "Christine Blasey Ford spoke to the newspaper on Sunday.\n\n"
        + "While his friend watched, she said, Brett Kavanaugh pinned her to a bed.\n\n"
        + "When she tried to scream, she said, he put his hand over her mouth.");
    TEXTS.put("who-they-are", "MADRID \u2014 Rafael Nadal kept Spain's hopes alive on Sunday, and the hosts beat "
        + "Russia in the final.\n\n\"We were under pressure,\" Nadal said.\n\n"
        + "Steelers defensive captain Cam Heyward said he was focused on the next game.\n\n"
        + "Jeff Sanborn, president of Chapter & Verse, a Seattle design agency, said the campaign was meant to raise "
        + "eyebrows.\n\nDr. Owen John Dempsey, a consultant chest physician in Aberdeen, said the result was "
        + "unusual. \"He was very astute,\" Dempsey said.\n\nKurt Volker, the former special envoy to Ukraine, and "
        + "Tim Morrison, a former National Security Council official, testified before the committee on Tuesday. "
        + "Volker said the call was not in line with American goals.\n\nU.S. Ambassador to Russia Lynne Tracy said the embassy would stay "
        + "open.\n\nRussian President Ivan Petrov said the talks had failed.\n\n\"Our results reflected broad growth,\" "
        + "chairman, CEO and president Craig Menear said in the earnings release.\n\n\"We are largely on track with "
        + "these investments,\" Menear continued.\n\nSummary Studies show that skipping meals may increase cravings.\n\n"
        + "Hungarian-American investor George Soros said the vote was rigged.\n\nJulie Graham, Washington State "
        + "Department of Health public information officer, said the campaign had worked.");
  }

  /** A pattern whose one expectation is its speaker: the attribution with this verb and kind is this name's. */
  private record OneSpeaker(String pattern, String name, String verb, Voice kind) {}

  /** The patterns checked by their speaker alone, each with the rule it tests. */
  private static final List<OneSpeaker> ONE_SPEAKER = List.of(
      // "the office release" is a body's document, not the man who spoke last (DocumentSieve)
      new OneSpeaker("body-document", "office release", "according to", Voice.REPORTED),
      // a news agency named after the verb at the sentence's end speaks, not the sentence's subject (InvertedSpeakers)
      new OneSpeaker("agency-at-end", "Associated Press", "writes", Voice.QUOTE),
      // "the company" when no body just spoke: the organisation just named, its subject first (DescriptionSieve)
      new OneSpeaker("company-named", "Amazon", "published", Voice.REPORTED),
      // "they" after a singular group noun as subject (PronounSieve.group, voice-words group-noun)
      new OneSpeaker("group-they", "team", "said", Voice.REPORTED),
      // a news agency's dateline is no part of the speaker's name (ContentRules.afterDateline)
      new OneSpeaker("agency-dateline", "Puerto Rico", "said", Voice.REPORTED),
      // whoever talks about a document did not issue it (DocumentSieve.spokeAbout)
      new OneSpeaker("report-critic", "British newspaper", "said", Voice.REPORTED),
      // a name set off before the verb that the parser made a second subject (InvertedSpeakers.setOffBefore)
      new OneSpeaker("set-off-before", "Athanasius Schneider", "told", Voice.QUOTE),
      // a source whose head the parser put in a dateline in capitals (SourceInheritance.outOfDateline)
      new OneSpeaker("capitals-dateline", "Francis", "admitting", Voice.REPORTED),
      // "he" in what a person said is that person, whatever the name lists know (PronounSieve.bound)
      new OneSpeaker("sayer-he", "Eamon Martin", "told", Voice.REPORTED),
      // news reports are nobody's who spoke last (DocumentSieve.introduced, NEWS_ADJECTIVES)
      new OneSpeaker("latest-reports", "latest reports", "According to", Voice.REPORTED),
      // a registered person's gender from the registry's name (PersonTracker.describe): "Trump" is a man
      new OneSpeaker("registry-gender", "Donald Trump", "said", Voice.REPORTED),
      // a number's "of" phrase is part of the speaker's name (NounPhraseSieve.right)
      new OneSpeaker("partitive-speaker", "One of the protesters", "told", Voice.REPORTED),
      // a title inside a name is the person's title (PersonTracker.describe): "the cardinal" is Danneels
      new OneSpeaker("title-in-name", "Godfried Cardinal Danneels", "suggest", Voice.REPORTED),
      // the name right before a subjectless cue's auxiliary is its source (SourceInheritance.nameBeforeAuxiliary)
      new OneSpeaker("name-before-auxiliary", "Recep Tayyip Erdogan", "has threatened", Voice.REPORTED),
      // the person's name at the end of a title's affiliation is the title holder (PersonTracker.apposedName)
      new OneSpeaker("title-affiliation-name", "Nikki Haley", "told", Voice.REPORTED),
      // a document is whose an earlier mention says: "parents filed a federal complaint" (DocumentSieve.earlierMention)
      new OneSpeaker("document-mention", "parents", "according to", Voice.REPORTED),
      // a document is whose cue it is made from: "reported" and "the report" (DocumentSieve.derivingCue)
      new OneSpeaker("document-cue", "FrontPage Magazine", "said", Voice.REPORTED),
      // a sentence's first capital is no owner's name: "Court documents say" (DocumentSieve.owner)
      new OneSpeaker("court-documents", "Court documents", "say", Voice.REPORTED),
      // "a statement of facts filed with ..." is the document the phrase describes (DocumentSieve.introduced)
      new OneSpeaker("described-document", "statement", "said", Voice.REPORTED),
      // the verb that brought a document in comes before who released it (DocumentSieve.issuer)
      new OneSpeaker("document-brought-in", "Donald Trump", "continued", Voice.QUOTE),
      // a date before a document names no owner: "a March 11th letter signed by ..." (DocumentSieve.owner, TIME_NER)
      new OneSpeaker("dated-document", "Benedict XVI", "affirms", Voice.QUOTE),
      // a quantity's "of" phrase is part of the speaker's name (NounPhraseSieve.right)
      new OneSpeaker("quantity-partitive", "Most of the modern theories", "explain", Voice.REPORTED),
      // a description naming another body is not the speaker just quoted (DescriptionSieve.namesItsBody)
      new OneSpeaker("body-description", "KirchenZeitung journalist", "adds", Voice.QUOTE)
  );

  private VoicePatterns() {}

  static Map<String, NlpDocument> loadFixture() throws java.io.IOException {
    ObjectMapper json = org.framescope.io.Json.mapper();
    return json.readValue(FIXTURE.toFile(),
        json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, NlpDocument.class));
  }

  /** Regenerates the stored parses (needs the CoreNLP models). */
  public static void main(String[] args) throws Exception {
    Map<String, NlpDocument> out = new LinkedHashMap<>();
    var nlp = org.framescope.nlp.CoreNlpAnnotator.forProfile(org.framescope.nlp.Profile.FULL);
    TEXTS.forEach((k, v) -> out.put(k, nlp.annotate(v)));
    org.framescope.io.Json.pretty().writeValue(FIXTURE.toFile(), out);
  }

  static Attribution only(VoiceResult r, Voice kind) {
    List<Attribution> as = r.attributions().stream().filter(a -> a.kind() == kind).toList();
    assertEquals(1, as.size(), () -> "expected one " + kind + " attribution, got " + r.attributions());
    return as.get(0);
  }

  /** Asserts that the one {@code kind} attribution with cue {@code verb} is spoken by {@code name}. */
  static void assertSpeaker(String name, VoiceResult r, String verb, Voice kind) {
    assertEquals(name, withVerb(r, verb, kind).speaker().name(), r.attributions().toString());
  }

  static Attribution withVerb(VoiceResult r, String verb, Voice kind) {
    List<Attribution> as = r.attributions().stream().filter(a -> a.verb().equals(verb) && a.kind() == kind)
        .toList();
    assertEquals(1, as.size(), () -> "expected one " + kind + " attribution with verb " + verb + ", got "
        + r.attributions());
    return as.get(0);
  }

  static void checkSpeaker(Speaker s, String name, String country, String type) {
    assertNotNull(s, "speaker");
    assertEquals(name, s.name());
    assertEquals(country, s.country(), () -> "country of " + s);
    assertEquals(type, s.type().json(), () -> "type of " + s);
  }

  /** Runs every pattern's expectations; {@code docs} maps pattern name to its annotated document. */
  static void checkAll(AttributionAnalyzer an, Function<String, NlpDocument> docs) {
    VoiceResult r = an.analyze(docs.apply("said-x"));
    Attribution a = only(r, Voice.QUOTE);
    checkSpeaker(a.speaker(), "Maria Zakharova", "Russia", "government");
    assertEquals("Foreign Ministry spokeswoman", a.speaker().role());
    assertEquals("said", a.verb());
    assertEquals("neutral", a.verbClass().json());
    assertTrue(a.text().startsWith("\"We will") && a.text().endsWith(",\""), a.text());

    r = an.analyze(docs.apply("x-said-that"));
    a = only(r, Voice.REPORTED);
    checkSpeaker(a.speaker(), "Chuck Schumer", "United States", "government");
    assertEquals("Senate Majority Leader", a.speaker().role());
    assertEquals("that the bill was dead", a.text());
    // dominant voice = most words: 6 words of reporting clause (author) against 5 reported ones
    assertEquals(Voice.AUTHOR, r.sentences().get(0).voice());
    assertTrue(r.segments().stream().anyMatch(g -> g.voice().equals(Voice.REPORTED)
        && docs.apply("x-said-that").body().substring(g.begin(), g.end()).equals("that the bill was dead.")),
        r.segments()::toString);

    r = an.analyze(docs.apply("according-to"));
    a = only(r, Voice.REPORTED);
    checkSpeaker(a.speaker(), "U.S. officials", "United States", "government");
    assertEquals("According to", a.verb());
    assertEquals("the strike killed 12 people", a.text());

    r = an.analyze(docs.apply("accused"));
    a = only(r, Voice.REPORTED);
    checkSpeaker(a.speaker(), "Sergei Shoigu", "Russia", "government");
    assertEquals("distancing", a.verbClass().json());
    assertTrue(a.text().contains("shelling the plant"), a.text());

    r = an.analyze(docs.apply("two-sentence-quote"));
    a = only(r, Voice.QUOTE);
    checkSpeaker(a.speaker(), "Elizabeth Warren", "United States", "government"); // a registered person (actors.tsv)
    assertTrue(a.text().contains("first sentence") && a.text().contains("second one"), a.text());
    assertEquals(Voice.QUOTE, r.sentences().get(1).voice());
    assertEquals(Voice.QUOTE, r.sentences().get(2).voice());
    assertEquals(Voice.AUTHOR, r.sentences().get(0).voice());

    r = an.analyze(docs.apply("pronoun"));
    a = only(r, Voice.QUOTE);
    checkSpeaker(a.speaker(), "Maria Zakharova", "Russia", "government");
    assertEquals("added", a.verb());

    r = an.analyze(docs.apply("title"));
    a = only(r, Voice.REPORTED);
    checkSpeaker(a.speaker(), "Maria Zakharova", "Russia", "government");

    VoiceResult sq = an.analyze(docs.apply("scare-quote"));
    // "rejected" may be an attribution (PolNeAR counts rejections), but the quoted words are the outlet's
    assertTrue(sq.attributions().stream().noneMatch(x -> x.kind() == Voice.QUOTE), () -> sq.attributions().toString());
    List<Span> scare = sq.spans().stream().filter(s -> s.category().equals("scare-quote")).toList();
    assertEquals(1, scare.size());
    assertEquals("\"peace plan\"", scare.get(0).text());
    assertEquals(AttributionAnalyzer.SCARE_QUOTE_SOURCE, scare.get(0).source());
    assertEquals(Voice.AUTHOR, sq.sentences().get(0).voice());

    VoiceResult org = an.analyze(docs.apply("organisation"));
    a = only(org, Voice.REPORTED);
    checkSpeaker(a.speaker(), "Kremlin", "Russia", "government");
    Span verb = org.spans().stream().filter(s -> s.category().equals("reporting-verb")).findFirst().orElseThrow();
    assertEquals("said", verb.text());
    assertEquals("neutral", verb.group());

    r = an.analyze(docs.apply("unbalanced"));
    NlpDocument ub = docs.apply("unbalanced");
    assertEquals(Voice.QUOTE, r.sentences().get(0).voice());
    NlpSentence lastSentence = ub.sentences().get(ub.sentences().size() - 1);
    assertEquals(Voice.AUTHOR, r.sentences().get(lastSentence.index()).voice(), "quote must not leak past its paragraph");

    r = an.analyze(docs.apply("quote-paragraph"));
    List<Attribution> qs = r.attributions().stream().filter(x -> x.kind().equals(Voice.QUOTE)).toList();
    assertEquals(2, qs.size(), qs::toString);
    for (Attribution q : qs) {
      checkSpeaker(q.speaker(), "Dmitry Peskov", "Russia", "government");
    }

    r = an.analyze(docs.apply("parataxis"));
    a = only(r, Voice.REPORTED);
    checkSpeaker(a.speaker(), "Kremlin", "Russia", "government");
    assertEquals("The talks failed", a.text());

    r = an.analyze(docs.apply("state-department"));
    a = only(r, Voice.REPORTED);
    assertEquals("United States", a.speaker().country());
    assertEquals(SpeakerType.GOVERNMENT, a.speaker().type());

    // an institution's spokesman whose country is named in no sentence of his own keeps an unknown country, even
    // when the sentence before names one country: that is as often the other side
    r = an.analyze(docs.apply("context-country"));
    a = only(r, Voice.QUOTE);
    checkSpeaker(a.speaker(), "Ali Rezaei", null, "government");
    assertEquals("Foreign Ministry spokesman", a.speaker().role());
    a = withVerb(r, "said", Voice.REPORTED);
    checkSpeaker(a.speaker(), "Iran", "Iran", "government");
    r = an.analyze(docs.apply("other-side-country"));
    a = withVerb(r, "said", Voice.REPORTED);
    checkSpeaker(a.speaker(), "Irina Volkova", null, "government");
    // named earlier in the same sentence: that country
    r = an.analyze(docs.apply("same-sentence-country"));
    a = withVerb(r, "said", Voice.REPORTED);
    checkSpeaker(a.speaker(), "Ali Rezaei", "Iran", "government");

    // where the person spoke ("told reporters in Moscow"): that country; a place inside what was said is not one
    r = an.analyze(docs.apply("speech-place"));
    a = withVerb(r, "told", Voice.REPORTED);
    checkSpeaker(a.speaker(), "Oleg Sedov", "Russia", "government");
    a = withVerb(r, "said", Voice.REPORTED);
    checkSpeaker(a.speaker(), "Ali Rezaei", null, "government");

    // a generic institution's spokesman right after a sentence naming two countries gets no country, never the
    // country the article is most about
    r = an.analyze(docs.apply("no-topic-country"));
    a = only(r, Voice.QUOTE);
    assertEquals("Ivan Petrov", a.speaker().name());
    assertNull(a.speaker().country(), a.speaker()::toString);

    // a speaker by description: the most recent person holding the role whose country agrees
    r = an.analyze(docs.apply("description-country"));
    a = withVerb(r, "said", Voice.REPORTED);
    checkSpeaker(a.speaker(), "Dmytro Kuleba", "Ukraine", "government");
    r = an.analyze(docs.apply("description-director"));
    a = withVerb(r, "said", Voice.REPORTED);
    checkSpeaker(a.speaker(), "James Comey", "United States", "intelligence");

    // cues that are not said-clauses
    r = an.analyze(docs.apply("repeated-claims"));
    a = withVerb(r, "repeated", Voice.REPORTED);
    checkSpeaker(a.speaker(), "Maria Zakharova", "Russia", "government");
    assertTrue(a.text().contains("Kyiv was preparing a provocation"), a.text());
    assertEquals(Voice.REPORTED, r.sentences().get(1).voice());
    r = an.analyze(docs.apply("went-on-to-argue"));
    Attribution argue = r.attributions().stream().filter(x -> x.verb().contains("argue")).findFirst().orElseThrow();
    checkSpeaker(argue.speaker(), "Sergei Lavrov", "Russia", "government");
    assertTrue(argue.text().contains("Western sanctions had failed"), argue.text());
    r = an.analyze(docs.apply("warned"));
    a = withVerb(r, "warned", Voice.REPORTED);
    checkSpeaker(a.speaker(), "Pentagon", "United States", "military");
    assertEquals("that the strikes would continue", a.text());

    // a source's name runs on over a proper-noun "of" phrase and a noun joined by "and"
    r = an.analyze(docs.apply("of-name"));
    assertEquals("UK Ministry of Defence", withVerb(r, "said", Voice.REPORTED).speaker().name());
    r = an.analyze(docs.apply("joined-nouns"));
    assertEquals("Western intelligence agencies and governments",
        withVerb(r, "accused", Voice.REPORTED).speaker().name());

    // a line that is a quotation, a dash and a name: the name said it (CreditLines)
    r = an.analyze(docs.apply("credit-line"));
    List<Attribution> credits = r.attributions().stream().filter(x -> x.kind() == Voice.QUOTE).toList();
    assertEquals(List.of("Sonya Herridge", "Carlos Ruiz", "Jane Doe"),
        credits.stream().map(x -> x.speaker().name()).toList(), credits::toString);
    assertTrue(credits.get(2).text().endsWith("at once.”"), credits.get(2)::toString); // the nested quote inside
    assertTrue(credits.get(0).text().contains("greatest shame") && credits.get(0).text().contains("deserve better"),
        credits.get(0)::toString);
    assertEquals(Voice.AUTHOR, r.sentences().get(0).voice());

    // a transcript whose turns open with a quotation mark: each turn is its speaker's, not the previous one's
    r = an.analyze(docs.apply("transcript"));
    VoiceResult tr = r;
    List<String> turns = tr.sentences().stream().filter(x -> x.voice() != Voice.AUTHOR)
        .map(x -> x.speaker() == null ? "?" : x.speaker().name()).toList();
    assertEquals(List.of("WALLACE", "PENCE", "WALLACE"), turns, () -> tr.attributions().toString());

    // unquoted turns too; a labelled line without a verb is a list entry, nobody's statement
    r = an.analyze(docs.apply("transcript-unquoted"));
    VoiceResult tu = r;
    assertEquals(List.of("JAKE TAPPER", "HOLT"), tu.attributions().stream().filter(x -> x.verb().equals(":"))
        .map(x -> x.speaker().name()).toList(), () -> tu.attributions().toString());
    assertEquals(Voice.REPORTED, tu.sentences().get(1).voice());
    assertEquals(Voice.AUTHOR, tu.sentences().get(tu.sentences().size() - 1).voice());

    // inside the turns, inner attributions name their own sources: not the person addressed ("Senator, your own
    // party says"), not the turn's speaker (the label the parser hangs the sentence from, the speaker citing a
    // study, the speaker talking about a title holder)
    r = an.analyze(docs.apply("transcript-inner"));
    VoiceResult ti = r;
    assertEquals(List.of("your own party", "river study", "governor"), ti.attributions().stream()
        .filter(x -> !x.verb().equals(":")).map(x -> x.speaker().name()).toList(), () -> ti.attributions().toString());
    assertEquals(List.of("HOST", "MILLER", "HOST"), ti.attributions().stream().filter(x -> x.verb().equals(":"))
        .map(x -> x.speaker().name()).toList(), () -> ti.attributions().toString());

    // "he" inside a turn is not the person whose turn it is (the label MILLER), and the label is no content
    r = an.analyze(docs.apply("transcript-pronoun"));
    Attribution told = withVerb(r, "told", Voice.REPORTED);
    assertEquals("Chris Hale", told.speaker().name(), told::toString);
    assertTrue(r.attributions().stream().filter(x -> !x.verb().equals(":")).noneMatch(x -> x.text().contains("MILLER")),
        r.attributions()::toString);

    // a name in apposition without commas (parsed as dep): the person speaks, with the noun as role
    r = an.analyze(docs.apply("apposition-no-comma"));
    Speaker dunn = withVerb(r, "told", Voice.REPORTED).speaker();
    assertEquals("Mark Dunn", dunn.name());
    assertEquals("His colleague", dunn.role());

    // the parser hangs the name from "Ministry", the nearest noun; a ministry is no person: the name is the
    // spokeswoman's, and her claim is hers, not the outlet's
    r = an.analyze(docs.apply("affiliation-apposition"));
    a = withVerb(r, "insisted", Voice.REPORTED);
    checkSpeaker(a.speaker(), "Maria Zakharova", "Russia", "government");
    assertEquals("spokeswoman for the Russian Defence Ministry", a.speaker().role());
    assertEquals("the notification never arrived", a.text());

    // an unnamed role noun speaks, with its affiliation: country and (inherit-type) type from the Kremlin
    r = an.analyze(docs.apply("affiliation"));
    checkSpeaker(withVerb(r, "said", Voice.REPORTED).speaker(), "spokesman for the Kremlin", "Russia", "government");
    r = an.analyze(docs.apply("role-noun"));
    checkSpeaker(withVerb(r, "said", Voice.REPORTED).speaker(), "spokesman for the company", null, "other");

    // "the director of the agency" names whose director: not the latest speaker (Tom Brown)
    r = an.analyze(docs.apply("affiliated-description"));
    assertEquals("Tom Brown", withVerb(r, "said", Voice.REPORTED).speaker().name());
    assertEquals("director of the agency", withVerb(r, "insisted", Voice.REPORTED).speaker().name());

    // "He" after an unnamed official's words is the official, not the person named a paragraph before
    r = an.analyze(docs.apply("unnamed-then-pronoun"));
    assertEquals("senior NATO official", withVerb(r, "told", Voice.REPORTED).speaker().name());
    assertEquals("senior NATO official", withVerb(r, "said", Voice.REPORTED).speaker().name());

    // a nominal claim that is the subject of the reported clause stays in it, nested, with its "by" phrase as
    // source; no word of the sentence is left in the outlet's voice except the reporting clause
    r = an.analyze(docs.apply("nominal-claim"));
    a = withVerb(r, "told", Voice.REPORTED);
    assertEquals("senior NATO official", a.speaker().name());
    assertTrue(a.text().startsWith("Claims by Kremlin officials that the drills"), a.text());
    assertEquals("Kremlin officials", withVerb(r, "Claims", Voice.REPORTED).speaker().name());

    // a document's owner as its phrase names it, not the latest speaker (the Foreign Ministry)
    r = an.analyze(docs.apply("document-owner"));
    assertEquals("Human Rights Watch", withVerb(r, "found", Voice.REPORTED).speaker().name());

    // a place after a role noun, past a relative clause: "Officials in Kyiv" speak for Ukraine; the name stays short
    r = an.analyze(docs.apply("officials-in"));
    checkSpeaker(withVerb(r, "said", Voice.REPORTED).speaker(), "Officials", "Ukraine", "government");

    // the source loses the other cue's relative clause and the comma before it
    String biden = docs.apply("source-relative-clause").body();
    r = an.analyze(docs.apply("source-relative-clause"));
    AttributionSpans warned = r.detected().stream().map(DetectedAttribution::spans)
        .filter(sp -> biden.substring(sp.cue().get(0).begin(), sp.cue().get(0).end()).equals("warned"))
        .findFirst().orElseThrow();
    assertEquals(List.of("Biden"), warned.source().stream().map(x -> biden.substring(x.begin(), x.end())).toList());

    // the aside ", a charge Moscow denies" is the outlet's report of a denial, not part of Ukraine's claim
    r = an.analyze(docs.apply("claim-tail"));
    assertEquals("Russia shelled the plant", withVerb(r, "says", Voice.REPORTED).text());
    a = withVerb(r, "denies", Voice.REPORTED);
    checkSpeaker(a.speaker(), "Russia", "Russia", "government");
    assertEquals("a charge", a.text());
    assertEquals("Moscow of war crimes", withVerb(r, "has accused", Voice.REPORTED).text());
    assertEquals("Kremlin", withVerb(r, "rejects", Voice.REPORTED).speaker().name());
    List<Attribution> tail = r.attributions();
    assertEquals(4, tail.size(), () -> "a charge that was dropped is nobody's statement: " + tail);

    // "the mayor" is not the resident just quoted (a public speaker, not a government one); the "not" of the
    // answer is the mayor's word, not a negation of the cue
    r = an.analyze(docs.apply("resident-then-mayor"));
    assertEquals("Maria Lopez", withVerb(r, "said", Voice.QUOTE).speaker().name());
    a = withVerb(r, "replied", Voice.QUOTE);
    assertEquals("mayor", a.speaker().name());
    assertEquals("\"Absolutely not.\"", a.text());
    // "Asked if ..." is the reporter's question: an attribution without source, in nobody's voice
    List<Attribution> mayor = r.attributions();
    assertEquals(2, mayor.size(), () -> "the question is no one's statement: " + mayor);

    // "people" (CoreNLP's lemma "person") can speak; a crowd's chant is its words
    r = an.analyze(docs.apply("people-familiar"));
    assertEquals("People", withVerb(r, "said", Voice.REPORTED).speaker().name());
    List<Attribution> people = r.attributions();
    assertEquals(1, people.size(), () -> "observing a vote is watching it, not saying it: " + people);
    r = an.analyze(docs.apply("chanted"));
    checkSpeaker(withVerb(r, "chanted", Voice.QUOTE).speaker(), "protesters", null, "public");

    // "the ministry" is the body speaking, not the spokeswoman whose title names a ministry
    r = an.analyze(docs.apply("the-ministry"));
    assertEquals("Maria Zakharova", withVerb(r, "dismissed", Voice.QUOTE).speaker().name());
    // the ministry her role names, with its country (was "ministry", no country)
    checkSpeaker(withVerb(r, "said", Voice.REPORTED).speaker(), "Russia's Foreign Ministry", "Russia", "government");

    // a negated concessive clause about the speakers is the outlet's remark; an unnegated one stays what they said
    r = an.analyze(docs.apply("concessive-aside"));
    assertEquals("the missile was launched from Crimea", withVerb(r, "believe", Voice.REPORTED).text());
    assertEquals("the bridge would hold, although it would be costly", withVerb(r, "said", Voice.REPORTED).text());

    // "Its commander": the role names whose commander, and the speaker has that body's country and type; an
    // organisation merely named nearby (the Pentagon) is not the owner
    r = an.analyze(docs.apply("its-role"));
    a = r.attributions().stream().filter(x -> "Karim Jafari".equals(x.speaker().name())).findFirst().orElseThrow();
    checkSpeaker(a.speaker(), "Karim Jafari", "Iran", "military");
    assertEquals("commander of Revolutionary Guards navy", a.speaker().role());
    a = r.attributions().stream().filter(x -> "Laura Bishop".equals(x.speaker().name())).findFirst().orElseThrow();
    checkSpeaker(a.speaker(), "Laura Bishop", null, "other");
    assertEquals("Its chief executive", a.speaker().role());
    a = r.attributions().stream().filter(x -> "Reza Moradi".equals(x.speaker().name())).findFirst().orElseThrow();
    checkSpeaker(a.speaker(), "Reza Moradi", "Iran", "government");
    assertEquals("foreign minister of Iran", a.speaker().role());

    // a bare "Secretary of State" is the US office; "Secretary of State for ..." the UK's
    r = an.analyze(docs.apply("secretary-of-state"));
    checkSpeaker(r.attributions().get(0).speaker(), "Margaret Hale", "United States", "government");
    checkSpeaker(r.attributions().get(1).speaker(), "Ben Wallace", "United Kingdom", "government");

    // "..., warning that ..." after another cue's content: the main clause's subject warns, not the inner clause's
    // "Iran regime change" (a country modifying a thing gives it no voice); "the minister" is not the spokesman
    r = an.analyze(docs.apply("participle-of-speaker"));
    a = withVerb(r, "warning", Voice.REPORTED);
    checkSpeaker(a.speaker(), "Dmitry Peskov", "Russia", "government");
    assertEquals("that Russia would react very strongly to such an event", a.text());
    assertEquals("minister", withVerb(r, "said", Voice.REPORTED).speaker().name());

    // an agent noun speaks with the place in its modifiers; an acknowledgment does not
    r = an.analyze(docs.apply("agent-noun"));
    checkSpeaker(withVerb(r, "said", Voice.QUOTE).speaker(), "London underwriter", "United Kingdom", "other");
    List<Attribution> agent = r.attributions();
    assertEquals(1, agent.size(), () -> "an acknowledgment underscores nothing in anyone's voice: " + agent);

    // a common noun for people with a reporting verb speaks; a ship's name with the model's cue does not
    r = an.analyze(docs.apply("people-noun"));
    assertEquals("Shipping brokers", withVerb(r, "said", Voice.REPORTED).speaker().name());
    List<Attribution> brokers = r.attributions();
    assertEquals(1, brokers.size(), () -> "only the brokers speak: " + brokers);

    // "he" after a quotation of two sentences: the subject of the sentence that introduced it, although its gender
    // is unknown and an older speaker's is known
    r = an.analyze(docs.apply("pronoun-after-quotation"));
    assertEquals("Gennady Orlov", withVerb(r, "explained", Voice.QUOTE).speaker().name());

    // "he" after a sentence whose subjects are the speaker and a person inside what the speaker argued: the speaker
    r = an.analyze(docs.apply("pronoun-not-reported-subject"));
    assertEquals("Michael Bloomberg", withVerb(r, "said", Voice.QUOTE).speaker().name());
    // "he added" after a quotation of several sentences: its speaker, not a man named inside the quotations
    r = an.analyze(docs.apply("pronoun-after-long-quotation"));
    assertEquals("Vicente Fox", withVerb(r, "added", Voice.QUOTE).speaker().name());

    // "Of Obama, he said": he is not Obama
    r = an.analyze(docs.apply("pronoun-co-argument"));
    assertEquals("Donald Trump", withVerb(r, "said", Voice.QUOTE).speaker().name());

    // a quotation that opens inside an inner speaker's content continues that speaker's words only, not the
    // outer attribution whose content took in the opening mark
    r = an.analyze(docs.apply("quotation-of-inner-speaker"));
    for (Attribution q : r.attributions()) {
      assertFalse(q.speaker() != null && q.speaker().name().equals("Ben Labolt") && q.text().contains("phony"),
          () -> "Labolt's content holds the quotation: " + q);
    }
    List<Attribution> inner = r.attributions();
    assertTrue(withVerb(r, "told", Voice.QUOTE).text().contains("A different theology"),
        () -> "Santorum's content: " + inner);

    // "“...,” added his campaign manager Jeff Weaver": the phrase after the cue is the speaker, whatever relation the
    // parser gives it, and what follows its comma is not
    r = an.analyze(docs.apply("inverted-speaker"));
    a = withVerb(r, "added", Voice.QUOTE);
    assertEquals("Jeff Weaver", a.speaker().name());
    // what follows the inverted speaker says where he spoke, not what: it is not his words
    String added = a.text();
    assertFalse(added.contains("speaking to CNN"), () -> added);

    // a recording whose owner the parse lost is evidence the outlet describes: no statement of whoever spoke last;
    // one with an owner speaks for it
    r = an.analyze(docs.apply("recording"));
    VoiceResult rec = r;
    assertTrue(r.attributions().stream().noneMatch(x -> x.verb().equals("showed")),
        () -> rec.attributions().toString());
    assertEquals("Trump campaign", withVerb(r, "says", Voice.REPORTED).speaker().name());

    // a passive cue speaks with its "by" phrase, not with the one it is about
    r = an.analyze(docs.apply("passive-agent"));
    VoiceResult pas = r;
    List<Attribution> accused = r.attributions().stream().filter(x -> x.verb().contains("accused")).toList();
    assertEquals(1, accused.size(), () -> pas.attributions().toString());
    assertTrue(accused.get(0).speaker().name().contains("reporter"), () -> accused.get(0).toString());

    // "man" and "woman" are people nouns too
    r = an.analyze(docs.apply("man-said"));
    assertEquals("man", withVerb(r, "said", Voice.REPORTED).speaker().name());

    // the parser may make the claim noun a compound of the denier: it stays out of the name
    r = an.analyze(docs.apply("claim-compound"));
    assertEquals("Hamas", withVerb(r, "denies", Voice.REPORTED).speaker().name());

    // "as stated by X": X is the source, the clause the as-clause hangs from the content, and that clause's verb
    // is no cue
    r = an.analyze(docs.apply("as-stated"));
    a = withVerb(r, "as stated", Voice.REPORTED);
    checkSpeaker(a.speaker(), "Sergei Shoigu", "Russia", "government");
    assertEquals("Relations between Russia and Iran have reached a new level", a.text());
    assertEquals("Reuters", withVerb(r, "as reported", Voice.REPORTED).speaker().name());
    List<Attribution> as = r.attributions();
    assertEquals(2, as.size(), () -> "'have reached' is what was stated, not a cue: " + as);

    // CoreNLP makes "Oleg Marin" the subject and the president its appositive; the phrase that runs into the verb
    // is the subject, and the deputy is not the president's role. A name before a description keeps the name.
    r = an.analyze(docs.apply("dislocated-subject"));
    a = withVerb(r, "has told", Voice.REPORTED);
    assertEquals("Ivan Petrov", a.speaker().name());
    assertEquals("President", a.speaker().role());
    assertEquals("John Smith", withVerb(r, "said", Voice.REPORTED).speaker().name());

    // where and when the words were said are the outlet's account, not what was said
    r = an.analyze(docs.apply("circumstance"));
    assertEquals("\"We followed every rule,\"", withVerb(r, "said", Voice.QUOTE).text());
    assertEquals("that the server was secure", withVerb(r, "said", Voice.REPORTED).text());

    // a document speaks for the name compounded before it, and the said-clause it reports stays its speaker's
    r = an.analyze(docs.apply("document-compound"));
    assertEquals("FBI", withVerb(r, "according to", Voice.REPORTED).speaker().name());
    a = withVerb(r, "said", Voice.REPORTED);
    assertEquals("Cheryl Mills", a.speaker().name());
    assertEquals("the server was secure", a.text());

    // what was not said, and an act instead of words, stay the outlet's account; words said in response do not
    r = an.analyze(docs.apply("unsaid"));
    VoiceResult uns = r;
    String body = docs.apply("unsaid").body();
    assertTrue(r.attributions().stream().noneMatch(x -> x.sentence() < 2), () -> uns.attributions().toString());
    assertEquals(Voice.AUTHOR, r.sentences().get(0).voice());
    assertEquals(Voice.AUTHOR, r.sentences().get(1).voice());
    assertTrue(r.attributions().stream().anyMatch(x -> x.sentence() == 2 && x.kind() == Voice.REPORTED
        && body.substring(x.begin(), x.end()).contains("the campaign had broken the rules")
        && x.speaker().name().equals("Democratic National Committee")), () -> uns.attributions().toString());

    // a "not" after the cue is the answer, not a negated cue: the reply is Smith's
    r = an.analyze(docs.apply("negation-after"));
    a = withVerb(r, "replied", Voice.REPORTED);
    assertEquals("John Smith", a.speaker().name());
    assertEquals("absolutely not", a.text());

    // a verb of saying after a quotation, and its class: reporting-verbs.tsv 1.4.0
    r = an.analyze(docs.apply("barked"));
    a = withVerb(r, "barked", Voice.QUOTE);
    assertEquals("Donald Trump", a.speaker().name());
    assertEquals("emotive", a.verbClass().json());

    // a polling average speaks as a poll does (voice-words 1.10.0): its finding is not the outlet's voice
    r = an.analyze(docs.apply("polling-average"));
    assertEquals("Trump is lagging behind Clinton by more than nine points in New Hampshire",
        withVerb(r, "according to", Voice.REPORTED).text());

    // who a speaker is, from who they are (voice-words 1.11.0, actors 1.4.0): a dateline before the name gives no
    // country; a title with common meanings outside the state (captain, president) gives no type without a country
    // or body; a registered surname inside another name is not that person; an envoy "to" a country does not come
    // from it; a named country or body still gives the type
    // "He" after a sentence whose main clause and relative clause each have a subject of unknown gender: the main
    // clause's (PronounSieve)
    r = an.analyze(docs.apply("main-clause-subject"));
    a = withVerb(r, "has consistently denied", Voice.REPORTED);
    assertEquals("Dale Brennan", a.speaker().name(), "speaker of " + a);

    // a body named in apposition names the speaker (NounPhraseSieve)
    r = an.analyze(docs.apply("apposed-body"));
    a = withVerb(r, "says", Voice.REPORTED);
    assertEquals("Big Harbor", a.speaker().name(), "speaker of " + a);

    // "the company" is the named body just quoted, not a state's body (DescriptionSieve)
    r = an.analyze(docs.apply("body-noun"));
    assertEquals(4, r.attributions().size(), r.attributions().toString());
    assertEquals("Northwind Records", r.attributions().get(1).speaker().name(), r.attributions().toString());
    assertEquals("company", r.attributions().get(3).speaker().name(), "after a state's body");

    // whom the words were aimed at is what was said, not where it was said (ContentRules.circumstances)
    r = an.analyze(docs.apply("addressed"));
    a = withVerb(r, "lashed out", Voice.REPORTED);
    assertTrue(a.text().startsWith("at Donald Trump"), a.text());

    // "they" after a body written with a plural verb (PronounSieve)
    r = an.analyze(docs.apply("british-plural"));
    a = only(r, Voice.QUOTE);
    assertEquals("Northwind Music", a.speaker().name(), "speaker of " + a);

    // content with no word in it is nobody's statement (VoiceGate.wordless)
    r = an.analyze(docs.apply("wordless-content"));
    assertTrue(r.attributions().stream().noneMatch(x -> x.text().equals("But") || x.text().equals(".\u201d")),
        r.attributions().toString());

    // "added his seventh goal" adds a thing, not words; "he added" after a quotation still speaks (topic-verb)
    r = an.analyze(docs.apply("added-goal"));
    assertTrue(r.attributions().stream().noneMatch(x -> x.text().startsWith("his seventh")), r.attributions().toString());
    assertEquals("Anthony Beauvillier", only(r, Voice.QUOTE).speaker().name(), r.attributions().toString());

    // a participle that modifies a noun says what was announced, not who said it (SourceInheritance.reducedPassive)
    r = an.analyze(docs.apply("reduced-passive"));
    assertTrue(r.attributions().stream().noneMatch(x -> x.speaker() != null
        && (x.speaker().name().equals("Apple") || x.speaker().name().contains("cases"))), r.attributions().toString());

    // a quotation with its own speaker at its end is not run on into from the sentence before (ContentRules)
    r = an.analyze(docs.apply("held-quotation"));
    VoiceResult held = r;
    List<Attribution> justice = r.attributions().stream().filter(x -> x.text().contains("justice")).toList();
    assertEquals(1, justice.size(), () -> "one speaker for the quotation: " + held.attributions());
    assertEquals("Janet Cole", justice.get(0).speaker().name());

    // the patterns whose one expectation is a speaker (ONE_SPEAKER)
    for (OneSpeaker e : ONE_SPEAKER) {
      assertSpeaker(e.name(), an.analyze(docs.apply(e.pattern())), e.verb(), e.kind());
    }


    // "Carlineo" after "Patrick Carlineo Jr." is the same man, a man, though a quotation names him "Pat Carlineo"
    // in between: "he" is his, not the attorney's of unknown gender who spoke last (PersonTracker.surnameAt)
    r = an.analyze(docs.apply("name-suffix"));
    VoiceResult suffix = r;
    Speaker suffixed = r.attributions().stream().filter(x -> x.text().contains("would hurt")).findFirst()
        .orElseThrow(() -> new AssertionError("no attribution of the call in " + suffix.attributions())).speaker();
    assertTrue(suffixed != null && suffixed.name().endsWith("Carlineo"), r.attributions().toString());

    // a document the phrase introduces ("studies show", "another study") is its own, not the latest speaker's
    // (DocumentSieve.introduced)
    r = an.analyze(docs.apply("another-study"));
    assertEquals("studies", withVerb(r, "show", Voice.REPORTED).speaker().name().toLowerCase(java.util.Locale.ROOT),
        r.attributions().toString());
    assertTrue(withVerb(r, "found", Voice.REPORTED).speaker().name().endsWith("study")
        && !withVerb(r, "found", Voice.REPORTED).speaker().name().contains("2-month"), r.attributions().toString());


    // a name set off by commas after the verb speaks; the phrase before it is what is said (InvertedSpeakers)
    r = an.analyze(docs.apply("set-off-name"));
    List<String> setOff = r.attributions().stream().map(x -> x.speaker() == null ? "-" : x.speaker().name()).toList();
    assertEquals(List.of("Buser", "Richard Locksley"), setOff, r.attributions().toString());
    assertTrue(r.attributions().get(0).text().startsWith("The key"), r.attributions().toString());

    // a proper noun's "for" phrase is part of the speaker's name (NounPhraseSieve.right)
    r = an.analyze(docs.apply("for-name"));
    assertEquals("Chinese Center for Disease Control and Prevention", withVerb(r, "said", Voice.REPORTED).speaker()
        .name(), r.attributions().toString());
    assertEquals("China", withVerb(r, "said", Voice.REPORTED).speaker().country(), r.attributions().toString());

    // a participle between a determiner and its noun is no one's speech (SourceInheritance.reducedPassive)
    r = an.analyze(docs.apply("described-article"));
    assertTrue(r.attributions().stream().noneMatch(x -> x.verb().equals("described")), r.attributions().toString());


    // a participle hung from what was said continues the sayer (SourceInheritance.sayerOfParticiple)
    r = an.analyze(docs.apply("participle-sayer"));
    assertSpeaker("Viktor Orb\u00e1n", r, "adding", Voice.REPORTED);
    assertSpeaker("Donald Trump", r, "accusing", Voice.REPORTED);






    // an appointment is no statement (AttributionAnalyzer.appointment, voice-words appoint-verb)
    r = an.analyze(docs.apply("appointment"));
    assertTrue(r.attributions().stream().noneMatch(x -> x.verb().endsWith("confirmed") && x.speaker() != null
        && x.speaker().name().contains("Kavanaugh")), r.attributions().toString());
    assertSpeaker("ministry", r, "confirmed", Voice.REPORTED);

    // a newspaper named "Post" is no post (DocumentSieve.inOrganisationName, shortName)
    r = an.analyze(docs.apply("newspaper-post"));
    assertSpeaker("Washington Post", r, "said", Voice.REPORTED);
    assertSpeaker("Washington Post", r, "added", Voice.REPORTED);


    // a dateline NER names as a place is no part of the speaker (ContentRules.afterDateline)
    r = an.analyze(docs.apply("place-dateline"));
    assertFalse(withVerb(r, "said", Voice.REPORTED).speaker().name().contains("Geneva"), r.attributions().toString());

    // "he" in a clause below a person's clause is that person (PronounSieve.bound), not a man named before
    r = an.analyze(docs.apply("clause-binding"));
    assertTrue(r.attributions().stream().anyMatch(x -> x.verb().equals("admitted") && x.speaker() != null
        && x.speaker().name().contains("D'Souza")), r.attributions().toString());


    // a participle hanging from a source speaks with that source (SourceInheritance.citer), never the main clause's
    // subject; here its own clause says nothing
    r = an.analyze(docs.apply("citing-source"));
    assertTrue(r.attributions().stream().noneMatch(x -> x.speaker() != null && x.speaker().name().contains("agencies")),
        r.attributions().toString());
    assertSpeaker("Bloomberg", r, "according to", Voice.REPORTED);





    // a one-word name that begins an earlier person's name is that person (PersonTracker.describe)
    r = an.analyze(docs.apply("name-first-word"));
    assertTrue(r.attributions().stream().filter(x -> x.verb().equals("said"))
        .allMatch(x -> x.speaker() != null && x.speaker().name().equals("Liu Xiaming")), r.attributions().toString());

    // a subject of unknown gender inside what was said comes after the latest speaker (PronounSieve.person)
    r = an.analyze(docs.apply("reported-subject-last"));
    assertTrue(r.attributions().stream().filter(x -> x.verb().equals("said"))
        .allMatch(x -> x.speaker() != null && x.speaker().name().equals("Christine Blasey Ford")),
        r.attributions().toString());

    r = an.analyze(docs.apply("who-they-are"));
    VoiceResult who = r;
    Function<String, Speaker> speaker = name -> who.attributions().stream().map(Attribution::speaker)
        .filter(x -> x != null && name.equals(x.name())).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + who.attributions()));
    checkSpeaker(speaker.apply("Rafael Nadal"), "Rafael Nadal", null, "other");
    checkSpeaker(speaker.apply("Cam Heyward"), "Cam Heyward", null, "other");
    checkSpeaker(speaker.apply("Jeff Sanborn"), "Jeff Sanborn", null, "other");
    for (Attribution x : who.attributions()) {
      if (x.speaker() != null && x.speaker().name().endsWith("Dempsey")) {
        checkSpeaker(x.speaker(), "Owen John Dempsey", null, "other"); // the later "Dempsey said" too
      }
      if (x.speaker() != null && (x.speaker().name().endsWith("Volker") || x.speaker().name().endsWith("Morrison"))) {
        assertEquals(null, x.speaker().country(), () -> "Ukraine is where the envoy served: " + x.speaker());
      }
    }
    assertEquals(2, who.attributions().stream().filter(x -> x.speaker() != null
        && x.speaker().name().endsWith("Dempsey")).count(), () -> who.attributions().toString());
    assertEquals(null, speaker.apply("Kurt Volker").country());
    checkSpeaker(speaker.apply("Lynne Tracy"), "Lynne Tracy", "United States", "government");
    checkSpeaker(speaker.apply("Ivan Petrov"), "Ivan Petrov", "Russia", "government");
    // a company's president is no government speaker, and his bare surname still speaks (the voice gate took him
    // for a government speaker before); a heading glued to a noun does not
    checkSpeaker(withVerb(r, "continued", Voice.QUOTE).speaker(), "Craig Menear", null, "other");
    // a country in a person's role gives the country, not the type; a body in a role after the name types her
    checkSpeaker(speaker.apply("George Soros"), "George Soros", "Hungary", "other");
    assertEquals("government", speaker.apply("Julie Graham").type().json());
    assertTrue(who.attributions().stream().noneMatch(x -> x.speaker() != null
        && x.speaker().name().contains("Summary")), () -> who.attributions().toString());

    r = an.analyze(docs.apply("author"));
    assertTrue(r.attributions().isEmpty());
    assertEquals(Voice.AUTHOR, r.sentences().get(0).voice());
    assertNull(r.sentences().get(0).speaker());
  }
}
