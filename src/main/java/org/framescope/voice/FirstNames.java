package org.framescope.voice;

import java.util.Set;

/**
 * Common English-language first names with a usual gender, used only to keep "she" from resolving to a man and
 * "he" to a woman when no title or honorific says more. Unknown names are compatible with both.
 */
final class FirstNames {
  private FirstNames() {}

  static final Set<String> FEMALE = Set.copyOf(java.util.List.of("mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan",
      "jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily",
      "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon",
      "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole",
      "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth",
      "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren",
      "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
      "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia", "judy",
      "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany",
      "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "hillary", "michele", "nikki", "sonia", "kamala",
      "condoleezza", "madeleine", "nancy", "dianne", "kirsten", "kristi", "sarah", "jan", "elena", "ruth", "jill",
      "melania", "ivanka", "meredith", "anita", "jeri", "valerie", "loretta", "janet", "debbie", "tammy",
      "angela", "ursula", "theresa", "liz", "kaja", "annalena", "giorgia", "marine", "penny", "jacinda", "tsai",
      "yulia", "olena", "irina", "natalia", "svetlana", "tatiana", "olga", "anastasia", "ekaterina", "yekaterina",
      "karine", "jen", "kayleigh", "karoline", "samantha", "nikki", "tulsi", "lindsey", "marsha", "joni", "susana",
      "cindy", "gretchen", "claire", "mazie", "tammy", "tina", "patty", "maxine", "ilhan", "alexandria", "rashida",
      "ayanna", "pramila", "katie", "lauren", "marjorie", "liz", "elise", "kristen", "gina", "janna", "wendy"));

  static final Set<String> MALE = Set.copyOf(java.util.List.of("james", "robert", "john", "michael", "william", "david", "richard",
      "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven",
      "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason",
      "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
      "brandon", "benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis",
      "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle", "walter",
      "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean",
      "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert",
      "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell",
      "elijah", "louis", "bobby", "philip", "johnny", "barack", "mitt", "mitch", "chuck", "ted", "rick", "marco",
      "rand", "newt", "bernie", "bill", "jim", "tim", "tom", "mike", "bob", "dick", "jeb", "harry",
      "chris", "rahm", "deval", "jerrold", "elijah", "gregory", "andy", "raul", "raúl", "trey",
      "jay", "ed", "asa", "seth", "vladimir", "sergei", "sergey", "dmitry", "dmitri", "volodymyr", "petro", "viktor",
      "benjamin", "naftali", "yair", "emmanuel", "olaf", "boris", "keir", "rishi", "xi", "recep", "narendra",
      "ali", "hassan", "mohammad", "mohammed", "muhammad", "ahmed", "mahmoud", "abdel", "bashar", "justin",
      "jens", "antonio", "antónio", "josep", "lloyd", "antony", "jake", "ned", "sean", "karl", "jared", "steve",
      "rudy", "reince", "mick", "hunter", "beto", "pete", "cory", "jd", "ron", "vivek",
      "hakeem", "kevin", "jamie", "herschel", "raphael", "joaquin", "julian", "eliot", "andrew", "cuomo",
      "felipe", "vicente", "enrique", "andrés", "anthony", "todd", "marc", "brian", "rex", "jon"));
}
