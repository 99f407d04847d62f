"""Hand-written perspective rewrites for the prompt-recovery task (data only, no logic).

Twelve plain everyday and work originals (``SOURCES``): diary-like updates in the first person
singular (a bathroom renovation, a food bank shift, a restaurant dinner), announcements in the
first person plural (a team merger, a coastal walk, a community garden's winter closure, a clinic
move), third-person news (a lift repair, hospital visiting hours, a cinema reopening) and notices
addressed to "you" (a parcel locker, a ferry strike). Each has 5 rewrites (``REWRITES``, family
"perspective") that retell the whole text from a new point of view while keeping its facts: third
person about a named person or a group, second person, first person as someone involved, "we"
instead of "I" and back, the customer's, patient's or visitor's view, or a witness's account.
Every rewrite lists several natural wordings of the instruction that produced it.
"""

from __future__ import annotations

from playground.train.datagen.rewrites_style import Rewrite

SOURCES: dict[str, str] = {
    "bathroom": (
        "I finished renovating the bathroom in my flat on Corbett Street on Sunday, after six weeks of "
        "evening work. The new green tiles cost €1,100, and my brother Tomás fitted the shower in a single "
        "afternoon. Tonight I can finally have a proper bath again."
    ),
    "food_bank": (
        "I did my first shift at the Eastmoor Food Bank on Saturday, from 9 a.m. to 1 p.m. Our team of six "
        "packed 240 food parcels for families in the east of the city. The coordinator, Bernadette, asked me "
        "to come back every second Saturday."
    ),
    "osteria": (
        "I had dinner at Osteria Lupa on Carden Street last Friday with two colleagues. The mushroom risotto "
        "was excellent, but we waited fifty minutes for our main courses. The bill came to €96 for three, and "
        "I would go back on a quieter night."
    ),
    "team_merger": (
        "We will merge the support and onboarding teams into a single Customer Success team on 1 April. "
        "Hannah Vogt will lead the new team of 14 people from our Utrecht office. Nobody's contract or salary "
        "will change, and we will hold an open meeting about it on 20 March."
    ),
    "coastal_walk": (
        "Four of us walked the 16-kilometre coastal path from Porthcarrow to Heron Point last Sunday. It took "
        "us six hours, including a long lunch stop at a café in Trevane. My sister twisted her ankle near the "
        "end, so we all took the number 17 bus back."
    ),
    "garden": (
        "We will close the Fernhill Community Garden for the winter on 28 October. Members must take their "
        "tools home from the shed by then, and any plants left in the raised beds will go on the compost. "
        "The garden reopens on 1 March, and membership stays at £30 a year."
    ),
    "physio": (
        "We are moving Parkside Physiotherapy to 8 Penrose Street on 15 July. All appointments from that date "
        "will take place at the new clinic, which has free parking for 20 cars. Our phone number, "
        "0161 496 0198, stays the same."
    ),
    "lift": (
        "The lift at Harrow Court, 14 Linnet Road, will be out of service from 3 to 7 March while engineers "
        "replace its motor. Residents on the upper floors can ask the caretaker, Dennis, for help carrying "
        "heavy shopping. The repair is covered by the maintenance contract and will cost tenants nothing."
    ),
    "visiting_hours": (
        "From 1 May, St. Brendan's Hospital will allow visitors on its wards from 11 a.m. to 8 p.m. every day. "
        "Each patient may have two visitors at a time, and children under 12 must come with an adult. The "
        "hospital says the longer hours will help families who work during the day."
    ),
    "cinema": (
        "The Rialto Cinema on Dock Street in Saltmere reopened on Friday after a two-year restoration that "
        "cost £3.4 million. Its 1930s ceiling has been repainted, and the 240 red velvet seats have been "
        "replaced. Owner Maggie Thorne says tickets will stay at £8 for every screening."
    ),
    "parcel": (
        "Your parcel from Inkwell Books is waiting in locker 27 at the Marlowe Station pickup point. Use code "
        "8841 to open it before 6 p.m. on Thursday. After that, it will go back to the sender, and you will "
        "get a refund within five days."
    ),
    "ferry_strike": (
        "If you travel on the Kilbrae to Soray ferry, expect disruption on Monday and Tuesday, when the crews "
        "will strike over pay. Only the 7 a.m. and 6 p.m. sailings will run on both days. You can change your "
        "booking for free or claim a full refund online."
    ),
}


REWRITES: list[Rewrite] = [
    # ------------------------------------------------------------------ bathroom
    Rewrite(
        "bathroom", "perspective", "third_person",
        ("Rewrite this in the third person about Jana.",
         "Make Jana the subject and write it in third person.",
         "Retell this as a third-person account of Jana's renovation.",
         "Describe Jana's bathroom project from a narrator's viewpoint."),
        "Jana finished renovating the bathroom in her flat on Corbett Street on Sunday, after six weeks of "
        "evening work. The new green tiles cost her €1,100, and her brother Tomás fitted the shower in a "
        "single afternoon. Tonight she can finally have a proper bath again.",
    ),
    Rewrite(
        "bathroom", "perspective", "second_person",
        ("Switch this to the second person.",
         "Rewrite it so the reader is the one renovating, using \"you\".",
         "Put it in second person, as if it happened to the reader.",
         "Address it to you, as though you did the renovation."),
        "You finished renovating the bathroom in your flat on Corbett Street on Sunday, after six weeks of "
        "evening work. The new green tiles cost you €1,100, and your brother Tomás fitted the shower in a "
        "single afternoon. Tonight you can finally have a proper bath again.",
    ),
    Rewrite(
        "bathroom", "perspective", "first_plural",
        ("Use \"we\" instead of \"I\", as if two sisters did it.",
         "Rewrite it in the first person plural, from two siblings.",
         "Tell it from the shared point of view of two sisters.",
         "Make the two sisters who share the flat the narrators."),
        "We finished renovating the bathroom in our flat on Corbett Street on Sunday, after six weeks of "
        "working on it together every evening. The new green tiles cost us €1,100, and our brother Tomás "
        "fitted the shower for us in a single afternoon. Tonight we can finally have a proper bath again, "
        "taking turns.",
    ),
    Rewrite(
        "bathroom", "perspective", "first_person",
        ("Write it in the first person, as Tomás.",
         "Tell this from the brother's point of view.",
         "Make Tomás the narrator of this story.",
         "Rewrite it as if Tomás were speaking about his sister."),
        "My sister finished renovating the bathroom in her flat on Corbett Street on Sunday, after six weeks "
        "of evening work. The new green tiles cost her €1,100, and I came round and fitted the shower for her "
        "in a single afternoon. Tonight she can finally have a proper bath again.",
    ),
    Rewrite(
        "bathroom", "perspective", "witness",
        ("Retell it from the downstairs neighbour's perspective.",
         "Have the downstairs neighbour narrate what they saw and heard.",
         "Rewrite it from the point of view of a neighbour who watched.",
         "Let the neighbour below tell it in their own words."),
        "The woman upstairs finally finished renovating the bathroom in her flat on Corbett Street on Sunday; "
        "I'd heard her working on it every evening for six weeks. She told me the new green tiles cost "
        "€1,100, and I saw her brother Tomás carry the shower in and fit it in a single afternoon. Tonight, "
        "she says, she can finally have a proper bath again.",
    ),
    # ------------------------------------------------------------------ food_bank
    Rewrite(
        "food_bank", "perspective", "third_person",
        ("Rewrite this in the third person about Samir.",
         "Tell Samir's first shift from an outside perspective.",
         "Make it a third-person story with Samir as the volunteer.",
         "Have a narrator describe Samir's Saturday at the food bank."),
        "Samir did his first shift at the Eastmoor Food Bank on Saturday, from 9 a.m. to 1 p.m. His team of "
        "six packed 240 food parcels for families in the east of the city. The coordinator, Bernadette, asked "
        "him to come back every second Saturday.",
    ),
    Rewrite(
        "food_bank", "perspective", "first_plural",
        ("Use \"we\" for the whole team rather than \"I\".",
         "Rewrite it in first person plural, as the six volunteers.",
         "Tell it from the whole team's point of view.",
         "Let the six new volunteers narrate it together."),
        "We did our first shift at the Eastmoor Food Bank on Saturday, from 9 a.m. to 1 p.m. The six of us "
        "packed 240 food parcels for families in the east of the city. The coordinator, Bernadette, asked us "
        "to come back every second Saturday.",
    ),
    Rewrite(
        "food_bank", "perspective", "first_person",
        ("Write it in the first person, as Bernadette.",
         "Tell it from the coordinator's point of view.",
         "Make Bernadette the narrator, talking about the new volunteer.",
         "Rewrite it as if the coordinator were speaking."),
        "On Saturday I welcomed a new volunteer to the Eastmoor Food Bank for a first shift, from 9 a.m. to "
        "1 p.m. The team of six, newcomer included, packed 240 food parcels for families in the east of the "
        "city. As the coordinator, I asked our newcomer to come back every second Saturday.",
    ),
    Rewrite(
        "food_bank", "perspective", "witness",
        ("Tell it from the viewpoint of a volunteer who worked alongside.",
         "Have an experienced volunteer narrate the newcomer's first shift.",
         "Rewrite this from the perspective of someone else on the team.",
         "Let a fellow volunteer tell it in their own words."),
        "There was a new face at the Eastmoor Food Bank on Saturday: it was his first shift, from 9 a.m. to "
        "1 p.m. I was one of the six of us packing that morning, and together we got 240 food parcels ready "
        "for families in the east of the city. Before he left, I heard Bernadette, the coordinator, ask him "
        "to come back every second Saturday.",
    ),
    Rewrite(
        "food_bank", "perspective", "second_person",
        ("Rewrite it in the second person.",
         "Put the reader in the volunteer's place, using \"you\".",
         "Address it to the reader as if they did the shift.",
         "Make it second-person, as though it was your first shift."),
        "You did your first shift at the Eastmoor Food Bank on Saturday, from 9 a.m. to 1 p.m. Your team of "
        "six packed 240 food parcels for families in the east of the city. The coordinator, Bernadette, asked "
        "you to come back every second Saturday.",
    ),
    # ------------------------------------------------------------------ osteria
    Rewrite(
        "osteria", "perspective", "third_person",
        ("Rewrite this review in the third person about Elif.",
         "Tell it from an observer's point of view, with Elif dining.",
         "Recast it as a third-person account of Elif's dinner.",
         "Have a narrator report Elif's night at Osteria Lupa."),
        "Elif had dinner at Osteria Lupa on Carden Street last Friday with two colleagues. The mushroom risotto "
        "was excellent, but the three of them waited fifty minutes for their main courses. The bill came to "
        "€96 for three, and Elif says she would go back on a quieter night.",
    ),
    Rewrite(
        "osteria", "perspective", "first_plural",
        ("Make it \"we\" throughout, speaking for all three diners.",
         "Rewrite it in the first person plural, as the three colleagues.",
         "Tell it from the whole table's shared point of view.",
         "Let the three colleagues narrate the review together."),
        "The three of us had dinner at Osteria Lupa on Carden Street last Friday. The mushroom risotto was "
        "excellent, but we waited fifty minutes for our main courses. The bill came to €96 for the three of "
        "us, and we would all go back on a quieter night.",
    ),
    Rewrite(
        "osteria", "perspective", "first_person",
        ("Write it in the first person, as the head chef.",
         "Retell it from the head chef's perspective.",
         "Make the chef at Osteria Lupa the narrator.",
         "Rewrite it as if the chef were speaking about this table."),
        "Last Friday a table of three colleagues ate at my restaurant, Osteria Lupa on Carden Street. They "
        "loved my mushroom risotto, but I have to admit they waited fifty minutes for their main courses. "
        "Their bill came to €96, and one of them said they would come back on a quieter night.",
    ),
    Rewrite(
        "osteria", "perspective", "third_person_group",
        ("Put it in third person about the three colleagues.",
         "Describe the evening from an outside viewpoint, about the whole group.",
         "Make the three diners the subject, told in the third person.",
         "Retell it with a narrator describing the group of colleagues."),
        "Three colleagues had dinner at Osteria Lupa on Carden Street last Friday. They found the mushroom "
        "risotto excellent, but they waited fifty minutes for their main courses. The bill came to €96 for "
        "the three of them, and they would go back on a quieter night.",
    ),
    Rewrite(
        "osteria", "perspective", "witness",
        ("Tell it from the point of view of a diner at the next table.",
         "Have someone at a nearby table narrate what they noticed.",
         "Rewrite it from the perspective of a diner sitting nearby.",
         "Let a diner at the neighbouring table tell it in their own words."),
        "Last Friday at Osteria Lupa on Carden Street, I was sitting next to a table of three colleagues. I "
        "heard one of them rave about the mushroom risotto, but I also watched them wait fifty minutes for "
        "their main courses. When their bill of €96 came, she said she would go back, just on a quieter "
        "night.",
    ),
    # ------------------------------------------------------------------ team_merger
    Rewrite(
        "team_merger", "perspective", "first_singular",
        ("Use \"I\" instead of \"we\", as the head of operations.",
         "Rewrite it in the first person singular, as the operations director.",
         "Tell it from the operations director's own point of view.",
         "Make the head of operations the narrator, speaking only for herself."),
        "I will merge the support and onboarding teams into a single Customer Success team on 1 April. I have "
        "chosen Hannah Vogt to lead the new team of 14 people from the Utrecht office. Nobody's contract or "
        "salary will change, and I will hold an open meeting about it on 20 March.",
    ),
    Rewrite(
        "team_merger", "perspective", "first_person",
        ("Write it in the first person, as Hannah Vogt.",
         "Tell it from the new team lead's point of view.",
         "Rewrite it as if Hannah were speaking to her future team.",
         "Make Hannah Vogt the narrator of this update."),
        "On 1 April, the support and onboarding teams will merge into a single Customer Success team, and I "
        "will lead it. There will be 14 of us, working from the Utrecht office. Nobody's contract or salary "
        "will change, and I hope to see you all at the open meeting about it on 20 March.",
    ),
    Rewrite(
        "team_merger", "perspective", "customer_view",
        ("Rewrite it from the customer's point of view.",
         "Tell this from the perspective of a client who contacts support.",
         "Rewrite it as a client speaking about the change.",
         "Write it from the viewpoint of one of the company's customers."),
        "From 1 April, the support and onboarding teams I deal with will become a single Customer Success "
        "team. It will be led by Hannah Vogt, with 14 people working from the Utrecht office. I'm told "
        "nobody's contract or salary is changing, and the staff will have an open meeting about it on "
        "20 March.",
    ),
    Rewrite(
        "team_merger", "perspective", "third_person",
        ("Rewrite it in the third person about Quillon Software.",
         "Report it from an outside perspective, naming the company Quillon.",
         "Make it a third-person account of what Quillon Software plans.",
         "Have a narrator describe Quillon's reorganisation."),
        "Quillon Software will merge its support and onboarding teams into a single Customer Success team "
        "on 1 April. Hannah Vogt will lead the new team of 14 people from the company's Utrecht office. "
        "Nobody's contract or salary will change, and the company will hold an open meeting about it on "
        "20 March.",
    ),
    Rewrite(
        "team_merger", "perspective", "third_person_group",
        ("Put it in third person, talking about the affected staff.",
         "Rewrite it in the third person, focusing on the employees.",
         "Make the support and onboarding staff the subject, in third person.",
         "Have a narrator explain what happens to the employees."),
        "On 1 April, the people in the support and onboarding teams will become one Customer Success team. "
        "The 14 staff will work under Hannah Vogt from the Utrecht office. None of them will see a change to "
        "their contract or salary, and they are invited to an open meeting about it on 20 March.",
    ),
    # ------------------------------------------------------------------ coastal_walk
    Rewrite(
        "coastal_walk", "perspective", "first_singular",
        ("Use \"I\" rather than \"we\" throughout.",
         "Make it first-person singular, with the others as companions.",
         "Narrate it as one walker, saying \"I\" and not \"we\".",
         "Rewrite it from one walker's perspective rather than the group's."),
        "I walked the 16-kilometre coastal path from Porthcarrow to Heron Point last Sunday with three others. "
        "It took me six hours, including a long lunch stop at a café in Trevane. My sister twisted her ankle "
        "near the end, so I got her onto the number 17 bus back with the rest of the group.",
    ),
    Rewrite(
        "coastal_walk", "perspective", "third_person_group",
        ("Rewrite it in the third person, talking about the four walkers.",
         "Tell it from outside the group, as a third-person account.",
         "Make the hikers the subject and narrate it in third person.",
         "Report it about the group of walkers, in the third person."),
        "Four walkers set off on the 16-kilometre coastal path from Porthcarrow to Heron Point last Sunday. "
        "It took them six hours, including a long lunch stop at a café in Trevane. One of them twisted her "
        "ankle near the end, so the group took the number 17 bus back.",
    ),
    Rewrite(
        "coastal_walk", "perspective", "first_person",
        ("Write it in the first person, as the sister who got hurt.",
         "Tell it from the injured sister's point of view.",
         "Make the sister with the twisted ankle the narrator.",
         "Rewrite it as if the sister were speaking."),
        "Four of us walked the 16-kilometre coastal path from Porthcarrow to Heron Point last Sunday. It took "
        "us six hours, including a long lunch stop at a café in Trevane. Near the end I twisted my ankle, so "
        "we all took the number 17 bus back.",
    ),
    Rewrite(
        "coastal_walk", "perspective", "second_person",
        ("Switch it to the second person, as if you did the walk.",
         "Address it to you, the reader, as your own hike.",
         "Write this walk up in second person.",
         "Retell the hike with the reader as one of the four, using \"you\"."),
        "You and three others walked the 16-kilometre coastal path from Porthcarrow to Heron Point last "
        "Sunday. It took you six hours, including a long lunch stop at a café in Trevane. Your sister twisted "
        "her ankle near the end, so you all took the number 17 bus back.",
    ),
    Rewrite(
        "coastal_walk", "perspective", "witness",
        ("Tell it from the bus driver's point of view.",
         "Rewrite it as the bus driver who drove them back, speaking.",
         "Have the driver of the number 17 narrate it.",
         "Retell the day from the perspective of the driver who picked them up."),
        "Last Sunday I picked up four walkers on my number 17 bus at the end of the coastal path. They told me "
        "they'd done the whole 16 kilometres from Porthcarrow to Heron Point in six hours, with a long lunch "
        "at a café in Trevane. One of them was limping: she'd twisted her ankle near the end, so they all rode "
        "back with me.",
    ),
    # ------------------------------------------------------------------ garden
    Rewrite(
        "garden", "perspective", "first_singular",
        ("Use \"I\" instead of \"we\" throughout.",
         "Rewrite it in first person singular, as the garden's coordinator.",
         "Tell it from the coordinator's point of view, using \"I\".",
         "Make the coordinator the narrator, speaking only for himself."),
        "I will close the Fernhill Community Garden for the winter on 28 October. Members must take their "
        "tools home from the shed by then, and I will put any plants left in the raised beds on the compost. "
        "I'll open the garden again on 1 March, and membership stays at £30 a year.",
    ),
    Rewrite(
        "garden", "perspective", "second_person",
        ("Rewrite it in the second person, addressed to one member.",
         "Address it to you as a garden member.",
         "Make it speak directly to the reader as \"you\".",
         "Put it in second person, aimed at whoever rents a bed."),
        "Your community garden at Fernhill closes for the winter on 28 October. You must take your tools home "
        "from the shed by then, and any plants you leave in your raised bed will go on the compost. You can "
        "come back when the garden reopens on 1 March, and your membership will still cost £30 a year.",
    ),
    Rewrite(
        "garden", "perspective", "customer_view",
        ("Rewrite it from a member's point of view.",
         "Tell it as a gardener who rents a bed, speaking for herself.",
         "Write it from the perspective of someone with a plot there.",
         "Retell it from the side of the members."),
        "Our community garden at Fernhill closes for the winter on 28 October, so I have to take my tools home "
        "from the shed before then. Whatever I leave in my raised bed will go on the compost, so I'd better "
        "clear it in time. The garden reopens on 1 March, and luckily my membership stays at £30 a year.",
    ),
    Rewrite(
        "garden", "perspective", "third_person",
        ("Rewrite it in the third person about the garden committee.",
         "Report it from an outside viewpoint, as the committee's decision.",
         "Make the committee the subject, written in third person.",
         "Have a narrator explain what the committee has decided."),
        "The Fernhill Community Garden committee will close the garden for the winter on 28 October. It has "
        "asked members to take their tools home from the shed by then, and says any plants left in the raised "
        "beds will go on the compost. The garden reopens on 1 March, and the committee is keeping membership "
        "at £30 a year.",
    ),
    Rewrite(
        "garden", "perspective", "third_person_group",
        ("Rewrite it in the third person, talking about the members.",
         "Tell it in third person with the gardeners as the subject.",
         "Describe what the plot holders must do, from a narrator's viewpoint.",
         "Make it about the members, told from an outside perspective."),
        "Members of the Fernhill Community Garden have until 28 October, when it closes for the winter, to "
        "take their tools home from the shed. Any plants they leave in the raised beds will go on the "
        "compost. They can return when the garden reopens on 1 March, and they will still pay £30 a year.",
    ),
    # ------------------------------------------------------------------ physio
    Rewrite(
        "physio", "perspective", "first_singular",
        ("Rewrite it with \"I\" instead of \"we\", as the clinic's owner.",
         "Make it first person singular, from the head physiotherapist.",
         "Tell it from the owner's point of view, speaking as one person.",
         "Have the clinic owner narrate the move herself."),
        "I am moving my practice, Parkside Physiotherapy, to 8 Penrose Street on 15 July. From that date I will "
        "see all my patients at the new clinic, which has free parking for 20 cars. My phone number, "
        "0161 496 0198, stays the same.",
    ),
    Rewrite(
        "physio", "perspective", "patient_view",
        ("Tell it from the perspective of a Parkside patient.",
         "Rewrite it as if a patient were speaking about the move.",
         "Retell the news from the side of a patient with appointments.",
         "Write it from a patient's viewpoint, using \"I\"."),
        "My physiotherapy clinic, Parkside, is moving to 8 Penrose Street on 15 July. From that date, all my "
        "appointments will be at the new clinic, and I'm glad it has free parking for 20 cars. I don't need to "
        "update my contacts, because the number, 0161 496 0198, stays the same.",
    ),
    Rewrite(
        "physio", "perspective", "third_person",
        ("Rewrite it in the third person, as a report about the clinic.",
         "Make Parkside Physiotherapy the subject, in third person.",
         "Tell it from an outside point of view, not the clinic's.",
         "Have a narrator report the clinic's move."),
        "Parkside Physiotherapy is moving to 8 Penrose Street on 15 July. All of its appointments from that date "
        "will take place at the new clinic, which has free parking for 20 cars. The clinic's phone number, "
        "0161 496 0198, stays the same.",
    ),
    Rewrite(
        "physio", "perspective", "third_person_group",
        ("Rewrite it in third person, talking about the patients.",
         "Make the clinic's patients the subject, in the third person.",
         "Describe what changes for patients from a narrator's viewpoint.",
         "Tell it from an outside perspective, focused on the patients."),
        "Patients of Parkside Physiotherapy will go to a new address from 15 July, when the clinic moves to "
        "8 Penrose Street. All their appointments from that date will take place there, and they will find free "
        "parking for 20 cars. They can keep calling the same number, 0161 496 0198.",
    ),
    Rewrite(
        "physio", "perspective", "second_person",
        ("Switch it to second person, speaking to a patient.",
         "Address it to you, as one of the clinic's patients.",
         "Make it about \"you\" and your appointments.",
         "Rewrite it in the second person, focused on your visits."),
        "Your physiotherapy clinic, Parkside, is moving to 8 Penrose Street on 15 July. From that date, you will "
        "have all your appointments at the new clinic, where you can park for free in one of 20 spaces. You "
        "can still reach the clinic on the same number, 0161 496 0198.",
    ),
    # ------------------------------------------------------------------ lift
    Rewrite(
        "lift", "perspective", "second_person",
        ("Rewrite it in the second person, speaking to a resident.",
         "Address it to the reader as a Harrow Court tenant.",
         "Make it second-person and direct, for someone living there.",
         "Put it in terms of \"you\" and your building."),
        "Your lift at Harrow Court, 14 Linnet Road, will be out of service from 3 to 7 March while engineers "
        "replace its motor. If you live on one of the upper floors, you can ask the caretaker, Dennis, for help "
        "carrying heavy shopping. You won't pay anything: the repair is covered by the maintenance contract.",
    ),
    Rewrite(
        "lift", "perspective", "first_person",
        ("Write it in the first person, as Dennis the caretaker.",
         "Tell this from the caretaker's point of view.",
         "Make Dennis the narrator, offering his help.",
         "Rewrite it as if the caretaker were speaking to the residents."),
        "The lift here at Harrow Court, 14 Linnet Road, will be out of service from 3 to 7 March while the "
        "engineers replace its motor. If you live on the upper floors, just ask me and I'll help you carry "
        "your heavy shopping. The repair is covered by the maintenance contract, so it won't cost any of you "
        "a penny.",
    ),
    Rewrite(
        "lift", "perspective", "first_plural",
        ("Rewrite it as the management company, using \"we\".",
         "Tell it from the building managers' perspective, in first person plural.",
         "Make the property managers the ones speaking.",
         "Let the management firm narrate it as \"we\"."),
        "We will take the lift at Harrow Court, 14 Linnet Road, out of service from 3 to 7 March while "
        "engineers replace its motor. Residents on the upper floors can ask our caretaker, Dennis, for help "
        "carrying heavy shopping. The repair is covered by our maintenance contract, so it will cost tenants "
        "nothing.",
    ),
    Rewrite(
        "lift", "perspective", "customer_view",
        ("Rewrite it from the point of view of a top-floor tenant.",
         "Tell it as a tenant on the top floor, speaking for herself.",
         "Write it from the perspective of a resident who needs the lift.",
         "Let an upstairs tenant tell it in their own words."),
        "Our lift at Harrow Court, 14 Linnet Road, will be out of service from 3 to 7 March while engineers "
        "replace its motor. Living on the top floor, I'll be asking Dennis, the caretaker, to help me carry my "
        "heavy shopping up. At least the repair is covered by the maintenance contract, so it won't cost me "
        "anything.",
    ),
    Rewrite(
        "lift", "perspective", "visitor_view",
        ("Tell it from the point of view of someone visiting a resident.",
         "Rewrite it from a visitor's perspective.",
         "Make a regular visitor to Harrow Court the narrator.",
         "Rewrite it as a visiting grandson speaking about the lift."),
        "When I visit my grandmother at Harrow Court, 14 Linnet Road, between 3 and 7 March, I'll have to take "
        "the stairs: the lift will be out of service while engineers replace its motor. Since she lives on an "
        "upper floor, she can ask the caretaker, Dennis, to help carry her heavy shopping. The repair is "
        "covered by the maintenance contract, so it won't cost her anything.",
    ),
    # ------------------------------------------------------------------ visiting_hours
    Rewrite(
        "visiting_hours", "perspective", "patient_view",
        ("Tell this from the point of view of a patient on the ward.",
         "Rewrite it as a patient at St. Brendan's, speaking for himself.",
         "Write it from the perspective of someone staying in hospital.",
         "Let a patient explain the new rules in their own words."),
        "From 1 May, my family can visit me on the ward at St. Brendan's Hospital any day from 11 a.m. to "
        "8 p.m. I can have two visitors at a time, and if any children under 12 come, they must be with an "
        "adult. The hospital says the longer hours will help families who work during the day.",
    ),
    Rewrite(
        "visiting_hours", "perspective", "visitor_view",
        ("Rewrite it from the viewpoint of someone who visits a relative there.",
         "Tell it as a daughter visiting her father, speaking for herself.",
         "Make a relative who comes to see a patient the narrator.",
         "Write it from the perspective of a family member who visits."),
        "From 1 May, I can visit my dad on his ward at St. Brendan's Hospital any day from 11 a.m. to 8 p.m. "
        "Only two of us can be with him at a time, and my son, who is under 12, will have to come with me or "
        "another adult. The hospital says the longer hours will help families who work during the day, and "
        "with my day job, I'm one of them.",
    ),
    Rewrite(
        "visiting_hours", "perspective", "first_plural",
        ("Rewrite it in the hospital's own voice, using \"we\".",
         "Make St. Brendan's the one speaking, in first person plural.",
         "Tell it from the hospital's point of view.",
         "Rewrite it so the hospital narrates its own new rule."),
        "From 1 May, we at St. Brendan's Hospital will welcome visitors on our wards from 11 a.m. to 8 p.m. "
        "every day. Each patient may have two visitors at a time, and we ask that children under 12 come with "
        "an adult. We hope the longer hours will help families who work during the day.",
    ),
    Rewrite(
        "visiting_hours", "perspective", "second_person",
        ("Address it to the reader, as someone planning a visit.",
         "Rewrite it in the second person for people visiting.",
         "Make it a second-person message to you, the visitor.",
         "Switch it to \"you\", speaking to anyone with a relative there."),
        "From 1 May, you can visit patients on the wards at St. Brendan's Hospital from 11 a.m. to 8 p.m. "
        "every day. You may come two at a time per patient, and if you bring children under 12, they must stay "
        "with you or another adult. The hospital hopes the longer hours will help you if you work during the "
        "day.",
    ),
    Rewrite(
        "visiting_hours", "perspective", "first_person",
        ("Write it in the first person, as a ward nurse.",
         "Tell it from a nurse's point of view on the ward.",
         "Make the ward nurse, Grace Okoye, the narrator.",
         "Rewrite it as if a nurse at St. Brendan's were speaking."),
        "From 1 May, I'll be welcoming visitors on my ward at St. Brendan's Hospital from 11 a.m. to 8 p.m. "
        "every day. I'll make sure each patient has no more than two visitors at a time, and that children "
        "under 12 come with an adult. The hospital says the longer hours will help families who work during "
        "the day, and I think it's right.",
    ),
    # ------------------------------------------------------------------ cinema
    Rewrite(
        "cinema", "perspective", "first_plural",
        ("Rewrite it as the cinema itself, using \"we\".",
         "Tell the news from the Rialto's point of view, in first person plural.",
         "Make the Rialto's team the ones speaking.",
         "Let the cinema staff narrate their own reopening."),
        "We reopened the Rialto Cinema on Dock Street in Saltmere on Friday, after a two-year restoration that "
        "cost £3.4 million. We have repainted our 1930s ceiling and replaced all 240 red velvet seats. Our "
        "owner, Maggie Thorne, promises that tickets will stay at £8 for every screening.",
    ),
    Rewrite(
        "cinema", "perspective", "visitor_view",
        ("Rewrite it from the point of view of a moviegoer.",
         "Tell it as a regular at the Rialto, speaking after a film.",
         "Write it from the perspective of someone in the audience.",
         "Have a cinema visitor narrate the reopening."),
        "I went back to the Rialto Cinema on Dock Street in Saltmere on Friday, the day it reopened after a "
        "two-year restoration that cost £3.4 million. I couldn't stop looking up at the repainted 1930s "
        "ceiling, and my new red velvet seat was one of 240. Best of all, the owner, Maggie Thorne, says "
        "tickets will stay at £8 for every screening.",
    ),
    Rewrite(
        "cinema", "perspective", "first_person",
        ("Write it in the first person, as Maggie Thorne.",
         "Tell it from the owner's point of view.",
         "Make the Rialto's owner the narrator.",
         "Rewrite it as if Maggie were speaking at the reopening."),
        "On Friday I reopened my Rialto Cinema on Dock Street in Saltmere, after a two-year restoration that "
        "cost £3.4 million. We have repainted the 1930s ceiling and replaced the 240 red velvet seats. I "
        "promise that tickets will stay at £8 for every screening.",
    ),
    Rewrite(
        "cinema", "perspective", "second_person",
        ("Rewrite it in the second person for local filmgoers.",
         "Address it to you, someone who might buy a ticket.",
         "Turn it toward the reader, using \"you\" throughout.",
         "Put this in second person, inviting you to the Rialto."),
        "You can go back to the Rialto Cinema on Dock Street in Saltmere: it reopened on Friday after a "
        "two-year restoration that cost £3.4 million. Look up and you'll see the repainted 1930s ceiling, and "
        "you'll sit in one of 240 new red velvet seats. Owner Maggie Thorne says you'll still pay £8 for "
        "every screening.",
    ),
    Rewrite(
        "cinema", "perspective", "witness",
        ("Tell it from the viewpoint of the florist across the street.",
         "Have the florist opposite the cinema narrate it.",
         "Rewrite it from the perspective of someone who watched the restoration.",
         "Let the neighbouring shopkeeper tell it in their own words."),
        "From my flower shop across Dock Street in Saltmere, I watched the Rialto Cinema being restored for "
        "two whole years, and on Friday it finally reopened. I hear the work cost £3.4 million. I saw the old "
        "seats go out and 240 new red velvet ones come in, and I peeked in at the repainted 1930s ceiling. "
        "Maggie Thorne, the owner, told me tickets will stay at £8 for every screening.",
    ),
    # ------------------------------------------------------------------ parcel
    Rewrite(
        "parcel", "perspective", "third_person",
        ("Rewrite it in the third person about Marta.",
         "Make Marta the subject and tell it in third person.",
         "Report it from an outside viewpoint, as Marta's situation.",
         "Have a narrator describe Marta's waiting parcel."),
        "Marta's parcel from Inkwell Books is waiting in locker 27 at the Marlowe Station pickup point. She "
        "must use code 8841 to open it before 6 p.m. on Thursday. After that, it will go back to the sender, "
        "and she will get a refund within five days.",
    ),
    Rewrite(
        "parcel", "perspective", "third_person_group",
        ("Rewrite it in the third person about the Brennan family.",
         "Tell it in third person, with the Brennans as the subject.",
         "Describe the Brennans' parcel from a narrator's point of view.",
         "Make it about the household, in the third person plural."),
        "The Brennans' parcel from Inkwell Books is waiting in locker 27 at the Marlowe Station pickup point. "
        "They must use code 8841 to open it before 6 p.m. on Thursday. After that, it will go back to the "
        "sender, and the family will get a refund within five days.",
    ),
    Rewrite(
        "parcel", "perspective", "first_plural",
        ("Rewrite it in the delivery company's voice, using \"we\".",
         "Make the courier firm the one speaking, as \"we\".",
         "Tell it from the pickup service's point of view.",
         "Have the parcel company narrate it in first person plural."),
        "We have put your parcel from Inkwell Books in locker 27 at our Marlowe Station pickup point. Please "
        "use code 8841 to open it before 6 p.m. on Thursday. After that, we will return it to the sender, and "
        "you will get a refund within five days.",
    ),
    Rewrite(
        "parcel", "perspective", "customer_view",
        ("Rewrite it from the customer's side, in the first person.",
         "Tell it from the buyer's perspective.",
         "Write it as the customer speaking about their parcel.",
         "Make the person who ordered the books the narrator."),
        "My parcel from Inkwell Books is waiting for me in locker 27 at the Marlowe Station pickup point. I "
        "need to use code 8841 to open it before 6 p.m. on Thursday. If I miss that, it will go back to the "
        "sender, and I'll get a refund within five days.",
    ),
    Rewrite(
        "parcel", "perspective", "first_person",
        ("Write it in the first person, as the courier who delivered it.",
         "Tell it from the delivery driver's point of view.",
         "Make the courier the narrator.",
         "Rewrite it as if the driver were speaking to the customer."),
        "I've left your parcel from Inkwell Books in locker 27 at the Marlowe Station pickup point. You'll "
        "need code 8841 to open it before 6 p.m. on Thursday. After that, it will be sent back to the sender, "
        "and you'll get a refund within five days.",
    ),
    # ------------------------------------------------------------------ ferry_strike
    Rewrite(
        "ferry_strike", "perspective", "third_person_group",
        ("Rewrite it in the third person, talking about the passengers.",
         "Tell it in third person, with ferry travellers as the subject.",
         "Make it about the passengers, from an outside point of view.",
         "Describe what passengers face from a narrator's perspective."),
        "Passengers on the Kilbrae to Soray ferry should expect disruption on Monday and Tuesday, when the "
        "crews will strike over pay. Only the 7 a.m. and 6 p.m. sailings will run on both days. Travellers can "
        "change their bookings for free or claim a full refund online.",
    ),
    Rewrite(
        "ferry_strike", "perspective", "first_plural",
        ("Rewrite it as the ferry company, using \"we\".",
         "Tell it from the operator's point of view, in first person plural.",
         "Make the ferry operator the one speaking.",
         "Have the ferry company narrate the strike news itself."),
        "If you travel with us between Kilbrae and Soray, please expect disruption on Monday and Tuesday, when "
        "our crews will strike over pay. We will run only the 7 a.m. and 6 p.m. sailings on both days. We can "
        "change your booking for free, or you can claim a full refund from us online.",
    ),
    Rewrite(
        "ferry_strike", "perspective", "customer_view",
        ("Rewrite this from a passenger's point of view.",
         "Tell it as a commuter who takes the ferry, in first person.",
         "Write it from the perspective of someone with a ticket.",
         "Let a regular ferry passenger tell it in their own words."),
        "I take the Kilbrae to Soray ferry, and on Monday and Tuesday it will be disrupted because the crews "
        "are striking over pay. Only the 7 a.m. and 6 p.m. sailings will run on both days. I can change my "
        "booking for free or claim a full refund online.",
    ),
    Rewrite(
        "ferry_strike", "perspective", "first_person",
        ("Write it in the first person, as Callum, a deckhand.",
         "Tell it from a deckhand's point of view.",
         "Make Callum, one of the crew, the narrator.",
         "Rewrite it as if a striking crew member were speaking."),
        "On Monday and Tuesday, my crewmates and I on the Kilbrae to Soray ferry will strike over pay, so "
        "passengers should expect disruption. Only the 7 a.m. and 6 p.m. sailings will run on both days. If "
        "you're booked, you can change your booking for free or claim a full refund online.",
    ),
    Rewrite(
        "ferry_strike", "perspective", "third_person",
        ("Rewrite it in the third person about Fiona.",
         "Make Fiona the subject and tell it in third person.",
         "Tell it from an outside viewpoint, as Fiona's travel problem.",
         "Have a narrator explain how the strike affects Fiona."),
        "Fiona travels on the Kilbrae to Soray ferry, so she should expect disruption on Monday and Tuesday, "
        "when the crews will strike over pay. Only the 7 a.m. and 6 p.m. sailings will run on both days. She "
        "can change her booking for free or claim a full refund online.",
    ),
]
