"""Hand-written rewrites for the prompt-recovery task (data only, no logic).

Sixteen plain everyday originals (``SOURCES``) and, for each, 8 to 10 rewrites written
by hand (``REWRITES``) that change the voice of the whole text while keeping its facts:
style and voice (Shakespeare, pirate, noir detective, fairy tale, sports commentator,
1920s newspaper, robot), tone and formality (formal, casual, urgent, apologetic,
enthusiastic, polite and diplomatic, humorous), audience (child, expert, executive,
language beginner, teenager), perspective (third, second, first person, customer's view)
and inspirational writing (inspirational, persuasive, optimistic). Every rewrite lists
several natural wordings of the instruction that produced it, so the prompt-recovery
adapter learns to name real rewrites instead of only mechanical edits.
"""

from __future__ import annotations

from typing import NamedTuple


class Rewrite(NamedTuple):
    source: str                    # key of SOURCES
    family: str                    # "style", "tone", "audience", "perspective" or "inspirational"
    kind: str                      # the rewrite within the family, e.g. "shakespeare", "formal", "child"
    instructions: tuple[str, ...]  # 3 or more different wordings of the instruction that produced `text`
    text: str                      # the rewritten text


SOURCES: dict[str, str] = {
    "dentist": (
        "We have moved your appointment with Dr. Patel from Tuesday to Thursday, March 14, at 10:30 a.m. "
        "Our clinic on Elm Street had a scheduling conflict. "
        "Please call us at 555-0142 if the new time does not work for you."
    ),
    "printer": (
        "The printer on the third floor is broken again and shows a paper jam error. "
        "Facilities has ordered a replacement part, which should arrive on Wednesday. "
        "Until then, please use the printer in Room 214 next to the kitchen."
    ),
    "bake_sale": (
        "Our charity bake sale will be held this Saturday from 9 a.m. to 1 p.m. in the Greenwood School gym. "
        "All the money we raise will go to Riverside Children's Hospital. "
        "We are still looking for people to bake cookies, brownies and muffins."
    ),
    "bike_lane": (
        "The city has opened a new bike lane on Maple Avenue, running 2.5 miles from the train station to Central Park. "
        "Cars can no longer park on the east side of the street. "
        "The project cost $1.2 million and took four months."
    ),
    "sales": (
        "Our sales for the third quarter reached $4.8 million, which is 12 percent higher than last year. "
        "The northern region grew the most, mainly thanks to the new Orion product line. "
        "Sales in the southern region fell by 3 percent."
    ),
    "library": (
        "The Oakwood Public Library will waive all late fees during the month of June. "
        "Anyone who returns overdue books before June 30 will not have to pay a fine. "
        "The library hopes to get back more than 2,000 missing books."
    ),
    "phone_update": (
        "A new software update, version 14.2, is now available for your phone. "
        "It fixes a battery drain problem and adds a dark mode to the calendar app. "
        "The download is about 1.5 GB, so connect to Wi-Fi before you install it."
    ),
    "firefighters": (
        "The Millbrook Volunteer Fire Department is looking for new members. "
        "Volunteers must be at least 18 years old and able to attend training on Monday evenings. "
        "An open house will be held at the fire station on Saturday, May 4, at 11 a.m."
    ),
    "school_play": (
        "Rehearsals for the school play, The Wizard of Oz, will take place every Tuesday and Thursday "
        "from 3:30 to 5 p.m. in the auditorium. All cast members must bring their scripts. "
        "Mrs. Garcia asks parents to pick up their children on time."
    ),
    "lost_dog": (
        "We found our dog Biscuit on Sunday evening after he had been missing for three days. "
        "A neighbour spotted him near the old mill on Cedar Road and called us. "
        "He was hungry and muddy but not hurt."
    ),
    "gym": (
        "Starting Monday, October 2, FitLife Gym will be open from 5 a.m. to 11 p.m. on weekdays. "
        "Weekend hours will stay the same, from 7 a.m. to 8 p.m. "
        "The change comes after many members asked for earlier morning classes."
    ),
    "solar": (
        "We had 14 solar panels installed on our roof last week. "
        "The installation took two days and cost about $18,000 after the government rebate. "
        "We expect our electricity bill to be around 60 percent lower."
    ),
    "hiring_freeze": (
        "Northwind Logistics has announced a hiring freeze until the end of the year. "
        "No new positions will be filled, but current employees will keep their jobs. "
        "The company says the decision is due to lower shipping demand since July."
    ),
    "farmers_market": (
        "The Hillside Farmers Market opens for the season this Saturday at 8 a.m. in the Town Hall parking lot. "
        "More than 30 local farmers will sell fruit, vegetables, honey and bread. "
        "The market runs every Saturday until October."
    ),
    "offsite": (
        "We are planning a two-day team offsite at Lakeview Lodge on September 12 and 13. "
        "The first day is a strategy session and the second is a hiking trip. "
        "Please tell Maria about any food allergies by Friday."
    ),
    "power_outage": (
        "A power outage hit the Brookside neighbourhood at 7 p.m. on Tuesday after a storm damaged a transformer. "
        "About 1,200 homes lost electricity. "
        "The utility company expects to restore power by noon on Wednesday."
    ),
}


REWRITES: list[Rewrite] = [
    # ------------------------------------------------------------------ dentist
    Rewrite(
        "dentist", "style", "shakespeare",
        ("Rewrite this in the style of Shakespeare.",
         "Make it sound like a line from a Shakespeare play.",
         "Turn this into Shakespearean English.",
         "Write this the way Shakespeare would have."),
        "Hark, good patient! Thy appointment with the learned Dr. Patel, once set for Tuesday, is now removed "
        "to Thursday, the fourteenth day of March, at half past ten of the morning. Our house upon Elm Street "
        "hath suffered a most vexing tangle of hours. If this new time doth not please thee, pray send word "
        "at 555-0142.",
    ),
    Rewrite(
        "dentist", "style", "pirate",
        ("Rewrite this like a pirate would say it.",
         "Put this in pirate speak.",
         "Say this the way a swashbuckling pirate would.",
         "Can you make it sound like a pirate is talking?"),
        "Ahoy, matey! Yer appointment with Dr. Patel be shifted from Tuesday to Thursday, March 14, at half past "
        "ten in the mornin'. Our clinic on Elm Street ran aground on a schedulin' tangle, arr. If the new time "
        "don't suit ye, holler at 555-0142 and we'll chart ye a fresh course!",
    ),
    Rewrite(
        "dentist", "tone", "formal",
        ("Make this more formal.",
         "Rewrite this in a formal register.",
         "Could you make this sound more official?",
         "Rephrase this in formal business English."),
        "Please be advised that your appointment with Dr. Patel has been rescheduled from Tuesday to Thursday, "
        "March 14, at 10:30 a.m., owing to a scheduling conflict at our Elm Street clinic. Should the revised "
        "time prove inconvenient, kindly contact our office at 555-0142.",
    ),
    Rewrite(
        "dentist", "tone", "casual",
        ("Make this sound more casual.",
         "Rewrite it in a relaxed, chatty way.",
         "Can you make this less stiff?",
         "Say this like you're texting a friend."),
        "Hey! Quick heads-up: we had to bump your appointment with Dr. Patel from Tuesday to Thursday, March 14, "
        "at 10:30. Things got a bit double-booked over at the Elm Street clinic. If that doesn't work for you, "
        "just give us a ring at 555-0142!",
    ),
    Rewrite(
        "dentist", "tone", "apologetic",
        ("Rewrite this as an apology.",
         "Make it sound more apologetic.",
         "Add a sincere apology but keep the details.",
         "Rephrase this so we say sorry for the change."),
        "We're truly sorry, but we've had to move your appointment with Dr. Patel from Tuesday to Thursday, "
        "March 14, at 10:30 a.m. The scheduling conflict at our Elm Street clinic was our mistake, and we "
        "apologise for any disruption to your plans. If the new time is difficult for you, please call us at "
        "555-0142 and we'll do our best to make it right.",
    ),
    Rewrite(
        "dentist", "tone", "humorous",
        ("Make this funny.",
         "Give this a lighthearted, joking tone.",
         "Add a few jokes but keep the facts.",
         "Rewrite this so it makes people smile."),
        "Good news for anyone dreading the dentist: you get two extra days of freedom! Your appointment with "
        "Dr. Patel has moved from Tuesday to Thursday, March 14, at 10:30 a.m., because our Elm Street clinic's "
        "calendar tied itself in a knot. If Thursday clashes with your busy schedule of not flossing, call "
        "555-0142.",
    ),
    Rewrite(
        "dentist", "audience", "child",
        ("Explain this to a five-year-old.",
         "Rewrite this for a small child.",
         "Use simple words a little kid would understand.",
         "How would you say this to a young child?"),
        "You were going to see Dr. Patel, the tooth doctor, on Tuesday. But the tooth doctor's office on Elm "
        "Street got its days mixed up, so now you will go on Thursday instead, in the morning at 10:30. If "
        "Thursday is not a good day, a grown-up can call the office at 555-0142.",
    ),
    Rewrite(
        "dentist", "audience", "beginner",
        ("Rewrite this in plain English for someone still learning the language.",
         "Make it easy to read for a non-native speaker.",
         "Simplify this for an English learner.",
         "Use short, simple sentences for a beginner."),
        "Your visit with Dr. Patel is on a new day. The old day was Tuesday. The new day is Thursday, March 14. "
        "The time is 10:30 in the morning. Our office on Elm Street had a problem with the times. Is the new "
        "time bad for you? Please call 555-0142.",
    ),
    Rewrite(
        "dentist", "perspective", "third_person",
        ("Rewrite this in the third person.",
         "Change it from 'we' and 'you' to the clinic and the patient.",
         "Put this in third person, as if someone else is reporting it.",
         "Rephrase it so it isn't written from our point of view."),
        "The Elm Street dental clinic has moved the patient's appointment with Dr. Patel from Tuesday to "
        "Thursday, March 14, at 10:30 a.m. The clinic had a scheduling conflict. It asks the patient to call "
        "555-0142 if the new time does not work for them.",
    ),
    Rewrite(
        "dentist", "perspective", "customer_view",
        ("Rewrite this from the patient's point of view.",
         "Tell this from the customer's side.",
         "Retell it as the person receiving the news.",
         "Write it from the perspective of the one receiving this message."),
        "I just heard from the clinic on Elm Street: my appointment with Dr. Patel isn't on Tuesday anymore. "
        "They had a scheduling conflict, so I'm now booked for Thursday, March 14, at 10:30 a.m. If that time "
        "turns out not to work for me, I need to call them at 555-0142.",
    ),
    # ------------------------------------------------------------------ printer
    Rewrite(
        "printer", "style", "noir_detective",
        ("Rewrite this as a hard-boiled detective story.",
         "Make it sound like a film noir detective narrating.",
         "Tell this in the voice of a 1940s private eye.",
         "Write it like a gritty noir monologue."),
        "The printer on the third floor was dead again. I'd seen it before: the same blinking light, the same "
        "cold lie about a paper jam. Facilities said a replacement part was coming Wednesday. In this town, "
        "promises are cheap. Until then, the smart money walks to Room 214, next to the kitchen, and doesn't "
        "ask questions.",
    ),
    Rewrite(
        "printer", "style", "robot",
        ("Rewrite this as if a robot were saying it.",
         "Make it sound like a computer talking.",
         "Put this in a robotic, machine-like voice.",
         "Say it the way an android would announce it."),
        "ALERT. UNIT: PRINTER, FLOOR 3. STATUS: MALFUNCTION DETECTED AGAIN. ERROR CODE: PAPER JAM. REPLACEMENT "
        "PART ORDERED BY FACILITIES. ESTIMATED ARRIVAL: WEDNESDAY. INTERIM INSTRUCTION: REDIRECT ALL PRINT JOBS "
        "TO ROOM 214, LOCATION ADJACENT TO KITCHEN. END OF MESSAGE.",
    ),
    Rewrite(
        "printer", "tone", "urgent",
        ("Make this sound urgent.",
         "Rewrite it with a sense of urgency.",
         "Turn this into an urgent notice.",
         "Make it read like it needs attention right now."),
        "IMPORTANT, PLEASE READ NOW: the third-floor printer is down again with a paper jam error. Do not send "
        "anything to it! The replacement part will not arrive until Wednesday. Until then, all printing must go "
        "to Room 214 next to the kitchen, starting immediately.",
    ),
    Rewrite(
        "printer", "tone", "humorous",
        ("Rewrite it in a humorous way.",
         "Could you add some humour to this?",
         "Make this office notice a bit silly.",
         "Make it funny without losing the details."),
        "Breaking news: the third-floor printer has once again chosen violence. It claims there's a paper jam, "
        "as it always does when it's tired of us. Facilities has ordered a replacement part, arriving Wednesday, "
        "assuming the printer doesn't jam the delivery truck too. Meanwhile, please make the pilgrimage to "
        "Room 214 next to the kitchen. Snack breaks on the way are allowed.",
    ),
    Rewrite(
        "printer", "tone", "apologetic",
        ("Rewrite this to apologise for the trouble.",
         "Make it sound sorry.",
         "Turn this into an apology to staff.",
         "Add an apologetic tone."),
        "We're sorry, everyone: the printer on the third floor has broken down again and is showing a paper jam "
        "error. We know this keeps happening, and we apologise for the frustration. Facilities has ordered a "
        "replacement part that should arrive on Wednesday. Until then, please use the printer in Room 214 next "
        "to the kitchen, and thank you for your patience.",
    ),
    Rewrite(
        "printer", "audience", "executive",
        ("Rewrite this for an executive.",
         "Summarise this for a busy manager, impact first.",
         "Make it a short executive update.",
         "Write this for senior leadership in a few lines."),
        "Impact: third-floor printing is unavailable until Wednesday because of a recurring paper jam fault. "
        "Action: Facilities has ordered the replacement part; staff are redirected to the Room 214 printer by "
        "the kitchen. Note: this is a repeat failure.",
    ),
    Rewrite(
        "printer", "audience", "expert",
        ("Rewrite this for an IT technician.",
         "Make it technical and precise for specialists.",
         "Write this as a technical status report.",
         "Put this in precise, expert language."),
        "Incident update: the third-floor network printer has failed again and reports a paper jam fault. "
        "Facilities has ordered the replacement part, ETA Wednesday. The recurrence points to a hardware fault "
        "rather than user error. Workaround: route print jobs to the device in Room 214 (adjacent to the "
        "kitchen) until the repair is complete.",
    ),
    Rewrite(
        "printer", "perspective", "first_person",
        ("Rewrite this in the first person, as if you were Facilities.",
         "Make it a message from Facilities using 'we'.",
         "Change this to first person.",
         "Write it as if the department responsible is speaking."),
        "The printer on the third floor has broken again, and it's showing a paper jam error. We in Facilities "
        "have ordered a replacement part, and I expect it to arrive on Wednesday. Until it's here, please use "
        "the printer in Room 214 next to the kitchen.",
    ),
    Rewrite(
        "printer", "perspective", "customer_view",
        ("Tell this from the point of view of an employee affected by it.",
         "Rewrite this from the user's side.",
         "Retell it as someone affected by this.",
         "Write it from the reader's perspective."),
        "I went to print my report on the third floor and, of course, the printer is broken again with that "
        "paper jam error. Apparently Facilities has ordered a replacement part that should come on Wednesday. "
        "So until then I'll be walking over to Room 214 next to the kitchen to print my stuff.",
    ),
    Rewrite(
        "printer", "inspirational", "optimistic",
        ("Put a positive spin on this.",
         "Make this sound optimistic.",
         "Rewrite it to focus on the bright side.",
         "Make the bad news sound hopeful."),
        "Good news is on the way: Facilities has already ordered a replacement part for the third-floor printer, "
        "and it should arrive on Wednesday, so the paper jam error will soon be history. In the meantime, the "
        "printer in Room 214 next to the kitchen works fine, and the short walk is a nice excuse to grab a "
        "coffee.",
    ),
    # ------------------------------------------------------------------ bake_sale
    Rewrite(
        "bake_sale", "style", "fairy_tale",
        ("Rewrite this as a fairy tale.",
         "Turn this into a story that starts with 'Once upon a time'.",
         "Tell it like a bedtime story.",
         "Make it sound like a fairy tale from a children's book."),
        "Once upon a time, in the great gym of Greenwood School, a kind-hearted village planned a charity bake "
        "sale. On Saturday, from nine in the morning until one in the afternoon, they would trade sweet treats "
        "for gold, and every coin would go to Riverside Children's Hospital. But the village still needed brave "
        "bakers to make cookies, brownies and muffins.",
    ),
    Rewrite(
        "bake_sale", "style", "old_newspaper",
        ("Write this like a 1920s newspaper article.",
         "Make it sound like an old-time newspaper report.",
         "Rewrite this in the style of a vintage newspaper.",
         "Turn it into a news item from the 1920s."),
        "BAKE SALE FOR HOSPITAL THIS SATURDAY. Ladies and gentlemen of the town are cordially invited to a "
        "charity bake sale, to be held Saturday from 9 o'clock until 1 o'clock in the gymnasium of the Greenwood "
        "School. Every penny raised shall go to the Riverside Children's Hospital. The committee calls upon "
        "able bakers to furnish cookies, brownies and muffins.",
    ),
    Rewrite(
        "bake_sale", "style", "shakespeare",
        ("Rewrite this in Shakespearean English.",
         "Make it sound like Shakespeare wrote it.",
         "Put this into the language of Shakespeare's plays.",
         "Give it a Shakespearean flourish, thee and thou included."),
        "Come, gentle friends, and lend thine ears! Upon this Saturday, from nine o'clock till one, within the "
        "hall of Greenwood School, we hold a sale of sweetest cakes for charity. Each coin thou spendest goeth "
        "to Riverside Children's Hospital. Yet hark: we lack still willing hands to bake us cookies, brownies "
        "and muffins. Who among thee will answer?",
    ),
    Rewrite(
        "bake_sale", "tone", "enthusiastic",
        ("Make this sound more enthusiastic.",
         "Rewrite this with lots of excitement.",
         "Make it upbeat and full of energy!",
         "Add some excitement to this."),
        "It's almost here! Our charity bake sale is happening this Saturday from 9 a.m. to 1 p.m. in the "
        "Greenwood School gym, and we can't wait! Every single dollar goes to Riverside Children's Hospital! "
        "And we still need YOU, amazing bakers, to whip up cookies, brownies and muffins. Let's make this the "
        "sweetest Saturday ever!",
    ),
    Rewrite(
        "bake_sale", "tone", "casual",
        ("Make this more casual.",
         "Rewrite it so it sounds relaxed and friendly.",
         "Say this in a laid-back way.",
         "Make it chatty, like a message to the neighbours."),
        "So, our charity bake sale's on this Saturday, 9 to 1, over at the Greenwood School gym. Whatever we "
        "make goes straight to Riverside Children's Hospital. We're still short a few bakers, though, so if you "
        "can throw together some cookies, brownies or muffins, that'd be awesome.",
    ),
    Rewrite(
        "bake_sale", "audience", "child",
        ("Explain this like I'm five.",
         "Rewrite it so a little kid can understand.",
         "Say this in words a young child knows."),
        "On Saturday morning, lots of people will bring yummy cakes and cookies to the big gym at Greenwood "
        "School. People can buy the treats from 9 o'clock until lunchtime. All the money will go to a hospital "
        "that helps sick kids get better. We need more helpers to bake cookies, brownies and muffins!",
    ),
    Rewrite(
        "bake_sale", "audience", "teenager",
        ("Rewrite this for teenagers.",
         "Make it sound like it's written for high schoolers.",
         "Make this appeal to a teen audience.",
         "Rewrite it the way you'd pitch it to teens."),
        "Okay, real talk: the charity bake sale is this Saturday, 9 a.m. to 1 p.m., in the Greenwood School gym. "
        "Every dollar goes to Riverside Children's Hospital, so it's actually for a good cause. We still need "
        "people to bake cookies, brownies and muffins. It counts for volunteer hours, and yes, you can post your "
        "brownies on your story.",
    ),
    Rewrite(
        "bake_sale", "perspective", "third_person",
        ("Rewrite this in the third person.",
         "Change 'we' and 'our' to 'the organisers'.",
         "Make this third person, like a report about the group.",
         "Write it as if someone else is describing the organisers."),
        "The organisers' charity bake sale will be held this Saturday from 9 a.m. to 1 p.m. in the Greenwood "
        "School gym. All the money they raise will go to Riverside Children's Hospital. They are still looking "
        "for people to bake cookies, brownies and muffins.",
    ),
    Rewrite(
        "bake_sale", "inspirational", "persuasive",
        ("Make this persuasive.",
         "Rewrite it to convince people to help out.",
         "Turn this into a call to action.",
         "Make it more convincing so people sign up."),
        "A single batch of cookies can help a sick child. This Saturday, from 9 a.m. to 1 p.m., our charity bake "
        "sale in the Greenwood School gym raises money for Riverside Children's Hospital, and every dollar goes "
        "to them. We just need more bakers. Bake a tray of brownies, muffins or cookies, bring it along, and "
        "make a real difference. Sign up today!",
    ),
    Rewrite(
        "bake_sale", "inspirational", "inspirational",
        ("Make this inspirational.",
         "Rewrite this to be uplifting and motivating.",
         "Give it an inspiring tone.",
         "Make this sound hopeful and moving."),
        "Small acts of kindness add up to something beautiful. This Saturday, from 9 a.m. to 1 p.m., our "
        "community will gather in the Greenwood School gym for a charity bake sale, and every dollar will go to "
        "Riverside Children's Hospital. Each cookie, brownie and muffin baked with love is a gift of hope. Will "
        "you be one of the bakers who make it happen?",
    ),
    # ------------------------------------------------------------------ bike_lane
    Rewrite(
        "bike_lane", "style", "sports_commentator",
        ("Rewrite this like a sports commentator.",
         "Make it sound like live sports commentary.",
         "Narrate this like a play-by-play announcer.",
         "Say this as if you were calling a big game."),
        "And here it is, folks, the city has done it! A brand-new bike lane on Maple Avenue, stretching a "
        "whopping 2.5 miles from the train station all the way to Central Park! Cars are OUT on the east side, "
        "no more parking there! Four months of hard work, $1.2 million on the board, and what a finish!",
    ),
    Rewrite(
        "bike_lane", "style", "old_newspaper",
        ("Write this as a 1920s newspaper story.",
         "Make it sound like an old newspaper headline and report.",
         "Rewrite it in a vintage newspaper style.",
         "Give it the feel of a newspaper from a hundred years ago."),
        "CITY OPENS NEW LANE FOR BICYCLES. Cyclists rejoice, for the municipal authorities have completed a "
        "bicycle lane along Maple Avenue, extending some two and one-half miles from the railway station to "
        "Central Park. Motorcars are henceforth forbidden to stand upon the eastern side of the thoroughfare. "
        "The undertaking required four months and the princely sum of $1,200,000.",
    ),
    Rewrite(
        "bike_lane", "style", "robot",
        ("Make this sound like a robot.",
         "Rewrite this in a computer's voice.",
         "Say this like a machine reading out data.",
         "Rewrite it as a robotic announcement."),
        "PROCESSING CITY UPDATE. NEW BIKE LANE: ONLINE. LOCATION: MAPLE AVENUE. LENGTH: 2.5 MILES. START POINT: "
        "TRAIN STATION. END POINT: CENTRAL PARK. VEHICLE PARKING ON EAST SIDE: DISABLED. PROJECT COST: 1.2 "
        "MILLION DOLLARS. BUILD TIME: 4 MONTHS. BEEP. UPDATE COMPLETE.",
    ),
    Rewrite(
        "bike_lane", "tone", "formal",
        ("Rewrite it as an official city announcement.",
         "Put this in formal language.",
         "Make it sound more professional and official.",
         "Use a formal, official tone."),
        "The City is pleased to announce the opening of a new cycle lane on Maple Avenue, extending 2.5 miles "
        "from the train station to Central Park. Parking is no longer permitted on the east side of the street. "
        "The project was completed over a period of four months at a total cost of $1.2 million.",
    ),
    Rewrite(
        "bike_lane", "tone", "humorous",
        ("Make this humorous.",
         "Rewrite it in a funny way.",
         "Add some jokes to this.",
         "Make this news light and funny."),
        "Cyclists of the city, your prayers have been answered: a new bike lane now runs 2.5 miles down Maple "
        "Avenue, from the train station to Central Park. Drivers, please say goodbye to your favourite east-side "
        "parking spot; it has retired. The project took four months and $1.2 million, which is still less than "
        "some cyclists spend on matching Lycra.",
    ),
    Rewrite(
        "bike_lane", "audience", "expert",
        ("Rewrite this for urban planners.",
         "Make it technical, as if for transport engineers.",
         "Put this in precise professional language for specialists.",
         "Write it as a technical project summary."),
        "Project summary: a dedicated cycle lane has been commissioned on the Maple Avenue corridor, 2.5 miles "
        "(approx. 4 km) long, linking the train station to Central Park. On-street parking on the east side has "
        "been removed to provide the required right-of-way. Construction period: four months; total capital "
        "cost $1.2 million, about $480,000 per mile.",
    ),
    Rewrite(
        "bike_lane", "audience", "beginner",
        ("Rewrite this in simple English for a learner.",
         "Make it easy for a non-native speaker to read.",
         "Use basic words and short sentences.",
         "Simplify this for someone learning English."),
        "The city has a new bike lane. It is on Maple Avenue. It goes from the train station to Central Park. "
        "It is 2.5 miles long. Now cars cannot park on the east side of the street. The work took four months. "
        "It cost $1.2 million.",
    ),
    Rewrite(
        "bike_lane", "inspirational", "persuasive",
        ("Rewrite this to convince the reader to act.",
         "Turn this into a persuasive message.",
         "Make it encourage readers to take action.",
         "Write it so it talks people into it."),
        "There has never been a better time to leave the car at home. The city's new bike lane on Maple Avenue "
        "gives you a safe 2.5-mile ride from the train station to Central Park, and with no parking on the east "
        "side, you'll skip the hunt for a space anyway. The city invested $1.2 million and four months to build "
        "it. Now it's your turn: grab a bike and try it this week.",
    ),
    Rewrite(
        "bike_lane", "inspirational", "optimistic",
        ("Give this an optimistic spin.",
         "Rewrite it so even the downsides sound good.",
         "Focus on the positives.",
         "Make this sound more hopeful."),
        "Maple Avenue just got a lot friendlier. The city's new bike lane now runs 2.5 miles from the train "
        "station to Central Park, and losing parking on the east side means a calmer, safer street for everyone. "
        "It took four months and $1.2 million, an investment that will pay off every day in cleaner air and "
        "happier commutes.",
    ),
    # ------------------------------------------------------------------ sales
    Rewrite(
        "sales", "style", "sports_commentator",
        ("Make it sound like a sports broadcast.",
         "Narrate these results like a live match.",
         "Commentate this like a big game.",
         "Rewrite this as a sportscaster would."),
        "What a quarter, ladies and gentlemen! Q3 sales storm past the line at $4.8 million, a full 12 percent "
        "ahead of last year! The northern region is leading the pack, powered by that brand-new Orion product "
        "line, unstoppable! But oh, a rough day for the south, slipping back 3 percent. They'll want that one "
        "back!",
    ),
    Rewrite(
        "sales", "style", "shakespeare",
        ("Write this the way Shakespeare would.",
         "Rewrite this in the style of a Shakespeare play.",
         "Make it sound Elizabethan, with thee and thou.",
         "Shakespeare-ify this, please."),
        "Rejoice, good fellows! Our gains in this third quarter have swelled to four million and eight hundred "
        "thousand dollars, twelve parts in a hundred above the year now past. The north hath prospered most, by "
        "grace of our new Orion wares. Yet alas, the south doth languish, fallen by three parts in a hundred.",
    ),
    Rewrite(
        "sales", "tone", "formal",
        ("Rewrite this for an official report.",
         "Put this in formal business language.",
         "Make the wording more formal.",
         "Rephrase this formally, as for a board report."),
        "Third-quarter revenue amounted to $4.8 million, representing an increase of 12 percent year on year. "
        "The northern region recorded the strongest growth, attributable primarily to the new Orion product "
        "line. By contrast, revenue in the southern region declined by 3 percent.",
    ),
    Rewrite(
        "sales", "tone", "enthusiastic",
        ("Make this sound excited.",
         "Rewrite it with enthusiasm.",
         "Make it more energetic and upbeat.",
         "Add some excitement to these results!"),
        "We did it, team! Third-quarter sales hit $4.8 million, that's 12 percent higher than last year! The "
        "northern region absolutely crushed it, and the new Orion product line is a total hit! The south dipped "
        "3 percent, but with momentum like this, we're ready for an amazing fourth quarter!",
    ),
    Rewrite(
        "sales", "tone", "polite_diplomatic",
        ("Make this more diplomatic.",
         "Rewrite it tactfully, especially the bad part.",
         "Soften this and make it more polite.",
         "Word this more gently."),
        "We're pleased to share that third-quarter sales reached $4.8 million, 12 percent above last year. The "
        "northern region saw particularly strong growth, thanks in large part to the new Orion product line. "
        "The southern region had a more challenging quarter, with sales about 3 percent lower, and we'd welcome "
        "the chance to explore together what support might help there.",
    ),
    Rewrite(
        "sales", "audience", "executive",
        ("Rewrite this for an executive summary.",
         "Make it short and lead with the business impact.",
         "Summarise this for the CEO.",
         "Give me the exec version."),
        "Q3 revenue: $4.8M, up 12% year over year. Growth driver: Orion product line, concentrated in the "
        "northern region. Risk: southern region down 3%; needs attention.",
    ),
    Rewrite(
        "sales", "audience", "child",
        ("Rewrite this so a young child would get it.",
         "Use very simple words, like for a little kid.",
         "How would you explain this to a small child?",
         "Make this understandable for a kindergartner."),
        "Our company sold lots and lots of things these last three months, more than last year. We got $4.8 "
        "million, which is a really, really big pile of money! The people in the north sold the most, because "
        "they had new things to sell called Orion. The people in the south sold a little less than before.",
    ),
    Rewrite(
        "sales", "perspective", "third_person",
        ("Report this in the third person.",
         "Change 'our' to 'the company'.",
         "Make it third person, as if a journalist is reporting it.",
         "Take out the 'we' and 'our'."),
        "The company's sales for the third quarter reached $4.8 million, 12 percent higher than the year before. "
        "Its northern region grew the most, mainly thanks to the new Orion product line, while sales in its "
        "southern region fell by 3 percent.",
    ),
    Rewrite(
        "sales", "perspective", "second_person",
        ("Rewrite this addressing the sales team directly as 'you'.",
         "Write this in the second person.",
         "Speak directly to the reader, using 'you'.",
         "Make it a message that talks to the team as 'you'."),
        "You brought in $4.8 million in sales this third quarter, 12 percent more than last year. If you work in "
        "the northern region, you grew the most, mainly thanks to the new Orion product line. If you're in the "
        "southern region, your sales fell by 3 percent.",
    ),
    Rewrite(
        "sales", "inspirational", "optimistic",
        ("Put a positive spin on this.",
         "Make it sound optimistic, even the drop.",
         "Rewrite this to look on the bright side.",
         "Make the results sound hopeful."),
        "It was a strong quarter: sales reached $4.8 million, 12 percent above last year. The new Orion product "
        "line is clearly working and drove the northern region to the biggest growth. The southern region "
        "dipped by just 3 percent, which leaves plenty of room to grow there once Orion's success spreads south.",
    ),
    # ------------------------------------------------------------------ library
    Rewrite(
        "library", "style", "fairy_tale",
        ("Tell this as a fairy tale.",
         "Rewrite this starting with 'Once upon a time'.",
         "Make it sound like a storybook tale.",
         "Turn this into a fairy story."),
        "Once upon a time, in the kingdom of Oakwood, the wise keepers of the Public Library made a magical "
        "promise. For the whole month of June, no one would pay a single coin in late fees. Any wanderer who "
        "returned a lost book before the thirtieth day of June would be forgiven. And the keepers hoped that "
        "more than 2,000 missing books would at last find their way home.",
    ),
    Rewrite(
        "library", "style", "pirate",
        ("Rewrite this like a pirate.",
         "Say this in pirate talk.",
         "Make it sound like a pirate captain's announcement.",
         "Arr, make it pirate!"),
        "Arr, listen up, ye scallywags! The Oakwood Public Library be waivin' all late fees for the whole month "
        "o' June! Bring back yer overdue books before June 30 and ye won't pay a single doubloon in fines. The "
        "library be hopin' to recover more than 2,000 missin' books, so haul that lost treasure back to port!",
    ),
    Rewrite(
        "library", "tone", "casual",
        ("Make this sound casual.",
         "Rewrite it in a friendly, relaxed way.",
         "Make it less official and more chatty.",
         "Say it like you'd tell a friend."),
        "Hey, if you've got library books gathering dust, good news: Oakwood Public Library's dropping all late "
        "fees for June. Just bring them back before June 30 and you won't pay a thing. They're hoping to get "
        "more than 2,000 missing books back, so now's your chance.",
    ),
    Rewrite(
        "library", "tone", "enthusiastic",
        ("Make this enthusiastic.",
         "Rewrite this with lots of excitement!",
         "Make it sound thrilled and upbeat.",
         "Pump up the energy in this."),
        "Amazing news, book lovers! The Oakwood Public Library is waiving ALL late fees for the entire month of "
        "June! Return your overdue books before June 30 and pay absolutely nothing! The library hopes to welcome "
        "back more than 2,000 missing books. Let's bring them home!",
    ),
    Rewrite(
        "library", "audience", "beginner",
        ("Rewrite this in easy English for a language learner.",
         "Make it simple for a non-native speaker.",
         "Use short sentences and common words.",
         "Write this in beginner-level English."),
        "The Oakwood Public Library has good news. In June, there are no late fees. Do you have old library "
        "books at home? Bring them back before June 30. You will not pay any money. The library wants to get "
        "back more than 2,000 lost books.",
    ),
    Rewrite(
        "library", "audience", "teenager",
        ("Rewrite this for teenagers.",
         "Make this sound like it's aimed at teens.",
         "Rewrite it in a way a teenager would actually read.",
         "Make it sound like something a teen would post."),
        "PSA: that library book you 'lost' under your bed? Oakwood Public Library is literally waiving all late "
        "fees in June. Return it before June 30 and you pay zero, no awkward fine. They're trying to get back "
        "over 2,000 missing books, so do the thing and drop yours off.",
    ),
    Rewrite(
        "library", "perspective", "first_person",
        ("Rewrite this in the first person, as if the library is speaking.",
         "Make it 'we' instead of naming the organisation.",
         "Change this to first person.",
         "Write it as the librarians talking."),
        "We at the Oakwood Public Library are waiving all late fees during the month of June. If you return "
        "overdue books to us before June 30, you won't have to pay a fine. We're hoping to get back more than "
        "2,000 of our missing books.",
    ),
    Rewrite(
        "library", "perspective", "customer_view",
        ("Tell this from a borrower's point of view.",
         "Rewrite it from the reader's side.",
         "Retell this as one of the people it affects.",
         "Write it from the perspective of a library user."),
        "I've had a stack of overdue books from the Oakwood Public Library sitting on my shelf for months, and "
        "I've been dreading the fine. Then I saw that they're waiving all late fees in June. If I return them "
        "before June 30, I won't pay anything. Apparently more than 2,000 books are missing, so I'm clearly not "
        "the only one.",
    ),
    Rewrite(
        "library", "inspirational", "persuasive",
        ("Make this persuasive.",
         "Rewrite this to get people to act.",
         "Make it convince readers to act before the deadline.",
         "Turn this into a persuasive appeal."),
        "Don't let that overdue book haunt you any longer. For June only, the Oakwood Public Library is waiving "
        "every late fee, so returning it before June 30 costs you nothing at all. More than 2,000 books are "
        "still missing, and each one is a story someone else is waiting to read. Dig out your overdue books "
        "today and bring them back.",
    ),
    # ------------------------------------------------------------------ phone_update
    Rewrite(
        "phone_update", "style", "robot",
        ("Rewrite this in a robotic voice.",
         "Make it sound like the phone itself is talking.",
         "Say this like a computer system message.",
         "Rewrite as if an AI robot is announcing it."),
        "GREETINGS, HUMAN. SOFTWARE UPDATE VERSION 14.2 IS NOW AVAILABLE FOR THIS DEVICE. PATCH NOTES: BATTERY "
        "DRAIN ERROR CORRECTED. CALENDAR APPLICATION: DARK MODE ADDED. DOWNLOAD SIZE: 1.5 GIGABYTES. "
        "REQUIREMENT: CONNECT TO WI-FI BEFORE INSTALLATION. AWAITING YOUR COMMAND.",
    ),
    Rewrite(
        "phone_update", "style", "noir_detective",
        ("Rewrite this like a noir detective story.",
         "Tell this as a hard-boiled private eye would.",
         "Make it sound like a gritty detective narration.",
         "Write it in the voice of a world-weary gumshoe."),
        "The phone buzzed at midnight. Version 14.2, it said, like it knew me. I'd been losing battery for "
        "weeks, draining away like a gambler's luck, and this update swore it could fix that. It even threw in "
        "a dark mode for the calendar, fitting for a guy like me. But it was 1.5 GB, heavy as a guilty "
        "conscience. I'd need Wi-Fi before I let it in.",
    ),
    Rewrite(
        "phone_update", "tone", "urgent",
        ("Make this urgent.",
         "Rewrite it so it sounds like people need to act now.",
         "Make this sound like a critical alert.",
         "Add urgency to this."),
        "Action required: install software update 14.2 on your phone as soon as possible. It fixes the battery "
        "drain problem that is emptying your battery, and it adds dark mode to the calendar app. The download is "
        "about 1.5 GB, so connect to Wi-Fi now and start the installation today.",
    ),
    Rewrite(
        "phone_update", "tone", "casual",
        ("Make this casual.",
         "Rewrite it so it sounds like a friend telling you.",
         "Make this more laid-back and chatty.",
         "Use a relaxed, informal tone."),
        "Oh, btw, there's a new update for your phone, 14.2. It finally fixes that annoying battery drain thing, "
        "and the calendar app gets dark mode now. It's a pretty big download, like 1.5 gigs, so you'll want to "
        "hop on Wi-Fi first.",
    ),
    Rewrite(
        "phone_update", "tone", "apologetic",
        ("Rewrite this as an apology from the company.",
         "Make it apologetic about the problem.",
         "Add an apology for the trouble users had.",
         "Make it sound like the company is sorry."),
        "We're sorry that your phone's battery has been draining faster than it should. We've fixed the problem "
        "in software update 14.2, which is now available, and as a small thank-you for your patience we've added "
        "a dark mode to the calendar app. The download is about 1.5 GB, so please connect to Wi-Fi before "
        "installing it.",
    ),
    Rewrite(
        "phone_update", "tone", "humorous",
        ("Make this funny.",
         "Rewrite it with a humorous twist.",
         "Add a bit of humour.",
         "Make the announcement playful and funny."),
        "Is your phone's battery dying faster than your motivation on a Monday? Version 14.2 is here to help! It "
        "fixes the battery drain and gives the calendar app a dark mode, so your meetings can look as gloomy as "
        "they feel. Heads-up: it's 1.5 GB, so connect to Wi-Fi unless you enjoy surprise phone bills.",
    ),
    Rewrite(
        "phone_update", "audience", "expert",
        ("Rewrite this for a technical audience.",
         "Make it read like release notes for developers.",
         "Use precise technical language for specialists.",
         "Write this as a changelog."),
        "Release 14.2 is now available as an over-the-air (OTA) update. Changes: resolves an issue causing "
        "excessive battery drain; adds dark mode support to the Calendar application. Package size: "
        "approximately 1.5 GB. A Wi-Fi connection is recommended prior to installation to avoid cellular data "
        "consumption.",
    ),
    Rewrite(
        "phone_update", "audience", "child",
        ("Explain this to a five-year-old.",
         "Rewrite this in words a small child understands.",
         "Make it simple enough for a little kid."),
        "Your phone can get a new update. It is called 14.2. It helps the phone's battery last longer, so it "
        "doesn't run out so fast. It also gives the calendar a dark look, which is nice at night. It is big, "
        "1.5 GB, so ask a grown-up to connect to Wi-Fi first.",
    ),
    Rewrite(
        "phone_update", "audience", "beginner",
        ("Rewrite this in simple English for a learner.",
         "Make this easy for a non-native English speaker.",
         "Use short and simple sentences.",
         "Write it so an English beginner can understand."),
        "There is a new update for your phone. The name is version 14.2. It fixes a problem with the battery. "
        "The battery will not go empty so fast. The calendar app now has a dark mode. The update is big: 1.5 GB. "
        "Please use Wi-Fi before you start.",
    ),
    Rewrite(
        "phone_update", "audience", "teenager",
        ("Rewrite this for teens.",
         "Make it sound like a teenager wrote it.",
         "Make this appeal to teenagers.",
         "Rewrite it in teen slang."),
        "Update 14.2 just dropped and honestly it's a W. Your battery won't die in the middle of the day anymore, "
        "and the calendar app finally has dark mode. It's like 1.5 GB though, so get on Wi-Fi first unless you "
        "want to burn all your data.",
    ),
    # ------------------------------------------------------------------ firefighters
    Rewrite(
        "firefighters", "style", "shakespeare",
        ("Rewrite this in the style of Shakespeare.",
         "Write this like a speech from a Shakespeare play.",
         "Put this into Early Modern English.",
         "Make this sound Shakespearean."),
        "Hear ye, good people of Millbrook! Our Volunteer Fire Department doth seek new souls to stand against "
        "the flame. Whoso would join must have lived full eighteen years, and come each Monday eve to learn the "
        "craft. Upon Saturday, the fourth of May, at eleven of the clock, our station gates shall open wide. "
        "Come thou, and be welcome!",
    ),
    Rewrite(
        "firefighters", "style", "old_newspaper",
        ("Make it sound like a 1920s newspaper.",
         "Rewrite this as an old-fashioned newspaper notice.",
         "Turn this into a vintage news report.",
         "Write it the way a newspaper in the Roaring Twenties would."),
        "FIRE BRIGADE SEEKS STOUT VOLUNTEERS. The Millbrook Volunteer Fire Department has issued a call for "
        "able-bodied recruits. Applicants must have attained the age of eighteen years and be prepared to attend "
        "drill each Monday evening. The public is invited to an open house at the fire station on Saturday, the "
        "4th of May, at 11 o'clock in the forenoon.",
    ),
    Rewrite(
        "firefighters", "tone", "formal",
        ("Make this more formal.",
         "Rewrite this as an official recruitment notice.",
         "Make it read like an official announcement.",
         "Raise the formality of this."),
        "The Millbrook Volunteer Fire Department is currently accepting applications for new members. "
        "Candidates must be a minimum of 18 years of age and available to attend training sessions on Monday "
        "evenings. Prospective applicants are cordially invited to an open house at the fire station on "
        "Saturday, May 4, at 11:00 a.m.",
    ),
    Rewrite(
        "firefighters", "tone", "urgent",
        ("Rewrite this with urgency.",
         "Make it sound like they need people right away.",
         "Turn this into an urgent appeal.",
         "Make this more pressing."),
        "Millbrook needs you now! The Volunteer Fire Department is urgently looking for new members. If you are "
        "at least 18 and can train on Monday evenings, come to the open house at the fire station this Saturday, "
        "May 4, at 11 a.m. Don't wait: every new volunteer counts.",
    ),
    Rewrite(
        "firefighters", "tone", "enthusiastic",
        ("Make this sound enthusiastic.",
         "Add lots of energy and excitement.",
         "Rewrite it in an upbeat, excited tone.",
         "Make it more exciting!"),
        "Want to be a hero? The Millbrook Volunteer Fire Department is recruiting, and we'd love to meet you! If "
        "you're 18 or older and free on Monday evenings for training, come to our open house at the fire "
        "station on Saturday, May 4, at 11 a.m. See the trucks, meet the crew, and join the team!",
    ),
    Rewrite(
        "firefighters", "audience", "teenager",
        ("Make this speak to teenagers.",
         "Make it appeal to older teens.",
         "Write this so teens would want to read it.",
         "Adapt this for a teenage audience."),
        "Just turned 18? The Millbrook Volunteer Fire Department wants new members, and honestly, 'volunteer "
        "firefighter' looks way better on a college application than 'played video games all year.' Training "
        "is on Monday evenings. Pull up to the open house at the fire station on Saturday, May 4, at 11 a.m.",
    ),
    Rewrite(
        "firefighters", "perspective", "second_person",
        ("Rewrite this addressed directly to the reader as 'you'.",
         "Put it in the second person.",
         "Make it speak to the reader directly.",
         "Change it so it talks to 'you'."),
        "You could be Millbrook's next volunteer firefighter. If you're at least 18 years old and you can attend "
        "training on Monday evenings, the Volunteer Fire Department wants you. You're invited to the open house "
        "at the fire station on Saturday, May 4, at 11 a.m.",
    ),
    Rewrite(
        "firefighters", "perspective", "first_person",
        ("Rewrite this in the first person, as the fire department.",
         "Write this using 'we', as if the firefighters are speaking.",
         "Change it into first person.",
         "Make it sound like the department is talking about itself."),
        "We at the Millbrook Volunteer Fire Department are looking for new members. To join us, you must be at "
        "least 18 years old and able to attend our training on Monday evenings. We're holding an open house at "
        "our fire station on Saturday, May 4, at 11 a.m.",
    ),
    Rewrite(
        "firefighters", "inspirational", "persuasive",
        ("Rewrite this to convince people to sign up.",
         "Turn it into a persuasive recruitment pitch.",
         "Make it more convincing.",
         "Make this persuasive enough that people sign up."),
        "When a fire breaks out in Millbrook, it's volunteers who answer the call, and right now we need more of "
        "them. If you're 18 or older, you already have what it takes to start; one Monday evening a week of "
        "training will teach you the rest. Come to the open house at the fire station on Saturday, May 4, at "
        "11 a.m., and see for yourself why it's worth it.",
    ),
    Rewrite(
        "firefighters", "inspirational", "inspirational",
        ("Make this inspirational.",
         "Rewrite this to be uplifting.",
         "Give it a motivating, inspiring tone.",
         "Make people feel inspired reading this."),
        "Courage isn't something you're born with; it's something you choose. The Millbrook Volunteer Fire "
        "Department is looking for people ready to make that choice. If you're at least 18 and can give your "
        "Monday evenings to training, you can become the one who runs toward danger to protect your neighbours. "
        "Your journey can begin at the open house at the fire station on Saturday, May 4, at 11 a.m.",
    ),
    # ------------------------------------------------------------------ school_play
    Rewrite(
        "school_play", "style", "fairy_tale",
        ("Rewrite this as a fairy tale.",
         "Make it sound like a story that begins 'Once upon a time'.",
         "Tell it like a children's fairy tale.",
         "Turn this notice into a fairy tale."),
        "Once upon a time, in a grand auditorium, a band of young players set out to bring The Wizard of Oz to "
        "life. Every Tuesday and Thursday, from half past three until five o'clock, they gathered to rehearse, "
        "each carrying a precious script. And the good Mrs. Garcia asked all the parents to come for their "
        "children right on time, before the magic faded.",
    ),
    Rewrite(
        "school_play", "style", "sports_commentator",
        ("Rewrite this like a sports commentator.",
         "Make it sound like a sports announcer calling a game.",
         "Narrate this like live sports coverage.",
         "Do this in the voice of a TV sports commentator."),
        "It's rehearsal season, folks, and the cast of The Wizard of Oz is taking the field! Tuesdays and "
        "Thursdays, 3:30 to 5 p.m., right here in the auditorium! Every player has to bring their script, no "
        "exceptions! And Coach Garcia has a message for the parents: pick-up is on time, or you're out of the "
        "game!",
    ),
    Rewrite(
        "school_play", "tone", "polite_diplomatic",
        ("Make this more polite.",
         "Rewrite this tactfully so parents don't feel scolded.",
         "Soften the tone and make it diplomatic.",
         "Phrase this more gently."),
        "We're delighted that rehearsals for our school play, The Wizard of Oz, are under way every Tuesday and "
        "Thursday from 3:30 to 5 p.m. in the auditorium. We'd be grateful if cast members could remember to "
        "bring their scripts. Mrs. Garcia would also very much appreciate it if parents could arrange to pick "
        "up their children on time, as it helps everyone a great deal.",
    ),
    Rewrite(
        "school_play", "tone", "humorous",
        ("Rewrite it with humour.",
         "Give this a comic, playful tone.",
         "Make it lighthearted and jokey.",
         "Make this funnier."),
        "Follow the yellow brick road to the auditorium! Rehearsals for The Wizard of Oz run every Tuesday and "
        "Thursday from 3:30 to 5 p.m. Cast members must bring their scripts, because the Scarecrow isn't the "
        "only one who forgets things. And Mrs. Garcia asks parents to pick up their children on time. She is a "
        "teacher, not a wizard, and cannot make them disappear.",
    ),
    Rewrite(
        "school_play", "tone", "casual",
        ("Make this more casual.",
         "Rewrite it in a relaxed tone.",
         "Make it sound like a chatty message to parents.",
         "Loosen this up a bit."),
        "Hi all! Just so you know, Wizard of Oz rehearsals are Tuesdays and Thursdays, 3:30 till 5, in the "
        "auditorium. Kids, don't forget your scripts! And parents, Mrs. Garcia says please try to grab your "
        "kids on time. Thanks a bunch!",
    ),
    Rewrite(
        "school_play", "audience", "child",
        ("Rewrite this for kids in kindergarten.",
         "Rewrite it so a little kid understands.",
         "Use simple words for young children.",
         "Say this the way you'd tell it to a small kid."),
        "We are going to put on a show called The Wizard of Oz! To get ready, we will practise two days every "
        "week, on Tuesday and Thursday, from 3:30 until 5 o'clock, in the big room with the stage. Remember to "
        "bring the paper with your words on it. Mrs. Garcia says your mom or dad should come get you right when "
        "practice ends.",
    ),
    Rewrite(
        "school_play", "audience", "teenager",
        ("Rewrite it for a teen audience.",
         "Make it sound like it's for high school students.",
         "Rewrite it the way a teen would text it.",
         "Make it sound less like a teacher and more like a teen."),
        "Okay cast, Wizard of Oz rehearsals are every Tues and Thurs, 3:30 to 5, in the auditorium. Bring your "
        "script, seriously, don't be that person. Also Mrs. Garcia wants your parents to pick you up on time, "
        "so maybe remind them.",
    ),
    Rewrite(
        "school_play", "perspective", "first_person",
        ("Write it as the teacher speaking in the first person.",
         "Put it in the first person.",
         "Change it to 'I', from the teacher's point of view.",
         "Write this as a first-person note from the director."),
        "Rehearsals for our school play, The Wizard of Oz, will take place every Tuesday and Thursday from 3:30 "
        "to 5 p.m. in the auditorium. I need all cast members to bring their scripts. I also ask parents, "
        "please, to pick up their children on time. Thank you! Mrs. Garcia",
    ),
    Rewrite(
        "school_play", "perspective", "second_person",
        ("Rewrite this in the second person, talking to the cast.",
         "Address this directly to the students as 'you'.",
         "Make it speak to the reader using 'you'.",
         "Turn it into second person."),
        "You'll rehearse for the school play, The Wizard of Oz, every Tuesday and Thursday from 3:30 to 5 p.m. "
        "in the auditorium. You must bring your script every time. And please tell your parents that Mrs. "
        "Garcia asks them to pick you up on time.",
    ),
    # ------------------------------------------------------------------ lost_dog
    Rewrite(
        "lost_dog", "style", "noir_detective",
        ("Rewrite this as a noir detective story.",
         "Tell this like a hard-boiled detective.",
         "Make it sound like a 1940s private eye's narration.",
         "Write this in a gritty noir voice."),
        "Three days. That's how long Biscuit had been gone. Three days of empty food bowls and a silence that "
        "followed me around the house. Then, Sunday evening, the phone rang. A neighbour. Said they'd seen him "
        "by the old mill on Cedar Road. I found him there: hungry, muddy, but not a scratch on him. Some cases "
        "end well. Not many.",
    ),
    Rewrite(
        "lost_dog", "style", "fairy_tale",
        ("Tell this as a fairy tale.",
         "Rewrite it as a bedtime story.",
         "Make it sound like a fairy tale, starting with 'Once upon a time'.",
         "Turn this into a fairy tale with a happy ending."),
        "Once upon a time, a little dog named Biscuit wandered far from home. For three long days and nights his "
        "family searched and waited. Then, on Sunday evening, a kind neighbour spied him near the old mill on "
        "Cedar Road and hurried to tell them. Biscuit was hungry and covered in mud, but he was safe and "
        "unharmed, and they all lived happily ever after.",
    ),
    Rewrite(
        "lost_dog", "style", "old_newspaper",
        ("Write this like a 1920s newspaper story.",
         "Make it sound like an old-time local news item.",
         "Rewrite this as a vintage newspaper report.",
         "Turn it into an article from an old newspaper."),
        "LOST HOUND RESTORED TO FAMILY. After an absence of three days, the family dog known as Biscuit was "
        "recovered on Sunday evening. A vigilant neighbour observed the animal in the vicinity of the old mill "
        "on Cedar Road and promptly telephoned the owners. The creature was found famished and much soiled with "
        "mud, but otherwise in sound condition.",
    ),
    Rewrite(
        "lost_dog", "style", "sports_commentator",
        ("Tell this like a sports announcer would.",
         "Call this like a live sports broadcast.",
         "Make it sound like play-by-play commentary.",
         "Narrate it as if it were the final seconds of a big game."),
        "Three days missing, and the crowd had almost given up hope! But wait, it's Sunday evening, and a "
        "neighbour spots Biscuit near the old mill on Cedar Road! The call goes in, the family rushes over, and "
        "THEY'VE GOT HIM! He's hungry, he's muddy, but he's not hurt! What a comeback! What a dog!",
    ),
    Rewrite(
        "lost_dog", "tone", "enthusiastic",
        ("Make this sound more excited.",
         "Rewrite it with lots of joy and enthusiasm.",
         "Make it upbeat and happy!",
         "Write this with much more excitement."),
        "WE FOUND BISCUIT! After three long days, our boy is finally home! On Sunday evening, an amazing "
        "neighbour spotted him near the old mill on Cedar Road and called us right away. He was hungry and "
        "totally covered in mud, but not hurt at all! We're over the moon!",
    ),
    Rewrite(
        "lost_dog", "tone", "formal",
        ("Rewrite it in formal language.",
         "Make this sound official and proper.",
         "Make this more formal, please.",
         "Put this in a formal register."),
        "We are pleased to report that our dog, Biscuit, was located on Sunday evening following a three-day "
        "absence. A neighbour observed him in the vicinity of the old mill on Cedar Road and kindly notified us. "
        "Although he was hungry and muddy, he had sustained no injuries.",
    ),
    Rewrite(
        "lost_dog", "tone", "humorous",
        ("Retell this humorously.",
         "Rewrite it with some humour.",
         "Tell this in a playful, funny way.",
         "Add a comic touch."),
        "After a three-day solo adventure, Biscuit has returned. A neighbour spotted him on Sunday evening near "
        "the old mill on Cedar Road, apparently living his best life. He came home hungry, muddy and completely "
        "unhurt, and he refuses to tell us where he's been. We suspect a secret mud spa.",
    ),
    Rewrite(
        "lost_dog", "audience", "child",
        ("Say this in simple words for a little kid.",
         "Rewrite it so a small child can follow.",
         "Tell this to a young child.",
         "Explain it to a kid in preschool."),
        "Our doggy Biscuit got lost, and we could not find him for three days. We were very sad. Then on Sunday "
        "evening, a nice neighbour saw him near the old mill on Cedar Road and called us. Biscuit was very "
        "hungry and very muddy, but he was not hurt. Now he is home!",
    ),
    Rewrite(
        "lost_dog", "perspective", "third_person",
        ("Retell this in third person.",
         "Change it from 'we' to 'the family'.",
         "Make it a third-person account.",
         "Write it as if someone else is telling the story."),
        "The family found their dog Biscuit on Sunday evening after he had been missing for three days. A "
        "neighbour spotted him near the old mill on Cedar Road and called them. He was hungry and muddy but not "
        "hurt.",
    ),
    # ------------------------------------------------------------------ gym
    Rewrite(
        "gym", "style", "robot",
        ("Make this sound like a robot.",
         "Rewrite it in a robotic, computerised voice.",
         "Say this like a machine announcement.",
         "Write this as if a computer generated it."),
        "BEEP. SCHEDULE UPDATE LOADED. FACILITY: FITLIFE GYM. EFFECTIVE DATE: MONDAY, OCTOBER 2. WEEKDAY "
        "OPERATING HOURS: 05:00 TO 23:00. WEEKEND OPERATING HOURS: UNCHANGED, 07:00 TO 20:00. REASON FOR "
        "CHANGE: HIGH VOLUME OF MEMBER REQUESTS FOR EARLIER MORNING CLASSES. PROCESSING COMPLETE.",
    ),
    Rewrite(
        "gym", "style", "sports_commentator",
        ("Rewrite it as sports commentary.",
         "Make it sound like a sportscaster announcing it.",
         "Say this like live sports commentary.",
         "Commentate this like a big match."),
        "Big news from FitLife Gym, folks! Starting Monday, October 2, the doors swing open at 5 a.m. and stay "
        "open till 11 p.m. on weekdays! What a play! Weekends hold steady at 7 a.m. to 8 p.m., no changes there. "
        "And why the move? The members called for earlier morning classes, and the gym delivers!",
    ),
    Rewrite(
        "gym", "style", "pirate",
        ("Rewrite this in pirate speak.",
         "Make it sound like a pirate's announcement.",
         "Talk like a pirate.",
         "Say it the way a pirate captain would."),
        "Avast, ye landlubbers! From Monday, October 2, FitLife Gym be throwin' open its doors from 5 in the "
        "mornin' till 11 at night on weekdays. The weekend hours stay the same, 7 a.m. to 8 p.m., arr. Why, ye "
        "ask? Because me hearty crew o' members begged for earlier mornin' classes!",
    ),
    Rewrite(
        "gym", "tone", "polite_diplomatic",
        ("Make this more polite.",
         "Rewrite this in a gentle, diplomatic tone.",
         "Phrase it more tactfully and courteously.",
         "Make it warmer and more courteous."),
        "We're happy to let you know that, from Monday, October 2, FitLife Gym will be open from 5 a.m. to "
        "11 p.m. on weekdays. Weekend hours will remain the same, 7 a.m. to 8 p.m. We made this change in "
        "response to the many members who asked for earlier morning classes, and we're very grateful for your "
        "feedback.",
    ),
    Rewrite(
        "gym", "audience", "beginner",
        ("Write this in easy English for ESL students.",
         "Make this easy for a non-native speaker.",
         "Use very simple English.",
         "Make it easy to understand for someone new to English."),
        "FitLife Gym has new times. From Monday, October 2, the gym opens at 5 in the morning and closes at 11 "
        "at night, Monday to Friday. On Saturday and Sunday, the times do not change: 7 in the morning to 8 in "
        "the evening. Why? Many members want classes early in the morning.",
    ),
    Rewrite(
        "gym", "perspective", "customer_view",
        ("Tell this from a gym member's point of view.",
         "Rewrite it from the customer's side.",
         "Retell it as a member of the gym.",
         "Write it from the perspective of someone who uses the gym."),
        "Finally! FitLife Gym listened to us. Lots of us members asked for earlier morning classes, and starting "
        "Monday, October 2, I can get in at 5 a.m. on weekdays, with the doors open until 11 p.m. My weekend "
        "routine doesn't change, since Saturday and Sunday hours stay at 7 a.m. to 8 p.m.",
    ),
    Rewrite(
        "gym", "perspective", "first_person",
        ("Rewrite this in the first person, as the gym.",
         "Make it 'we' instead of the business name.",
         "Write this as if the gym staff are speaking.",
         "Rewrite this in first person."),
        "Starting Monday, October 2, we at FitLife Gym will be open from 5 a.m. to 11 p.m. on weekdays. Our "
        "weekend hours will stay the same, from 7 a.m. to 8 p.m. We're making this change because many of our "
        "members asked us for earlier morning classes.",
    ),
    Rewrite(
        "gym", "perspective", "second_person",
        ("Rewrite this speaking directly to the reader as 'you'.",
         "Put this in second person.",
         "Address the members directly.",
         "Make it talk to the reader."),
        "Starting Monday, October 2, you can work out at FitLife Gym from 5 a.m. to 11 p.m. on weekdays. Your "
        "weekend hours stay the same, from 7 a.m. to 8 p.m. Many of you asked for earlier morning classes, and "
        "this change is the answer.",
    ),
    Rewrite(
        "gym", "inspirational", "persuasive",
        ("Rewrite this so it wins people over.",
         "Turn it into a persuasive ad.",
         "Make it convince readers to come in.",
         "Make this more persuasive."),
        "No more excuses about not having time. From Monday, October 2, FitLife Gym opens at 5 a.m. and stays "
        "open until 11 p.m. every weekday, so you can train before work or after a long day. Weekends stay 7 a.m. "
        "to 8 p.m. Our members asked for earlier morning classes, and we listened. Come see why they love it "
        "here.",
    ),
    # ------------------------------------------------------------------ solar
    Rewrite(
        "solar", "style", "shakespeare",
        ("Put this in Shakespeare's English.",
         "Make it Shakespearean.",
         "Write this as Shakespeare might have.",
         "Give it the flavour of a Shakespeare play."),
        "Behold! But one week past, fourteen panels were set upon our roof to drink the very sun. Two days the "
        "workmen toiled, and when the crown's rebate was granted, the cost stood near eighteen thousand dollars. "
        "And lo, we trust our reckoning for the lightning in our wires shall fall by threescore parts in every "
        "hundred.",
    ),
    Rewrite(
        "solar", "style", "robot",
        ("Say this like a robot.",
         "Rewrite it as a computer status report.",
         "Make it sound robotic and mechanical.",
         "Rewrite it in the voice of a home AI system."),
        "HOUSEHOLD ENERGY SYSTEM REPORT. NEW HARDWARE DETECTED: 14 SOLAR PANELS. LOCATION: ROOF. INSTALLED: LAST "
        "WEEK. INSTALLATION DURATION: 2 DAYS. NET COST AFTER GOVERNMENT REBATE: APPROXIMATELY 18,000 DOLLARS. "
        "PREDICTED ELECTRICITY BILL REDUCTION: 60 PERCENT. HAVE A SUSTAINABLE DAY.",
    ),
    Rewrite(
        "solar", "tone", "formal",
        ("Formalise this text.",
         "Rewrite this in a formal style.",
         "Put it in formal written English.",
         "Could you make this sound less conversational and more formal?"),
        "Last week, fourteen solar panels were installed on the roof of our residence. The installation was "
        "completed within two days, at a cost of approximately $18,000 following the government rebate. We "
        "anticipate a reduction of approximately 60 percent in our electricity expenditure.",
    ),
    Rewrite(
        "solar", "tone", "enthusiastic",
        ("Make this enthusiastic!",
         "Rewrite it so it sounds really excited.",
         "Make this more energetic and thrilled.",
         "Add some excitement."),
        "We did it! We finally have 14 solar panels on our roof, installed just last week! The whole job took "
        "only two days, and after the government rebate it cost about $18,000. And get this: our electricity "
        "bill should drop by around 60 percent! We're so excited to be running on sunshine!",
    ),
    Rewrite(
        "solar", "audience", "expert",
        ("Rewrite this for an energy specialist.",
         "Make it technical for solar engineers.",
         "Use precise technical terms.",
         "Write it as a technical note for experts."),
        "Residential PV installation completed last week: 14-module rooftop array, two-day install. Net system "
        "cost approximately $18,000 after government rebate. Projected reduction in grid electricity costs: "
        "~60 percent, subject to actual generation and household consumption profile.",
    ),
    Rewrite(
        "solar", "audience", "child",
        ("Explain this like you're talking to a five-year-old.",
         "Rewrite this for a young child.",
         "Use words that a little kid would understand."),
        "Last week, some workers put 14 special shiny boards on the roof of our house. They are called solar "
        "panels. They catch sunshine and turn it into electricity for our lights and TV. It took the workers two "
        "days, and it cost a lot of money, about 18,000 dollars. Now we will pay much less for electricity!",
    ),
    Rewrite(
        "solar", "perspective", "third_person",
        ("Switch this to third-person narration.",
         "Change 'we' to 'the family'.",
         "Make it third person.",
         "Rewrite this as if reporting on someone else."),
        "The family had 14 solar panels installed on their roof last week. The installation took two days and "
        "cost them about $18,000 after the government rebate. They expect their electricity bill to be around "
        "60 percent lower.",
    ),
    Rewrite(
        "solar", "perspective", "second_person",
        ("Rewrite this addressed to the homeowner as 'you'.",
         "Put this in the second person.",
         "Make it speak directly to 'you'.",
         "Rewrite it as if the installer is talking to the customer."),
        "Your 14 solar panels were installed on your roof last week. The installation took two days and cost you "
        "about $18,000 after the government rebate. You can expect your electricity bill to be around 60 percent "
        "lower.",
    ),
    Rewrite(
        "solar", "inspirational", "inspirational",
        ("Turn this into something inspiring.",
         "Rewrite it to inspire others.",
         "Make it uplifting and motivating.",
         "Give it an inspiring message."),
        "Every big change starts with a single step, and last week we took ours: 14 solar panels now sit on our "
        "roof, capturing the sun's energy. In just two days, and for about $18,000 after the government rebate, "
        "we began a cleaner future. With our electricity bill expected to fall by around 60 percent, we've "
        "learned that doing right by the planet can also be good for the family.",
    ),
    Rewrite(
        "solar", "inspirational", "persuasive",
        ("Rewrite this persuasively.",
         "Rewrite this to convince others to follow our example.",
         "Turn it into a persuasive pitch.",
         "Make it a convincing argument."),
        "If you've been on the fence about solar, let our roof convince you. Last week we had 14 panels "
        "installed, and the whole job took just two days. After the government rebate, it cost about $18,000, "
        "and we expect our electricity bill to be around 60 percent lower. The sooner you start, the sooner you "
        "save. Why not get a quote this week?",
    ),
    # ------------------------------------------------------------------ hiring_freeze
    Rewrite(
        "hiring_freeze", "style", "noir_detective",
        ("Rewrite this as a noir detective story.",
         "Make it sound like a hard-boiled detective novel.",
         "Tell it like a cynical private eye.",
         "Give it a dark, film-noir narrator."),
        "The memo landed on my desk like a body on the floor. Northwind Logistics was freezing hiring until the "
        "end of the year. No new faces, no new chairs. The suits swore the rest of us would keep our jobs, and "
        "maybe that was true. Shipping had been slow since July, and in this business, slow is how trouble "
        "starts.",
    ),
    Rewrite(
        "hiring_freeze", "style", "old_newspaper",
        ("Write this like a 1920s newspaper article.",
         "Rewrite it as an old-fashioned business news report.",
         "Make it sound like a vintage newspaper story.",
         "Turn it into a 1920s headline and story."),
        "NORTHWIND HALTS ALL HIRING. Northwind Logistics has declared that it shall engage no new men or women "
        "until the close of the year. No fresh positions are to be filled, though the firm assures that those "
        "presently in its employ shall retain their posts. Company officials attribute the measure to a "
        "slackening in the shipping trade since July.",
    ),
    Rewrite(
        "hiring_freeze", "tone", "apologetic",
        ("Rewrite this as an apology from the company.",
         "Make it apologetic.",
         "Add an apology.",
         "Make this sound regretful and sorry."),
        "We're sorry to share that Northwind Logistics has had to pause all hiring until the end of the year. We "
        "know this is disappointing, especially for candidates who were hoping to join us, and we apologise. No "
        "new positions will be filled, but every current employee will keep their job. The decision comes from "
        "lower shipping demand since July.",
    ),
    Rewrite(
        "hiring_freeze", "tone", "polite_diplomatic",
        ("Make this more diplomatic.",
         "Soften this news and make it tactful.",
         "Rewrite it politely and gently.",
         "Phrase this more carefully."),
        "Northwind Logistics has decided to pause new hiring for the remainder of the year. While we won't be "
        "filling new positions for now, we're glad to confirm that all current employees will remain with us. "
        "This careful step reflects the softer shipping demand we've seen since July, and we appreciate "
        "everyone's understanding.",
    ),
    Rewrite(
        "hiring_freeze", "audience", "executive",
        ("Rewrite this for an executive.",
         "Give me the executive summary.",
         "Make it short and lead with the business impact.",
         "Boil this down for the board."),
        "Decision: hiring freeze at Northwind Logistics through year-end. Impact: no new positions filled; "
        "current headcount retained, no layoffs. Driver: lower shipping demand since July.",
    ),
    Rewrite(
        "hiring_freeze", "audience", "expert",
        ("Rewrite this for HR professionals.",
         "Make it precise and technical for specialists.",
         "Use professional HR terminology.",
         "Write it the way an HR analyst would."),
        "Northwind Logistics has implemented a hiring freeze effective through year-end. All open and planned "
        "requisitions are suspended, and no headcount additions will be approved. Existing employees are "
        "unaffected; no reductions in force are planned. Management cites a decline in shipping volume since "
        "July as the primary driver.",
    ),
    Rewrite(
        "hiring_freeze", "perspective", "first_person",
        ("Rewrite this in the first person, as the company.",
         "Make it 'we' instead of 'the company'.",
         "Write it as if management is speaking.",
         "Change it to first person."),
        "We at Northwind Logistics are freezing hiring until the end of the year. We won't fill any new "
        "positions, but all of our current employees will keep their jobs. We've made this decision because "
        "shipping demand has been lower since July.",
    ),
    Rewrite(
        "hiring_freeze", "perspective", "second_person",
        ("Rewrite this addressed to the employees as 'you'.",
         "Put this in the second person.",
         "Write it so it speaks directly to the staff.",
         "Make it a 'you' message."),
        "If you work at Northwind Logistics, you should know that hiring is frozen until the end of the year. "
        "No new positions will be filled, but your job is safe. The company tells you the reason is lower "
        "shipping demand since July.",
    ),
    Rewrite(
        "hiring_freeze", "inspirational", "optimistic",
        ("Spin this positively.",
         "Make this sound optimistic.",
         "Rewrite it to focus on the good news.",
         "Make this bad news sound hopeful."),
        "Here's the reassuring part: every current employee at Northwind Logistics will keep their job. The "
        "company is pausing hiring until the end of the year, a sensible move while shipping demand has been "
        "lower since July. With the team intact, Northwind is in a strong position to bounce back as soon as "
        "demand picks up.",
    ),
    Rewrite(
        "hiring_freeze", "inspirational", "inspirational",
        ("Rewrite it as an inspirational message.",
         "Rewrite this in an uplifting, motivating way.",
         "Give it an inspiring tone for the team.",
         "Make it encouraging and inspiring."),
        "Hard seasons reveal what a team is made of. Shipping demand has been lower since July, so Northwind "
        "Logistics is pausing hiring until the end of the year. But no one is being left behind: every current "
        "employee keeps their job. Together, we'll weather this and come out stronger.",
    ),
    # ------------------------------------------------------------------ farmers_market
    Rewrite(
        "farmers_market", "style", "pirate",
        ("Rewrite this like a pirate.",
         "Make it pirate talk.",
         "Say this as a pirate would.",
         "Rewrite it as if Blackbeard were announcing it."),
        "Ahoy, me hearties! The Hillside Farmers Market be settin' sail for the season this Saturday at 8 in the "
        "mornin', anchored in the Town Hall parkin' lot. More than 30 local farmers be bringin' their plunder: "
        "fruit, vegetables, honey and bread! She'll be open every Saturday till October, so don't ye miss the "
        "boat!",
    ),
    Rewrite(
        "farmers_market", "style", "fairy_tale",
        ("Turn this into a fairy tale.",
         "Tell this as a once-upon-a-time story.",
         "Rewrite it like a fairy tale.",
         "Make it sound like a storybook."),
        "Once upon a time, in the town of Hillside, the farmers awoke each spring to hold a wondrous market. "
        "This Saturday at eight o'clock in the morning, more than 30 of them would gather in the Town Hall "
        "parking lot with baskets of fruit, vegetables, golden honey and fresh bread. And every Saturday until "
        "October, the market would return, to the delight of all.",
    ),
    Rewrite(
        "farmers_market", "tone", "formal",
        ("Give this a more formal tone.",
         "Rewrite this as an official announcement.",
         "Put this in formal English.",
         "Make the tone formal and official."),
        "The Hillside Farmers Market will commence its season this Saturday at 8:00 a.m. in the Town Hall parking "
        "lot. More than thirty local farmers will offer fruit, vegetables, honey and bread for sale. The market "
        "will operate every Saturday through October.",
    ),
    Rewrite(
        "farmers_market", "tone", "humorous",
        ("Rewrite this to be funny.",
         "Add a bit of humour.",
         "Rewrite it in a playful, humorous tone.",
         "Make it lighthearted and silly."),
        "Attention, people who buy kale and never eat it: your moment has come. The Hillside Farmers Market opens "
        "this Saturday at 8 a.m. in the Town Hall parking lot, where more than 30 local farmers will sell fruit, "
        "vegetables, honey and bread. It runs every Saturday until October, so you have months of good "
        "intentions ahead.",
    ),
    Rewrite(
        "farmers_market", "audience", "beginner",
        ("Make this readable for someone with basic English.",
         "Make it easy for a non-native speaker.",
         "Use easy words and short sentences.",
         "Simplify this for English beginners."),
        "There is a farmers market in Hillside. It opens this Saturday at 8 in the morning. It is in the parking "
        "lot at the Town Hall. More than 30 farmers from the area will sell fruit, vegetables, honey and bread. "
        "The market is open every Saturday until October.",
    ),
    Rewrite(
        "farmers_market", "perspective", "customer_view",
        ("Tell this from a shopper's point of view.",
         "Rewrite it from the customer's side.",
         "Retell this as someone who shops at the market.",
         "Write it from the reader's perspective."),
        "I've been waiting all winter for this: the Hillside Farmers Market opens again this Saturday at 8 a.m. "
        "in the Town Hall parking lot. I'll be there early to get my honey and fresh bread from some of the more "
        "than 30 local farmers. And since it runs every Saturday until October, my weekend plans are sorted.",
    ),
    Rewrite(
        "farmers_market", "perspective", "first_person",
        ("Rewrite this in the first person, as the market organisers.",
         "Make it 'we', as if the market is speaking.",
         "Switch to first person.",
         "Write it in the organisers' own voice."),
        "We're opening the Hillside Farmers Market for the season this Saturday at 8 a.m. in the Town Hall "
        "parking lot. More than 30 of our local farmers will be selling fruit, vegetables, honey and bread. "
        "We'll be there every Saturday until October.",
    ),
    Rewrite(
        "farmers_market", "inspirational", "persuasive",
        ("Write a persuasive version of this.",
         "Rewrite this to convince people to come.",
         "Turn it into a persuasive invitation.",
         "Make it more convincing."),
        "Why buy tired supermarket tomatoes when you can get them fresh from the farm? This Saturday at 8 a.m., "
        "the Hillside Farmers Market opens in the Town Hall parking lot, with more than 30 local farmers selling "
        "fruit, vegetables, honey and bread. Every purchase supports a farmer in your community. Come this "
        "Saturday, and every Saturday until October.",
    ),
    Rewrite(
        "farmers_market", "inspirational", "inspirational",
        ("Make this sound inspiring and heartfelt.",
         "Rewrite this in an uplifting way.",
         "Make it inspiring.",
         "Give this a hopeful, inspiring feel."),
        "There is something beautiful about a community that feeds itself. This Saturday at 8 a.m., the Hillside "
        "Farmers Market returns to the Town Hall parking lot, where more than 30 local farmers will share the "
        "fruit of their hard work: fresh fruit, vegetables, honey and bread. Every Saturday until October, we "
        "can choose to support the people who grow our food.",
    ),
    # ------------------------------------------------------------------ offsite
    Rewrite(
        "offsite", "style", "pirate",
        ("Rewrite this in pirate speak.",
         "Make it sound like a pirate wrote it.",
         "Talk like a pirate.",
         "Say this the way a pirate crew would."),
        "Arr, crew! We be plannin' a two-day voyage to Lakeview Lodge on September 12 and 13. The first day "
        "we'll gather round the map for a strategy session, and the second we'll march across the hills on a "
        "hikin' expedition. Any of ye with food allergies, report to Maria by Friday, or walk the plank!",
    ),
    Rewrite(
        "offsite", "style", "robot",
        ("Rewrite this as a robot.",
         "Make it sound like a computer system wrote it.",
         "Say this in a robotic voice.",
         "Make it read like a machine's output."),
        "SCHEDULING MODULE ACTIVATED. EVENT: TEAM OFFSITE. DURATION: 2 DAYS. LOCATION: LAKEVIEW LODGE. DATES: "
        "SEPTEMBER 12 AND 13. DAY 1 PROGRAM: STRATEGY SESSION. DAY 2 PROGRAM: HIKING TRIP. INPUT REQUIRED: "
        "SUBMIT FOOD ALLERGY DATA TO UNIT MARIA BEFORE FRIDAY. THANK YOU FOR YOUR COMPLIANCE.",
    ),
    Rewrite(
        "offsite", "tone", "casual",
        ("Make this casual.",
         "Rewrite it in a relaxed, friendly way.",
         "Make it sound like a chat message to the team.",
         "Make this less formal."),
        "Hey team! We're heading to Lakeview Lodge for a two-day offsite, September 12 and 13. Day one's all "
        "strategy stuff, day two we're going hiking. Oh, and if you've got any food allergies, just let Maria "
        "know by Friday. Should be fun!",
    ),
    Rewrite(
        "offsite", "tone", "urgent",
        ("Make this urgent.",
         "Rewrite this with a sense of urgency.",
         "Make it a last-call reminder.",
         "Make it sound like it needs action right away."),
        "Reminder, action needed by Friday: if you have any food allergies, tell Maria now. She needs the "
        "information for our two-day team offsite at Lakeview Lodge on September 12 and 13, with a strategy "
        "session on day one and a hiking trip on day two. Don't leave it until the last minute.",
    ),
    Rewrite(
        "offsite", "tone", "polite_diplomatic",
        ("Rewrite this more politely.",
         "Rewrite it courteously.",
         "Phrase it in a gentle, tactful way.",
         "Make the request sound more polite."),
        "We're pleased to be planning a two-day team offsite at Lakeview Lodge on September 12 and 13, with a "
        "strategy session on the first day and a hiking trip on the second. If you have any food allergies, we "
        "would be very grateful if you could let Maria know by Friday. Thank you so much for your help.",
    ),
    Rewrite(
        "offsite", "audience", "executive",
        ("Write this up for a senior executive.",
         "Make it an executive brief.",
         "Summarise this for leadership.",
         "Make it short, business impact first."),
        "Two-day team offsite at Lakeview Lodge, September 12-13: Day 1 strategy session to align priorities, "
        "Day 2 hiking for team building. Action required: food allergies to Maria by Friday.",
    ),
    Rewrite(
        "offsite", "audience", "teenager",
        ("Translate this into teen-speak.",
         "Make it sound like a teen wrote it.",
         "Rewrite it in teen slang.",
         "Make it sound like a teenager explaining it."),
        "Okay so we're doing a two-day trip to Lakeview Lodge on September 12 and 13. Day one is strategy stuff "
        "(yeah, it's a meeting, sorry), day two is hiking, which is lowkey fun. If there's food you can't eat, "
        "tell Maria by Friday. No cap.",
    ),
    Rewrite(
        "offsite", "perspective", "third_person",
        ("Use third person instead of 'we'.",
         "Change 'we' to 'the team'.",
         "Make it third person, like a report about the team.",
         "Write it from an outsider's point of view."),
        "The team is planning a two-day offsite at Lakeview Lodge on September 12 and 13. The first day is a "
        "strategy session and the second is a hiking trip. Team members are asked to tell Maria about any food "
        "allergies by Friday.",
    ),
    Rewrite(
        "offsite", "inspirational", "inspirational",
        ("Write an inspiring version of this.",
         "Rewrite this to motivate the team.",
         "Give it an uplifting, inspiring tone.",
         "Make it sound motivating."),
        "Great teams aren't built at desks alone. On September 12 and 13, we'll step away from the everyday at "
        "Lakeview Lodge: one day to shape our strategy together, and one day on the hiking trails to remember "
        "what we can achieve side by side. To make sure everyone is cared for, please tell Maria about any food "
        "allergies by Friday.",
    ),
    # ------------------------------------------------------------------ power_outage
    Rewrite(
        "power_outage", "style", "noir_detective",
        ("Turn this into noir fiction.",
         "Tell this in the voice of a hard-boiled detective.",
         "Make it a gritty noir narration.",
         "Narrate this like a detective in a black-and-white film."),
        "Tuesday, 7 p.m. The storm had been looking for trouble all day, and it found it in a transformer on the "
        "edge of Brookside. One flash, and the whole neighbourhood went dark: 1,200 homes, give or take. The "
        "utility company said power would be back by noon Wednesday. I'd heard promises like that before. I lit "
        "a candle and waited.",
    ),
    Rewrite(
        "power_outage", "style", "robot",
        ("Make it sound like an automated robot voice.",
         "Rewrite it as a computer system alert.",
         "Say this in a robotic voice.",
         "Rewrite it like a machine status report."),
        "SYSTEM ALERT. POWER FAILURE DETECTED. ZONE: BROOKSIDE. TIME: TUESDAY, 19:00. CAUSE: TRANSFORMER DAMAGED "
        "BY STORM. AFFECTED UNITS: APPROXIMATELY 1,200 HOMES. ESTIMATED RESTORATION: WEDNESDAY, 12:00. PLEASE "
        "STAND BY.",
    ),
    Rewrite(
        "power_outage", "tone", "urgent",
        ("Make this read like an urgent warning.",
         "Rewrite it as an urgent alert.",
         "Make it sound like an emergency notice.",
         "Give this real urgency."),
        "URGENT, POWER OUTAGE: Brookside has been without electricity since 7 p.m. on Tuesday after a storm "
        "damaged a transformer. About 1,200 homes are affected. Power is not expected back until noon on "
        "Wednesday. Prepare now for a night without power.",
    ),
    Rewrite(
        "power_outage", "tone", "apologetic",
        ("Rewrite this as an apology from the utility company.",
         "Make it apologetic.",
         "Turn this into an apology to residents.",
         "Make it sound sorry for the outage."),
        "We sincerely apologise to Brookside residents for the power outage that began at 7 p.m. on Tuesday, "
        "when a storm damaged one of our transformers. We know how hard it is to be without electricity, and "
        "we're sorry that about 1,200 homes are affected. Our crews are working to restore power by noon on "
        "Wednesday. Thank you for your patience.",
    ),
    Rewrite(
        "power_outage", "audience", "executive",
        ("Turn this into an executive briefing.",
         "Give me a brief executive summary.",
         "Summarise it for management, impact first.",
         "Condense this for a senior manager."),
        "Impact: about 1,200 Brookside homes without power since Tuesday, 7 p.m. Cause: storm damage to a "
        "transformer. Expected restoration: Wednesday, noon (about 17 hours of outage).",
    ),
    Rewrite(
        "power_outage", "audience", "expert",
        ("Rewrite this for electrical engineers.",
         "Make it technical, for utility specialists.",
         "Use precise technical language.",
         "Write it as an incident report for grid engineers."),
        "Incident report: a distribution transformer serving the Brookside area failed at 19:00 on Tuesday "
        "following storm damage, resulting in loss of supply to approximately 1,200 customer premises. "
        "Estimated time of restoration (ETR): 12:00 Wednesday, an outage duration of roughly 17 hours.",
    ),
    Rewrite(
        "power_outage", "audience", "child",
        ("Put this in words a preschooler would understand.",
         "Say it in simple words for a young child.",
         "Rewrite this for a little kid.",
         "Explain it the way you would to a small child."),
        "On Tuesday evening, a big storm broke a machine that sends electricity to the houses in Brookside. So "
        "at 7 o'clock, the lights went off in about 1,200 homes! Workers are fixing it, and the lights should "
        "come back on Wednesday at noon, around lunchtime.",
    ),
    Rewrite(
        "power_outage", "perspective", "customer_view",
        ("Tell this from a resident's point of view.",
         "Tell it from the point of view of an affected customer.",
         "Retell it as someone affected.",
         "Write this from the perspective of a local resident."),
        "At 7 p.m. on Tuesday, right in the middle of cooking dinner, our lights went out. A storm had damaged a "
        "transformer, and about 1,200 of us in Brookside lost power. The utility company says it should be back "
        "by noon on Wednesday, so I guess it's candles and cold sandwiches tonight.",
    ),
    Rewrite(
        "power_outage", "perspective", "first_person",
        ("Rewrite this in the first person, as the utility company.",
         "Make it 'we', as if the power company is speaking.",
         "Change it to first person.",
         "Write this in the company's own voice."),
        "At 7 p.m. on Tuesday, a storm damaged one of our transformers, and we lost power to the Brookside "
        "neighbourhood. About 1,200 of our customers' homes are without electricity. We expect to restore power "
        "by noon on Wednesday.",
    ),
    Rewrite(
        "power_outage", "inspirational", "optimistic",
        ("Give this bad news a positive spin.",
         "Rewrite this optimistically.",
         "Rewrite it to look on the bright side.",
         "Find the silver lining in this."),
        "The storm on Tuesday damaged a transformer and left about 1,200 Brookside homes without electricity "
        "from 7 p.m., but help is already on the way. The utility company expects power back by noon on "
        "Wednesday, and until then, it's a rare chance for neighbours to unplug, light some candles and enjoy a "
        "quiet evening together.",
    ),
]
