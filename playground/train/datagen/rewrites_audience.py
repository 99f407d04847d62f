"""Hand-written audience rewrites for the prompt-recovery task (data only, no logic).

Twelve plain, neutral originals (``SOURCES``) on everyday and work topics (a bus detour, an app
release, a factory noise rule, a school trip, a bank fee, a data-centre move, a glass recycling
bin, a walking study, online clinic booking, new airport scanners, a pension increase, a
hosepipe ban) and, for each, 5 rewrites written by hand (``REWRITES``) that retell the whole
text for a different audience while keeping its facts: a young child, a teenager, an expert,
an executive or the board, a beginner in English, a non-technical reader, or a professional
or other group (software developers, new employees, retirees, tourists, parents, teachers,
students, doctors, nurses, farmers, gardeners, landlords, restaurant owners). Every rewrite
lists four natural wordings of the instruction that produced it.
"""

from __future__ import annotations

from playground.train.datagen.rewrites_style import Rewrite

SOURCES: dict[str, str] = {
    "bus_route": (
        "From Monday, February 3, the number 47 bus will no longer stop on Kestrel Street because of sewer repairs. "
        "Buses will take Dunmore Road instead, with temporary stops outside Fairview Community Hall and "
        "Larkfield Pharmacy. The detour should last about six weeks, and buses will still run every 12 minutes."
    ),
    "app_release": (
        "Version 5.0 of Clockwise, our timesheet app, will be released on March 18. "
        "It adds an offline mode, so hours can be logged without an internet connection and synced later. "
        "The new version needs iOS 16 or newer, and older versions of the app will stop working on April 30."
    ),
    "factory_noise": (
        "From April 1, everyone working on Line 3 at the Harwell plant must wear hearing protection, because "
        "noise levels there reach 92 decibels. Free earplugs and ear defenders are available from the dispenser "
        "at Gate B. Shift supervisors will check at the start of each shift, which begins at 6 a.m."
    ),
    "school_trip": (
        "Year 5 pupils at Ashgrove Primary will visit the Tarn Valley Nature Reserve on Wednesday, May 14. "
        "The coach leaves the school at 8:15 a.m. and returns at about 3:45 p.m., and the trip costs £12 per "
        "child. Please send a packed lunch, a waterproof coat and the signed consent form by May 2."
    ),
    "bank_fee": (
        "From September 1, Northgate Bank will charge a £4 monthly fee on current accounts with an average "
        "balance below £500. Customers who pay in at least £800 a month, and those aged 65 or over, will not pay "
        "the fee. Letters explaining the change will be posted to all account holders in July."
    ),
    "data_centre": (
        "This weekend, the IT team will move our servers from the Croydon data centre to a cloud provider. "
        "Email, the HR portal and the shared drives will be offline from 8 p.m. on Friday, June 20, until 6 a.m. "
        "on Monday, June 23. Staff do not need to do anything, but should save open files before leaving on Friday."
    ),
    "glass_recycling": (
        "Starting January 6, Fenwick Council will collect glass separately in a new purple bin every second "
        "Tuesday. Bottles and jars should be rinsed, and lids must be put in the regular recycling bin. "
        "Broken window glass, drinking glasses and Pyrex dishes are not accepted."
    ),
    "walking_study": (
        "Researchers at the University of Tromsø followed 2,400 adults aged 50 to 70 for eight years. "
        "Those who walked at least 7,000 steps a day were 31 percent less likely to develop heart disease than "
        "those who walked under 4,000. The study was published in March in the Nordic Journal of Public Health."
    ),
    "clinic_booking": (
        "From March 4, patients at Brackley Medical Centre will book routine appointments through the BrackleyCare "
        "app or website instead of by phone. The phone line, 01632 960 418, will stay open from 8 a.m. to 10 a.m. "
        "for urgent problems only. Patients over 75 can still book in person at reception."
    ),
    "airport_scanners": (
        "New security scanners at Redmoor Airport will go into use on June 10. Passengers will be able to carry "
        "liquids of up to two litres in their hand luggage and leave laptops inside their bags. Until all eight "
        "lanes are upgraded in September, travellers should still check which rules apply at their lane."
    ),
    "pension_match": (
        "From April 6, Calloway Foods will raise its pension contribution from 4 to 6 percent of salary for staff "
        "who pay in at least 5 percent themselves. Employees must choose the new rate on the HR portal by "
        "March 31. The change will cost the company about £1.3 million a year."
    ),
    "hosepipe_ban": (
        "Calder Water will introduce a hosepipe ban for 340,000 households from July 15, after its reservoirs "
        "fell to 41 percent of capacity. Residents may not use hoses to water gardens, wash cars or fill pools, "
        "but watering cans are allowed. Anyone who breaks the ban can be fined up to £1,000."
    ),
}


REWRITES: list[Rewrite] = [
    # ------------------------------------------------------------------ bus_route
    Rewrite(
        "bus_route", "audience", "child",
        ("Explain this bus change to a five-year-old.",
         "Tell it so a little kid would get it.",
         "Rewrite this for a young child who rides the bus.",
         "How would you explain this to a preschooler?"),
        "Guess what? Workers are fixing the pipes under Kestrel Street, so the number 47 bus can't go there for "
        "a while. Starting Monday, February 3, it will drive along Dunmore Road instead. It will stop near "
        "Fairview Community Hall and Larkfield Pharmacy. This will last about six weeks, and a bus will still "
        "come every 12 minutes!",
    ),
    Rewrite(
        "bus_route", "audience", "beginner",
        ("Rewrite this in simple English for a language learner.",
         "Use basic words and short sentences, please.",
         "Make it easy for a beginner in English to read.",
         "Could you simplify this for someone who is learning the language?"),
        "The number 47 bus is changing. From Monday, February 3, it will not stop on Kestrel Street. Workers are "
        "fixing the sewer there. The bus will go on Dunmore Road. There are new stops at Fairview Community Hall "
        "and Larkfield Pharmacy. This is for about six weeks. The bus still comes every 12 minutes.",
    ),
    Rewrite(
        "bus_route", "audience", "expert",
        ("Rewrite this for transit planning specialists.",
         "Make it technical enough for a room of transport engineers.",
         "Adapt this for an expert audience of bus network planners.",
         "Give this the jargon a transport specialist would use."),
        "Route 47 diversion, effective Monday 3 February: Kestrel Street stops are suspended for the duration of "
        "the sewer works, and services are rerouted via Dunmore Road. Temporary stops will be installed at "
        "Fairview Community Hall and Larkfield Pharmacy. Expected duration is approximately six weeks, and the "
        "12-minute headway will be maintained throughout.",
    ),
    Rewrite(
        "bus_route", "audience", "retirees",
        ("Rewrite this for an audience of retirees.",
         "Make it suit an older, retired audience.",
         "Explain this for grandparents who take the bus.",
         "Tailor this for an audience of pensioners."),
        "If you take the 47 bus to the shops or to appointments, please note a change. From Monday, February 3, "
        "the bus will not stop on Kestrel Street while the sewers are repaired. It will go along Dunmore Road "
        "instead, stopping outside Fairview Community Hall and Larkfield Pharmacy, which is handy for "
        "prescriptions. Buses still come every 12 minutes, and the detour should last about six weeks.",
    ),
    Rewrite(
        "bus_route", "audience", "tourists",
        ("Rewrite this for an audience of tourists.",
         "Make this useful for newcomers visiting the city.",
         "Adapt it for a tourist audience who don't know the streets.",
         "How would you explain this to a newcomer on holiday here?"),
        "Visiting the city? If you plan to ride the number 47 bus, note that from Monday, February 3, it skips "
        "Kestrel Street because of sewer repairs. It follows Dunmore Road instead, with temporary stops outside "
        "Fairview Community Hall and Larkfield Pharmacy, both easy landmarks. Buses still run every 12 minutes, "
        "and the detour should last about six weeks, so check the stop before you wait.",
    ),
    # ------------------------------------------------------------------ app_release
    Rewrite(
        "app_release", "audience", "software_developers",
        ("Rewrite this for developers.",
         "Adapt it for an audience of software engineers.",
         "Make the release notes technical for our mobile team.",
         "Explain this release for engineers who maintain the app."),
        "Clockwise 5.0 ships on March 18. Headline feature: offline mode, with timesheet entries written to local "
        "storage and synced to the server once connectivity returns. The minimum supported target is now iOS 16. "
        "Builds older than 5.0 stop working on April 30, so plan client upgrades and test sync conflict "
        "handling before then.",
    ),
    Rewrite(
        "app_release", "audience", "non_technical",
        ("Explain this to a non-technical colleague.",
         "Put this in plain language for staff who aren't into tech.",
         "Make it clear for a layperson.",
         "Say it so someone with no technical background gets it."),
        "On March 18 we're releasing a new version of Clockwise, the app you use to record your working hours. "
        "The big change: you'll be able to enter your hours even when you have no internet, and the app will "
        "send them later by itself. You'll need an iPhone with iOS 16 or newer. Please update before April 30, "
        "because older versions will stop working then.",
    ),
    Rewrite(
        "app_release", "audience", "executive",
        ("Give the leadership team the bottom line on this release.",
         "Rewrite this for executives.",
         "Turn this into a quick update for the CEO.",
         "Condense this for the board."),
        "Clockwise 5.0 launches March 18. Key gain: offline time logging, so staff without a connection no longer "
        "lose hours, which should improve timesheet accuracy. Risk: the release requires iOS 16 or newer, and "
        "older versions stop working on April 30, so some staff may need new devices. Action: confirm how many "
        "phones need replacing before the cutoff.",
    ),
    Rewrite(
        "app_release", "audience", "teenager",
        ("Rework this for a teenage crowd.",
         "Make it sound right for a teen with a part-time job.",
         "How would you tell this to high school students?",
         "Put this in words a teen would actually read."),
        "Heads up if you log your shifts on Clockwise: version 5.0 drops on March 18. The best part is offline "
        "mode, so you can add your hours even with zero signal and it syncs later. Your phone needs iOS 16 or "
        "newer, though. Update before April 30, or the old app just stops working.",
    ),
    Rewrite(
        "app_release", "audience", "beginner",
        ("Simplify this for an English beginner.",
         "Use short sentences for someone learning English as a second language.",
         "Write it in simple English, please.",
         "Rewrite this for a non-native reader with basic words."),
        "There is a new version of the Clockwise app. It is version 5.0. It comes out on March 18. Clockwise is "
        "for your work hours. Now you can write your hours with no internet. The app sends them later. Your phone "
        "needs iOS 16 or newer. Old versions stop on April 30. Please update before then.",
    ),
    # ------------------------------------------------------------------ factory_noise
    Rewrite(
        "factory_noise", "audience", "new_employees",
        ("Rewrite this for newcomers starting on the factory floor.",
         "Adapt it for an audience of new starters.",
         "Explain this rule to a newcomer in their first week.",
         "How would you brief newcomers about this on day one?"),
        "Welcome to Harwell! One safety rule you need to know from day one: if you work on Line 3, you must wear "
        "hearing protection from April 1. The noise there reaches 92 decibels, loud enough to damage your "
        "hearing. Pick up free earplugs or ear defenders from the dispenser at Gate B on your way in. Your shift "
        "supervisor will check at the 6 a.m. start.",
    ),
    Rewrite(
        "factory_noise", "audience", "expert",
        ("Rewrite this for occupational health specialists.",
         "Make it technical for an audience of safety engineers.",
         "Adapt it for hearing conservation experts.",
         "Use the terminology an industrial hygiene expert would expect."),
        "Effective 1 April, hearing protection is mandatory for all personnel on Line 3 at the Harwell plant, "
        "where measured sound levels reach 92 dB(A), well above the 85 dB(A) upper exposure action value. "
        "Disposable earplugs and ear defenders are issued free of charge from the Gate B dispenser. Compliance "
        "will be verified by shift supervisors at each 06:00 shift start.",
    ),
    Rewrite(
        "factory_noise", "audience", "executive",
        ("Give me the executive version of this safety change.",
         "Rewrite this for the plant's leadership team.",
         "Brief the board on this in a few lines.",
         "What does the CEO need to know here?"),
        "Hearing protection becomes mandatory on Line 3 at Harwell from April 1, as noise there reaches 92 "
        "decibels. Cost is limited to free earplugs and ear defenders supplied at Gate B, and supervisors will "
        "enforce the rule at each 6 a.m. shift start. The change lowers our exposure to hearing-loss claims and "
        "keeps us in line with our safety obligations.",
    ),
    Rewrite(
        "factory_noise", "audience", "beginner",
        ("Rewrite this with basic words for a new English learner.",
         "Make it easy to read for non-native workers.",
         "Use short sentences so a beginner can follow.",
         "Put this in simple language for staff still learning the language."),
        "This is a safety rule for Line 3. It starts on April 1. Line 3 is very loud. The noise is 92 decibels. "
        "You must protect your ears. Take free earplugs or ear defenders. They are at Gate B. Your boss will "
        "check at the start of your shift. The shift starts at 6 a.m.",
    ),
    Rewrite(
        "factory_noise", "audience", "child",
        ("Explain this to a kid.",
         "How would you say this to a seven-year-old?",
         "Rewrite it so children can understand it.",
         "Make this simple enough for a child in first grade."),
        "At the Harwell factory, there is a spot called Line 3 where the machines are super loud, about as loud "
        "as a lawn mower right next to your head. Loud noise can hurt your ears. So from April 1, everyone who "
        "works there has to wear earplugs or big ear muffs. They get them free at Gate B. Every morning at 6, "
        "the boss checks that everyone has them on.",
    ),
    # ------------------------------------------------------------------ school_trip
    Rewrite(
        "school_trip", "audience", "parents",
        ("Rewrite this for parents.",
         "Adapt this for an audience of mums and dads.",
         "How would you explain this trip for parents at pickup?",
         "Write it the way you'd put it for a parent."),
        "Dear parents, on Wednesday, May 14, our Year 5 class is going to the Tarn Valley Nature Reserve. Please "
        "have your child at school in time for the coach, which leaves at 8:15 a.m. We expect to be back around "
        "3:45 p.m., so plan pickup for then. The trip costs £12. Pack a lunch and a waterproof coat, and return "
        "the signed consent form by May 2.",
    ),
    Rewrite(
        "school_trip", "audience", "child",
        ("Explain this trip to a nine-year-old.",
         "Rewrite it for the kids going on the trip.",
         "Make it exciting and simple for children.",
         "Say this in words a Year 5 child would understand."),
        "We're going on a trip! On Wednesday, May 14, our class will ride a big coach to the Tarn Valley Nature "
        "Reserve to explore outside. The coach leaves school at 8:15 in the morning, and we'll be back around "
        "3:45. Bring a packed lunch and a raincoat in case it's wet. Ask your grown-up to sign your form, send it "
        "in by May 2 and pay the £12.",
    ),
    Rewrite(
        "school_trip", "audience", "teachers",
        ("Rewrite this for an audience of teachers.",
         "Adapt it for a teaching staff audience.",
         "Make this work for the staffroom audience.",
         "Tailor this to a teacher audience planning the day."),
        "Year 5 trip to Tarn Valley Nature Reserve, Wednesday, May 14. Please take the register early: the coach "
        "leaves at 8:15 a.m. and returns about 3:45 p.m. Collect the £12 payments and signed consent forms by "
        "May 2, and chase any missing ones. Remind pupils to bring a packed lunch and a waterproof coat, and "
        "check who might arrive without one.",
    ),
    Rewrite(
        "school_trip", "audience", "beginner",
        ("Make this easy for families learning the language.",
         "Use simple English so non-native parents can read it.",
         "Write it with short sentences and easy words.",
         "Rewrite this for a parent who is a beginner in English."),
        "Year 5 has a school trip. The trip is on Wednesday, May 14. We go to Tarn Valley Nature Reserve. The "
        "bus leaves at 8:15 in the morning. It comes back at about 3:45. The trip costs £12. Your child needs a "
        "lunch and a rain coat. Please sign the form. Send it to school by May 2.",
    ),
    Rewrite(
        "school_trip", "audience", "executive",
        ("Summarise this for the board of governors.",
         "Give school leadership the essentials.",
         "Rewrite it as a brief for the head and the leadership team.",
         "Make this an executive-level update."),
        "Year 5 trip to Tarn Valley Nature Reserve on Wednesday, May 14: the coach departs at 8:15 a.m. and "
        "returns about 3:45 p.m. Families pay £12 per child. Signed consent forms are due by May 2, and pupils "
        "bring their own packed lunch and waterproof. Key risk to watch: late consent forms or payments before "
        "the deadline.",
    ),
    # ------------------------------------------------------------------ bank_fee
    Rewrite(
        "bank_fee", "audience", "retirees",
        ("Rewrite this for an audience of older customers.",
         "Explain this for grandparents with a current account.",
         "How would this read for a retired audience?",
         "Adapt it for a senior audience living on a pension."),
        "If you are 65 or over, this change will not cost you anything. From September 1, Northgate Bank will "
        "start charging a £4 monthly fee on current accounts with an average balance below £500, but customers "
        "aged 65 and over do not pay it, and neither does anyone paying in at least £800 a month. You will "
        "receive a letter explaining the change in July.",
    ),
    Rewrite(
        "bank_fee", "audience", "non_technical",
        ("Explain this in plain language for someone who hates money jargon.",
         "Rewrite this for a layperson.",
         "Make it clear for a non-expert reader.",
         "Say this in plain English without banking terms."),
        "Northgate Bank is bringing in a new charge. From September 1, if you usually keep less than £500 in "
        "your everyday account, you'll pay £4 a month. You won't pay it if at least £800 goes into your account "
        "each month, for example your wages, or if you're 65 or older. The bank will send everyone a letter "
        "about this in July.",
    ),
    Rewrite(
        "bank_fee", "audience", "executive",
        ("Give the board the bottom line on this fee.",
         "Rewrite this for Northgate's executives.",
         "What would leadership need to know from this?",
         "Frame this for a CEO who has two minutes."),
        "From September 1, Northgate introduces a £4 monthly fee on current accounts averaging under £500. "
        "Exemptions for customers paying in £800 or more per month and for customers aged 65 and over limit "
        "the impact on salaried and older customers. All account holders will be notified by letter in July; "
        "watch customer reaction once the letters land.",
    ),
    Rewrite(
        "bank_fee", "audience", "students",
        ("Rewrite this for students.",
         "Adapt it for a student audience on tight budgets.",
         "Explain this for a student with a small balance.",
         "How would you pitch this to a college audience?"),
        "Heads up if your bank balance is usually low: from September 1, Northgate Bank will charge £4 a month "
        "on current accounts that average under £500. That's £48 a year. You can avoid it by paying in at least "
        "£800 a month, for example from a part-time job. Everyone with an account gets a letter about it in "
        "July, so actually open it.",
    ),
    Rewrite(
        "bank_fee", "audience", "expert",
        ("Rewrite this for retail banking specialists.",
         "Make it technical for a panel of banking experts.",
         "Adapt this for a compliance expert.",
         "Write this for an audience of retail banking analysts."),
        "Effective 1 September, Northgate Bank introduces a £4 monthly maintenance fee on personal current "
        "accounts with an average monthly balance below £500. Waivers apply where monthly credit turnover is at "
        "least £800 and to customers aged 65 and over. Advance notice of the tariff change will be issued to all "
        "account holders by post in July, ahead of the effective date.",
    ),
    # ------------------------------------------------------------------ data_centre
    Rewrite(
        "data_centre", "audience", "non_technical",
        ("Explain this for staff who are not technical.",
         "Rewrite it in plain language for everyone in the office.",
         "Make it understandable for a non-technical reader.",
         "Put this so a layperson would follow it."),
        "This weekend, the IT team is moving the computers that run our systems to a new home run by an outside "
        "company. While they do it, you won't be able to use email, the HR portal or the shared drives, from "
        "8 p.m. on Friday, June 20, until 6 a.m. on Monday, June 23. You don't need to do anything; just save "
        "any open files before you go home on Friday.",
    ),
    Rewrite(
        "data_centre", "audience", "executive",
        ("Rewrite this as a leadership update.",
         "Give this to the executives in three lines.",
         "Explain the impact for the board.",
         "Cut this to what the CEO cares about."),
        "IT is migrating our servers from the Croydon data centre to a cloud provider this weekend. Planned "
        "downtime for email, the HR portal and shared drives runs from 8 p.m. Friday, June 20, to 6 a.m. Monday, "
        "June 23, so working hours are not affected. No staff action is required beyond saving open files on "
        "Friday.",
    ),
    Rewrite(
        "data_centre", "audience", "expert",
        ("Rewrite this for infrastructure specialists.",
         "Make it technical for an audience of systems engineers.",
         "Adapt it for cloud migration experts.",
         "Write this in the jargon an SRE specialist would use."),
        "Migration window: Friday, June 20, 20:00 to Monday, June 23, 06:00. Workloads move from the on-premises "
        "Croydon data centre to our cloud provider. Email, the HR portal and the shared file stores are in scope "
        "and will be unavailable for the full window. No client-side changes are required; users should save "
        "open files before 20:00 on Friday to avoid data loss.",
    ),
    Rewrite(
        "data_centre", "audience", "child",
        ("Explain this to a six-year-old.",
         "Can you explain the server move to my kids?",
         "Rewrite it for a little child who asks what IT does.",
         "Make this simple for a child in primary school."),
        "The office has big computers that keep everyone's emails and files. This weekend, the computer helpers "
        "are moving them out of a building in Croydon to a new place called the cloud. While they move, nobody "
        "can use email, the staff website or the shared files, from Friday night at 8 until Monday morning at 6. "
        "Before going home on Friday, everyone just needs to save their work.",
    ),
    Rewrite(
        "data_centre", "audience", "software_developers",
        ("Rewrite this for developers on our team.",
         "Adapt it for an engineering audience.",
         "Explain what this means for developers with work in progress.",
         "Make this relevant to a technical team of programmers."),
        "Heads up, devs: the server migration from the Croydon data centre to our cloud provider runs from 8 p.m. "
        "Friday, June 20, to 6 a.m. Monday, June 23. Email, the HR portal and the shared drives will be down for "
        "the whole window. No config changes are needed on your side, but save anything open on the shared "
        "drives and push your work before you leave on Friday.",
    ),
    # ------------------------------------------------------------------ glass_recycling
    Rewrite(
        "glass_recycling", "audience", "child",
        ("Explain the purple bin to a five-year-old.",
         "Rewrite it for kids who help with the recycling.",
         "Make this easy for a young child to follow.",
         "How would you teach this to a small child?"),
        "Our town is getting a new purple bin just for glass! Starting January 6, the council will pick it up "
        "every second Tuesday. Bottles and jars go in it, but first we rinse them with water. The lids go in the "
        "other recycling bin. Broken window glass, drinking glasses and Pyrex dishes can't go in the purple bin.",
    ),
    Rewrite(
        "glass_recycling", "audience", "teenager",
        ("Rewrite the bin news for teens.",
         "Make it land with a teenage audience.",
         "How would you get a teenager to read this?",
         "Put this for high schoolers who take out the bins."),
        "New bin just dropped: from January 6, Fenwick Council is collecting glass separately in a purple bin, "
        "every second Tuesday. Rinse your bottles and jars first, and throw the lids in the regular recycling. "
        "Broken window glass, drinking glasses and Pyrex dishes don't count, so don't sneak them in.",
    ),
    Rewrite(
        "glass_recycling", "audience", "beginner",
        ("Rewrite this in simple words for people learning the language.",
         "Make it clear for a beginner reader.",
         "Use short sentences for residents who are non-native speakers.",
         "Could an English learner read this? Rewrite it so they can."),
        "There is a new purple bin. It is for glass. It starts on January 6. The council takes it every second "
        "Tuesday. Wash your bottles and jars. Put the lids in the normal recycling bin. Do not put broken window "
        "glass in the purple bin. Do not put drinking glasses or Pyrex dishes in it.",
    ),
    Rewrite(
        "glass_recycling", "audience", "restaurant_owners",
        ("Rewrite this for managers of local restaurants.",
         "Adapt it for an audience of restaurant and bar owners.",
         "Make it relevant to a hospitality audience.",
         "Explain what this means for managers running busy kitchens."),
        "If your restaurant or bar relies on Fenwick Council collections, note that from January 6 glass goes in "
        "the new purple bin, collected every second Tuesday. Rinse bottles and jars first, and put caps and lids "
        "in your regular recycling. Drinking glasses broken during service, broken window glass and Pyrex dishes "
        "are not accepted, so keep them out of the purple bin.",
    ),
    Rewrite(
        "glass_recycling", "audience", "landlords",
        ("Rewrite this for an audience of landlords.",
         "Adapt it for managers of rented flats.",
         "Make this useful for a landlord audience.",
         "How should landlords see this? Write it for that audience."),
        "Landlords in Fenwick: from January 6, the council will collect glass separately in a new purple bin "
        "every second Tuesday. Please make sure your tenants know that bottles and jars should be rinsed and "
        "that lids go in the regular recycling bin. Broken window glass from repairs, drinking glasses and Pyrex "
        "dishes are not accepted, so arrange another way to get rid of them.",
    ),
    # ------------------------------------------------------------------ walking_study
    Rewrite(
        "walking_study", "audience", "expert",
        ("Rewrite this for an audience of epidemiologists.",
         "Make it technical enough for cardiology specialists.",
         "Adapt this for a room full of public health experts.",
         "Write this the way an expert reviewer would put it."),
        "In an eight-year prospective cohort of 2,400 adults aged 50 to 70 (University of Tromsø), a daily step "
        "count of at least 7,000 was associated with a 31 percent lower incidence of heart disease relative to "
        "fewer than 4,000 steps per day. The findings were published in March in the Nordic Journal of Public "
        "Health. Being observational, the design supports association rather than causation.",
    ),
    Rewrite(
        "walking_study", "audience", "child",
        ("Explain this study to a child.",
         "Make this simple enough for kids in year 3.",
         "Rewrite it for an eight-year-old.",
         "How would you tell a little kid about this?"),
        "Some scientists at the University of Tromsø watched 2,400 grown-ups, aged 50 to 70, for eight whole "
        "years. They found that people who walked at least 7,000 steps every day were about a third less likely "
        "to get heart sickness than people who walked fewer than 4,000 steps. So walking is great for your "
        "heart! The scientists shared what they learned in March.",
    ),
    Rewrite(
        "walking_study", "audience", "teenager",
        ("Rewrite this for a teenage reader.",
         "Make this interesting for teenagers glued to their phones.",
         "How would you share this with a high school class?",
         "Put it in words teens use."),
        "This one's about your grandparents, but also future you: researchers at the University of Tromsø "
        "tracked 2,400 adults aged 50 to 70 for eight years. The ones who hit 7,000 steps a day were 31 percent "
        "less likely to get heart disease than those under 4,000. Your phone already counts your steps, so "
        "that's an easy goal to check. The study came out in March.",
    ),
    Rewrite(
        "walking_study", "audience", "doctors",
        ("Rewrite this for doctors.",
         "Adapt it for an audience of GPs who advise patients.",
         "Make it useful for doctors in a busy practice.",
         "What should a medical audience take from this?"),
        "A University of Tromsø cohort study of 2,400 adults aged 50 to 70, followed for eight years, found that "
        "those walking at least 7,000 steps daily had a 31 percent lower risk of heart disease than those "
        "walking under 4,000. Published in March in the Nordic Journal of Public Health, it gives a concrete, "
        "easy-to-measure target to suggest to middle-aged and older patients.",
    ),
    Rewrite(
        "walking_study", "audience", "beginner",
        ("Simplify the study for a learner of English.",
         "Make it easy to understand for someone learning the language.",
         "Could you simplify this for a beginner?",
         "Keep the words basic, with short sentences for a new reader."),
        "Scientists at the University of Tromsø studied 2,400 people. The people were 50 to 70 years old. The "
        "study lasted eight years. Some people walked 7,000 steps or more every day. Their risk of heart disease "
        "was 31 percent lower. Other people walked less than 4,000 steps. The study came out in March.",
    ),
    # ------------------------------------------------------------------ clinic_booking
    Rewrite(
        "clinic_booking", "audience", "nurses",
        ("Rewrite this for an audience of nurses.",
         "Adapt it for the practice nursing audience.",
         "Make this relevant for a nurse audience fielding patient questions.",
         "Tailor it to a nursing audience at the surgery."),
        "From March 4, routine appointments at Brackley Medical Centre move to online booking through the "
        "BrackleyCare app or website. The phone line, 01632 960 418, stays open from 8 a.m. to 10 a.m. for urgent "
        "problems only, so expect urgent cases to come through then. Patients over 75 can still book in person "
        "at reception, so point older patients there if they ask you.",
    ),
    Rewrite(
        "clinic_booking", "audience", "non_technical",
        ("Explain this for patients who aren't technical.",
         "Rewrite this in plain language.",
         "Make it easy for a layperson to follow.",
         "Say this in plain English for people who rarely use apps."),
        "From March 4, Brackley Medical Centre will stop taking phone calls for everyday appointments. Instead, "
        "you book on the BrackleyCare app on your phone or on its website. If you have an urgent problem, you "
        "can still call 01632 960 418 between 8 and 10 in the morning. If you are over 75, you can also book by "
        "going to the front desk.",
    ),
    Rewrite(
        "clinic_booking", "audience", "beginner",
        ("Use simple English and short sentences.",
         "Make this readable for a non-native patient.",
         "Rewrite it so someone learning the language can book.",
         "Write this for a language learner at an easy level."),
        "There is a new way to book at Brackley Medical Centre. It starts on March 4. Use the BrackleyCare app "
        "or the website. Do not phone for normal visits. For urgent problems, phone 01632 960 418. The phone is "
        "open from 8 to 10 in the morning. Are you over 75? You can book at the front desk.",
    ),
    Rewrite(
        "clinic_booking", "audience", "executive",
        ("Rewrite this for the practice's executive team.",
         "Give the practice board the key points.",
         "Frame this for leadership reviewing the change.",
         "Make this a bottom-line update for executives."),
        "From March 4, Brackley Medical Centre moves routine booking to the BrackleyCare app and website. The "
        "phone line, 01632 960 418, will be limited to urgent calls from 8 a.m. to 10 a.m., freeing reception "
        "time. Over-75s keep in-person booking at reception, which protects access for older patients. Monitor "
        "app uptake and complaints in the first weeks.",
    ),
    Rewrite(
        "clinic_booking", "audience", "teenager",
        ("Rewrite this for teens who book their own appointments.",
         "Tell a teenager how this works.",
         "Write it for a high school student.",
         "Adapt this for a teenage patient."),
        "Good news if you hate phone calls: from March 4, you book normal appointments at Brackley Medical Centre "
        "on the BrackleyCare app or website, no calling needed. The phone line, 01632 960 418, is only for urgent "
        "stuff, from 8 to 10 a.m. Grandparents over 75 can still book in person at reception.",
    ),
    # ------------------------------------------------------------------ airport_scanners
    Rewrite(
        "airport_scanners", "audience", "child",
        ("Explain the new airport scanners to a child.",
         "Make this fun and simple for kids flying on holiday.",
         "Rewrite it for a six-year-old going on a plane.",
         "Tell this to a preschooler who loves planes."),
        "At Redmoor Airport, there are new machines that look inside bags to keep everyone safe. From June 10, "
        "they are so clever that people can keep big drinks, up to two litres, in their bags, and laptops can "
        "stay packed too. Only some of the eight lines have the new machines until September, so grown-ups "
        "still need to check which line they are in.",
    ),
    Rewrite(
        "airport_scanners", "audience", "expert",
        ("Rewrite this for aviation security specialists.",
         "Make it technical for screening experts.",
         "Adapt this for an audience of airport operations staff.",
         "Use the terms a security screening specialist would."),
        "From 10 June, Redmoor Airport brings next-generation CT cabin-baggage scanners into service. On equipped "
        "lanes, the liquids allowance rises to 2 litres per passenger and laptops may remain in bags during "
        "screening. Rollout across all eight lanes completes in September; until then, legacy rules apply on "
        "unconverted lanes, so passengers must confirm the regime in force at their lane.",
    ),
    Rewrite(
        "airport_scanners", "audience", "executive",
        ("Rewrite this for airline executives.",
         "Give the board a two-line version.",
         "Sum this up for the airport's leadership.",
         "Boil it down for the CEO."),
        "Redmoor's new security scanners go live on June 10, letting passengers carry up to two litres of liquids "
        "and keep laptops in their bags, which should speed up screening. Risk: not all eight lanes are upgraded "
        "until September, so mixed rules may confuse travellers; clear lane signage is needed.",
    ),
    Rewrite(
        "airport_scanners", "audience", "beginner",
        ("Rewrite it in simple English for travellers learning the language.",
         "Keep it basic for a new English learner.",
         "Use short sentences for non-native passengers.",
         "Could a beginner in the language understand this? Rewrite it."),
        "Redmoor Airport has new security machines. They start on June 10. You can take liquids in your hand bag. "
        "You can take up to two litres. Your laptop can stay in your bag. There are eight security lanes. Not "
        "all lanes are new until September. Please check the rules at your lane.",
    ),
    Rewrite(
        "airport_scanners", "audience", "parents",
        ("Rewrite this for parents travelling with children.",
         "Adapt it for a parent audience packing for a family trip.",
         "Make it useful for parents of toddlers.",
         "Explain this for a parent flying with a baby."),
        "Flying from Redmoor Airport with the kids? From June 10, new scanners mean you can carry up to two "
        "litres of liquids in hand luggage, so milk and juice for the journey are easier to pack, and laptops "
        "can stay in the bag. Only some of the eight lanes will have them until September, though, so check the "
        "rules at your lane before you unpack.",
    ),
    # ------------------------------------------------------------------ pension_match
    Rewrite(
        "pension_match", "audience", "new_employees",
        ("Rewrite this for newcomers to Calloway Foods.",
         "Explain this to a newcomer in their first month.",
         "Write it for a new-hire audience that just joined.",
         "How would you explain this to newcomers at onboarding?"),
        "Welcome to Calloway Foods! One benefit worth knowing early: from April 6, if you pay at least 5 percent "
        "of your salary into your pension, the company will add 6 percent, up from 4 percent. To get the higher "
        "rate, choose it on the HR portal by March 31. It's one of the easiest ways to grow your savings from "
        "your first payslip.",
    ),
    Rewrite(
        "pension_match", "audience", "executive",
        ("Rewrite this for the executive committee.",
         "Give the board the cost and the deadline.",
         "Turn this into a leadership briefing.",
         "Put it in two sentences for the CEO."),
        "From April 6, Calloway Foods raises its employer pension contribution from 4 to 6 percent of salary for "
        "staff contributing at least 5 percent, at an annual cost of about £1.3 million. Employees must opt in "
        "on the HR portal by March 31, so the final cost depends on take-up.",
    ),
    Rewrite(
        "pension_match", "audience", "expert",
        ("Rewrite this for pensions specialists.",
         "Make it technical for an audience of benefits consultants.",
         "Adapt it for payroll experts.",
         "Phrase this as a pensions expert would expect it."),
        "Effective 6 April, Calloway Foods increases the employer contribution under its matching structure from "
        "4% to 6% of pensionable salary, conditional on a member contribution of at least 5%. Members must elect "
        "the revised rate via the HR portal by 31 March. The estimated incremental employer cost is approximately "
        "£1.3m per annum.",
    ),
    Rewrite(
        "pension_match", "audience", "teenager",
        ("Rewrite this for a teenager with their first job.",
         "Make this make sense to teens starting work.",
         "How would you explain this to a high school leaver?",
         "Pitch this at a teen audience."),
        "Got your first job at Calloway Foods? Here's free money: from April 6, if you put at least 5 percent of "
        "your pay into your pension, the company adds 6 percent, not 4 like before. You just have to pick the "
        "new rate on the HR portal by March 31. It's costing the company about £1.3 million a year, so don't "
        "leave your share on the table.",
    ),
    Rewrite(
        "pension_match", "audience", "non_technical",
        ("Explain this in plain language, without pension jargon.",
         "Rewrite it for someone who isn't a finance expert.",
         "Make it simple for a non-technical employee.",
         "Put this in plain English for staff."),
        "Calloway Foods is putting more money into workers' retirement savings. From April 6, if you save at "
        "least 5 percent of your pay, the company will add an amount equal to 6 percent of your pay instead of "
        "4 percent. To get this, you need to pick the new rate on the HR website by March 31. It will cost the "
        "company about £1.3 million a year.",
    ),
    # ------------------------------------------------------------------ hosepipe_ban
    Rewrite(
        "hosepipe_ban", "audience", "farmers",
        ("Rewrite this for an audience of farmers.",
         "Adapt it for a farming audience.",
         "Make it relevant to a rural audience of growers.",
         "How would this land with farmers? Write it for that audience."),
        "For farming families on Calder Water's household supply: from July 15, a hosepipe ban covers 340,000 "
        "households after reservoirs dropped to 41 percent of capacity. Hoses may not be used to water the "
        "farmhouse garden, wash vehicles or fill pools, though watering cans are allowed. Breaking the ban can "
        "bring a fine of up to £1,000.",
    ),
    Rewrite(
        "hosepipe_ban", "audience", "child",
        ("Explain the hosepipe ban to a child.",
         "Rewrite this for kids who love the paddling pool.",
         "Make this simple for a seven-year-old.",
         "Say it in a way a small child understands."),
        "It hasn't rained much, and the big lakes that give us our water are less than half full. So the water "
        "company, Calder Water, says that from July 15, about 340,000 homes can't use a hose to water plants, "
        "wash the car or fill the paddling pool. You can still use a watering can! Anyone who breaks the rule "
        "could have to pay a big fine, up to £1,000.",
    ),
    Rewrite(
        "hosepipe_ban", "audience", "expert",
        ("Rewrite this for water resource specialists.",
         "Make it technical for hydrologists and utility experts.",
         "Adapt it for an audience of water engineers.",
         "Write this with the terminology a drought-planning expert uses."),
        "Calder Water will implement a temporary use ban from 15 July covering 340,000 household connections, "
        "triggered by aggregate reservoir storage falling to 41 percent of capacity. Prohibited uses include "
        "hosepipe watering of gardens, vehicle washing and the filling of pools; watering-can use remains "
        "permitted. Non-compliance carries a maximum penalty of £1,000.",
    ),
    Rewrite(
        "hosepipe_ban", "audience", "gardeners",
        ("Rewrite this for an audience of keen gardeners.",
         "Adapt it for a gardening audience.",
         "Make this helpful for a gardening club audience.",
         "How should gardeners read this? Rewrite it for that audience."),
        "Gardeners, your hoses need a rest: from July 15, Calder Water is bringing in a hosepipe ban for 340,000 "
        "households because its reservoirs are down to 41 percent. You can't use a hose on your beds and lawn, "
        "to wash the car or to fill a pool, but watering cans are fine for keeping your plants going. Breaking "
        "the ban can mean a fine of up to £1,000.",
    ),
    Rewrite(
        "hosepipe_ban", "audience", "teenager",
        ("Rewrite this for teenagers on summer break.",
         "Make it relatable to a teen audience.",
         "Explain this to a teenager who washes the family car.",
         "Put it for a high school crowd."),
        "Summer plans involving a hose? Bad news: from July 15, Calder Water is banning hosepipes for 340,000 "
        "households because the reservoirs are only 41 percent full. No hosing the garden, washing the car or "
        "filling the pool, but watering cans are allowed. And this rule has teeth: the fine can be up to £1,000.",
    ),
]
