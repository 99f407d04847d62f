"""Hand-written marketing copy for the ``marketing_copy`` task.

The template generator in ``marketing_copy.py`` builds every caption from a few fixed openers
and calls to action; these rows were written by hand, over many businesses and industries far
beyond the suggested choices and prompts worded the way real users type them, to teach the
adapter varied, natural sentence plans: openings that ask a question, make a claim, give the
news, paint a scene or lead with a number; every fact in the prompt repeated exactly; the
platform's format (instagram: an emoji or two and 3-5 hashtags on a last line; twitter/x: short
with 1-2 hashtags; facebook: friendly sentences and a question to the reader; linkedin:
professional with 1-3 hashtags); a call to action before any hashtags; and never more words
than ``max_length``. Data only: no names, prompts or sentences are shared with
``examples/marketing_copy/challenge.jsonl``.
"""

from playground.train.datagen import row

WRITTEN = [
    row({"prompt": "Announce our new late opening at Calder Street Pharmacy: open until midnight Monday to Saturday, "
                   "starting March 3",
         "platform": "facebook", "tone": "professional", "industry": "healthcare", "max_length": 60},
        "Starting March 3, Calder Street Pharmacy stays open until midnight Monday to Saturday. Prescriptions, "
        "cold remedies and advice from a qualified pharmacist are now available long after most shops close. "
        "Have you ever needed medicine late at night and found every door locked? Save our number and call "
        "ahead so your order is ready when you arrive."),
    row({"prompt": "insta post for our croissant baking workshop at Fennel & Rye - Sat 14 June, 10am, £45 incl. "
                   "all ingredients",
         "platform": "instagram", "tone": "casual", "industry": "bakery", "max_length": 40},
        "🥐 Ever wondered how croissants get all those flaky layers? Learn the secret at our croissant baking "
        "workshop at Fennel & Rye, Sat 14 June, 10am. £45 covers all ingredients. Book via the link in bio!"
        "\n\n#CroissantLove #BakingClass #FennelAndRye"),
    row({"prompt": "tweet: early-bird tickets for CloudNorth Summit end Friday, $149 instead of $299",
         "platform": "twitter/x", "tone": "fomo", "industry": "technology", "max_length": 25},
        "Early-bird tickets for CloudNorth Summit end Friday: $149 instead of $299. Two days of talks, half "
        "the price. Grab yours now! #CloudNorth #DevConf"),
    row({"prompt": "LinkedIn post: we opened a new 120,000 sq ft cross-dock facility in Tilbury, serving London and "
                   "the South East",
         "platform": "linkedin", "tone": "professional", "industry": "logistics", "max_length": 60},
        "We have opened a new 120,000 sq ft cross-dock facility in Tilbury, serving London and the South East. "
        "The site gives our customers faster transfers between inbound trailers and final-mile vehicles, with "
        "round-the-clock operations and direct access to the port. Talk to our network team about moving your "
        "volumes through Tilbury.\n\n#Logistics #CrossDocking #SupplyChain"),
    row({"prompt": "Promote our self-service dog wash at Muddy Paws - $15 for 20 minutes, towels and shampoo included",
         "platform": "facebook", "tone": "playful", "industry": "pets", "max_length": 50},
        "Your dog found the one puddle in the whole park, didn't they? Skip the bathroom flood and try the "
        "self-service dog wash at Muddy Paws. It's $15 for 20 minutes, with towels and shampoo included. "
        "Who is the messiest pup you know? Pop in this weekend!"),
    row({"prompt": "Post about our 6am sunrise run club, every Wednesday from Kelso Pier, free and all paces welcome",
         "platform": "instagram", "tone": "inspirational", "industry": "fitness", "max_length": 40},
        "🌅 The city is still asleep and you are already moving. Our sunrise run club sets off at 6am every "
        "Wednesday from Kelso Pier. It's free and all paces are welcome. Lace up and join us.\n\n"
        "#RunClub #SunriseRun #KelsoPier #MorningMiles"),
    row({"prompt": "new flavour drop: black sesame ice cream at Scoop Theory, this weekend only",
         "platform": "twitter/x", "tone": "playful", "industry": "food", "max_length": 20},
        "Black sesame ice cream has landed at Scoop Theory. This weekend only, so come get a scoop! "
        "#IceCream"),
    row({"prompt": "Promote our invoice automation tool for accounting firms. It cuts month-end close from 10 days to "
                   "4. Free 30-day trial.",
         "platform": "linkedin", "tone": "persuasive", "industry": "B2B software", "max_length": 80},
        "Month-end close should not take your team 10 days. Accounting firms using our invoice automation tool "
        "bring it down to 4, because invoices are captured, matched to purchase orders and coded without anyone "
        "retyping a number. Your staff spend those extra days on advisory work clients actually pay for, "
        "instead of chasing paperwork. Start your free 30-day trial and see the difference on your next close."
        "\n\n#Accounting #Automation #FinanceOps"),
    row({"prompt": "Closing-down sale at Hartley's Hardware: everything 40% off, last day is 30 April",
         "platform": "facebook", "tone": "fomo", "industry": "retail", "max_length": 40},
        "Hartley's Hardware is closing its doors, and everything in the shop is 40% off. Tools, "
        "paint, garden supplies: once it's gone, it's gone. Need anything for summer projects? Come in before "
        "our last day on 30 April."),
    row({"prompt": "New listing: 2-bed loft apartment at 88 Canal Row, exposed brick, roof terrace, £1,650/month",
         "platform": "instagram", "tone": "professional", "industry": "real estate", "max_length": 50},
        "🏙️ Just listed: a 2-bed loft apartment at 88 Canal Row. Exposed brick, high ceilings and a private "
        "roof terrace with views over the water, available for £1,650/month. Viewings are filling up, so send "
        "us a message to arrange yours.\n\n#JustListed #LoftLiving #ToLet #CanalRow"),
    row({"prompt": "Tweet announcing our easy-access savings account rate goes up to 4.1% AER from 1 May",
         "platform": "twitter/x", "tone": "professional", "industry": "finance", "max_length": 30},
        "From 1 May, our easy-access savings account pays 4.1% AER. Existing savers move to the new rate "
        "automatically. Open an account in minutes through our app. #Savings #PersonalFinance"),
    row({"prompt": "Ask people to donate winter coats to the Eastgate Food & Clothing Bank, drop-off Mon-Fri 9-5 at "
                   "12 Mill Road",
         "platform": "facebook", "tone": "inspirational", "industry": "non-profit", "max_length": 60},
        "A warm coat can change someone's whole winter. The Eastgate Food & Clothing Bank is collecting winter "
        "coats for families, children and older neighbours who are facing the cold without one. Is there a "
        "coat in your wardrobe you have not worn in years? Drop it off Mon-Fri 9-5 at 12 Mill Road and help us "
        "keep someone warm."),
    row({"prompt": "restock alert!! our corduroy overshirt in rust and olive is back, limited sizes",
         "platform": "instagram", "tone": "fomo", "industry": "fashion", "max_length": 30},
        "🚨 It's back! Our corduroy overshirt in rust and olive has been restocked, but sizes are limited. "
        "Shop now before yours sells out again.\n\n#Restock #Corduroy #Menswear #OOTD"),
    row({"prompt": "Celebrate the first graduating class of our adult evening nursing program, 42 students",
         "platform": "linkedin", "tone": "inspirational", "industry": "education", "max_length": 60},
        "Tonight, 42 students became the first graduating class of our adult evening nursing program. Many "
        "studied after full shifts at other jobs, with children asleep upstairs and exams at the kitchen table. "
        "Their persistence is exactly what patients need at the bedside. Please join us in congratulating them, "
        "and share this post with anyone considering a second career.\n\n#Nursing #AdultEducation"),
    row({"prompt": "tweet for Pollard Tyres: free tyre pressure and tread check, no appointment needed",
         "platform": "twitter/x", "tone": "casual", "industry": "automotive", "max_length": 25},
        "Not sure your tyres are road-ready? Pollard Tyres will check pressure and tread for free, no "
        "appointment needed. Just drive in! #TyreSafety"),
    row({"prompt": "our salon now does gel manicures on sunday mornings, 9-1, $35",
         "platform": "facebook", "tone": "casual", "industry": "beauty", "max_length": 40},
        "Sunday plans just got better: we now do gel manicures on Sunday mornings from 9-1, for $35. Chip-free "
        "nails for the whole week ahead. What colour are you going for? Message us to book your slot."),
    row({"prompt": "caption for Whisker Lounge cat cafe - we have 4 new resident kittens! book a 1-hour visit for $12",
         "platform": "instagram", "tone": "playful", "industry": "cat cafe", "max_length": 40},
        "🐱 Breaking news: 4 new resident kittens have taken over Whisker Lounge, and they demand visitors. "
        "Book a 1-hour visit for $12 and bring your best string. Reserve now! 🧶\n\n"
        "#CatCafe #KittensOfInstagram #WhiskerLounge"),
    row({"prompt": "Last 20 exhibitor booths for the Northern Food Producers Expo, Manchester Central, 9-10 October",
         "platform": "linkedin", "tone": "fomo", "industry": "events", "max_length": 50},
        "Only 20 exhibitor booths remain for the Northern Food Producers Expo at Manchester Central on 9-10 "
        "October. Thousands of buyers from retail, hospitality and wholesale will be walking the floor. If "
        "your brand belongs in front of them, secure a booth this week.\n\n#FoodIndustry #TradeShow"),
    row({"prompt": "Promote our solo women's trekking trips to the Dolomites this September",
         "platform": "twitter/x", "tone": "inspirational", "industry": "travel", "max_length": 30},
        "Go alone, but never lonely. Our solo women's trekking trips to the Dolomites run this September, "
        "with small groups and expert guides. Claim your place today. #SoloTravel #Dolomites"),
    row({"prompt": "Facebook ad for our chimney sweeping service, book before October and get a free smoke alarm check",
         "platform": "facebook", "tone": "persuasive", "industry": "home services", "max_length": 50},
        "A blocked chimney is one of the most common causes of house fires in winter. Our chimney sweeping "
        "service clears soot and debris so you can light the fire without worry. Book before October and get a "
        "free smoke alarm check too. When was yours last swept? Call us today."),
    row({"prompt": "insta caption: Spanish conversation café every Thursday 7pm at Luna Books, €5 with a coffee",
         "platform": "instagram", "tone": "casual", "industry": "language school", "max_length": 40},
        "☕ ¡Hola! Want to practise your Spanish without the textbook? Join our conversation café every "
        "Thursday at 7pm at Luna Books. €5 gets you a coffee and a table of friendly people. Just show up!"
        "\n\n#LearnSpanish #LanguageExchange #LunaBooks"),
    row({"prompt": "We now offer same-week MRI scans at our Halden Road clinic, self-pay from £295",
         "platform": "linkedin", "tone": "professional", "industry": "healthcare", "max_length": 40},
        "Same-week MRI scans are now available at our Halden Road clinic, self-pay from £295. Consultant "
        "radiologists report every scan, and results go directly to you and your GP. Book your appointment "
        "online.\n\n#MRI #PrivateHealthcare"),
    row({"prompt": "Only 50 tickets left for the silent disco on the lawn at Ashcombe Park, Friday 8pm",
         "platform": "twitter/x", "tone": "fomo", "industry": "entertainment", "max_length": 25},
        "50 tickets left. Three channels, one lawn, zero noise complaints. Silent disco at Ashcombe Park, "
        "Friday 8pm. Book now! #SilentDisco"),
    row({"prompt": "Announce that the Gorse Lane recycling centre will be closed 2-6 June for resurfacing. Residents "
                   "can use the Westfield site instead.",
         "platform": "facebook", "tone": "professional", "industry": "local government", "max_length": 50},
        "Please note: the Gorse Lane recycling centre will be closed 2-6 June while the site is resurfaced. "
        "During this time, residents can use the Westfield site instead, with normal opening hours. Planning a "
        "clear-out that week? Check accepted materials on the council website before you set off."),
    row({"prompt": "Promote our reformer Pilates intro pack: 3 classes for $39, new clients only",
         "platform": "instagram", "tone": "persuasive", "industry": "fitness", "max_length": 45},
        "✨ Stronger core, better posture, less back pain: reformer Pilates delivers all three. New to the "
        "studio? Our intro pack gives you 3 classes for $39, new clients only. Tap the link in bio and book "
        "your first session.\n\n#ReformerPilates #PilatesStudio #CoreStrength #NewYou"),
    row({"prompt": "hiring post - we're looking for two junior backend developers, remote in Europe, Python",
         "platform": "linkedin", "tone": "casual", "industry": "technology", "max_length": 50},
        "We are hiring! Our team is looking for two junior backend developers to join us, fully remote in "
        "Europe. You will write Python every day, ship real features in your first month and pair with "
        "friendly seniors. Know someone who fits? Send them the link in the comments.\n\n#Hiring #Python"),
    row({"prompt": "tweet: our scheduling app now syncs with Outlook and Google Calendar",
         "platform": "twitter/x", "tone": "persuasive", "industry": "SaaS", "max_length": 25},
        "Stop copying meetings between calendars. Our scheduling app now syncs with Outlook and Google "
        "Calendar in both directions. Connect yours today. #Productivity"),
    row({"prompt": "Pizza oven pop-up at the Friday market, first 30 customers get a free garlic knot",
         "platform": "facebook", "tone": "fomo", "industry": "street food", "max_length": 35},
        "Our wood-fired pizza oven pops up at the Friday market this week! The first 30 customers get a free "
        "garlic knot. Margherita or something spicy? Get there early to claim yours."),
    row({"prompt": "Launch of our refillable shampoo bars, plastic-free packaging",
         "platform": "instagram", "tone": "inspirational", "industry": "beauty", "max_length": 50},
        "🌱 Imagine a bathroom shelf without a single plastic bottle. Our new refillable shampoo bars come in "
        "plastic-free packaging, lather beautifully and last for months. Small swaps add up to a lighter "
        "footprint. Make your first swap today.\n\n#PlasticFree #ZeroWasteBeauty #ShampooBar #SustainableLiving"),
    row({"prompt": "We turned 10! Write a LinkedIn post celebrating a decade of our design agency Quillstone",
         "platform": "linkedin", "tone": "playful", "industry": "design agency", "max_length": 60},
        "Ten years ago, Quillstone was two designers, one borrowed desk and a very optimistic business plan. "
        "A decade later we have built hundreds of brands, survived countless font debates and still argue "
        "about kerning. Thank you to every client who trusted us along the way. Come celebrate with us and "
        "see the anniversary showreel on our website.\n\n#Quillstone10 #Branding"),
    row({"prompt": "secondhand book sale this sunday, all paperbacks £1",
         "platform": "twitter/x", "tone": "casual", "industry": "bookshop", "max_length": 20},
        "Secondhand book sale this Sunday! All paperbacks £1, so bring a big bag. #BookSale"),
    row({"prompt": "Blood donation drive at St Columba's church hall, Tuesday 2-7pm, every donor gets tea and biscuits",
         "platform": "facebook", "tone": "inspirational", "industry": "healthcare", "max_length": 60},
        "One hour of your Tuesday could save up to three lives. Our blood donation drive comes to St Columba's "
        "church hall this Tuesday from 2-7pm, and every donor gets tea and biscuits afterwards. Have you ever "
        "given blood before? First-timers are very welcome. Book a slot online or simply walk in."),
    row({"prompt": "Flash sale: 3 nights in Santorini cave suites from €399pp, book by midnight Sunday",
         "platform": "instagram", "tone": "fomo", "industry": "travel", "max_length": 40},
        "🌊 Flash sale! Three nights in Santorini cave suites from €399pp, caldera sunsets "
        "included. This deal vanishes at midnight Sunday, so book now through the link in bio.\n\n"
        "#Santorini #FlashSale #GreeceTravel #TravelDeals"),
    row({"prompt": "Promote our free salary benchmarking report for tech startups - 2,400 roles across 12 countries",
         "platform": "linkedin", "tone": "persuasive", "industry": "HR", "max_length": 60},
        "Are you paying your engineers what the market pays? Our free salary benchmarking report for tech "
        "startups covers 2,400 roles across 12 countries, broken down by seniority and funding stage. Founders "
        "use it to make offers that land the first time. Download your copy from the link below.\n\n"
        "#Compensation #StartupHiring #HR"),
    row({"prompt": "tweet: our parcel lockers are now live at 15 train stations across Wales",
         "platform": "twitter/x", "tone": "professional", "industry": "logistics", "max_length": 25},
        "Our parcel lockers are now live at 15 train stations across Wales. Collect on your commute, any time. "
        "Find your nearest locker. #ParcelLockers #Wales"),
    row({"prompt": "Promote our Saturday car wash fundraiser for the Pinehill High marching band, $10 a car, 9am-2pm",
         "platform": "facebook", "tone": "playful", "industry": "school fundraiser", "max_length": 50},
        "Is your car secretly a different colour under all that dust? The Pinehill High marching band is "
        "holding a car wash fundraiser this Saturday, 9am-2pm, at $10 a car. Expect sponges, bubbles and maybe "
        "a trumpet solo. Swing by and help send the band to regionals!"),
    row({"prompt": "Caption reminding freelancers the tax return deadline is 31 January, we file from £120",
         "platform": "instagram", "tone": "professional", "industry": "accounting", "max_length": 40},
        "📅 Freelancers, the tax return deadline is 31 January. Our accountants prepare and file your return "
        "from £120, with every allowable expense checked. Send us a message today and get it off your list."
        "\n\n#SelfAssessment #Freelancers #TaxReturn"),
    row({"prompt": "Write a LinkedIn post about our literacy charity reaching 10,000 children this year, thanks to 600 "
                   "volunteers",
         "platform": "linkedin", "tone": "inspirational", "industry": "non-profit", "max_length": 100},
        "This year our literacy charity reached 10,000 children. Behind that number are 600 volunteers who gave "
        "up lunch breaks, evenings and Saturday mornings to sit beside a child and a book. We have watched "
        "reluctant readers ask for the next chapter, and quiet pupils read aloud to their whole class for the "
        "first time. None of it happens without people willing to give an hour a week. If your company is "
        "looking for a meaningful volunteering programme, get in touch with our partnerships team and help us "
        "reach even more children next year.\n\n#Literacy #Volunteering #Education"),
    row({"prompt": "sample sale thursday only at our Shoreditch studio, up to 70% off",
         "platform": "twitter/x", "tone": "fomo", "industry": "fashion", "max_length": 20},
        "Sample sale, Thursday only! Up to 70% off at our Shoreditch studio. Come early! #SampleSale"),
    row({"prompt": "Street party on Alder Close for the summer solstice, bring a dish to share, 4pm onwards",
         "platform": "facebook", "tone": "casual", "industry": "community", "max_length": 45},
        "Longest day of the year, longest table on the street! Join the Alder Close street party for the summer "
        "solstice from 4pm onwards. Bring a dish to share and a chair if you have one. What are you cooking? "
        "See you there, neighbours!"),
    row({"prompt": "valentine's pre-orders now open at Thistle & Bloom - a dozen red roses $65, order by Feb 10",
         "platform": "instagram", "tone": "playful", "industry": "florist", "max_length": 40},
        "🌹 Roses are red, your excuses are through. Valentine's pre-orders are open at Thistle & Bloom: a "
        "dozen red roses for $65. Order by Feb 10 and look like a genius on the day. 💘\n\n"
        "#ValentinesDay #ThistleAndBloom #Florist #RedRoses"),
    row({"prompt": "tweet: we've released a free browser extension that flags phishing links",
         "platform": "twitter/x", "tone": "professional", "industry": "cybersecurity", "max_length": 25},
        "Phishing links now get flagged before you click. Our free browser extension checks every link in real "
        "time. Install it today. #CyberSecurity #Phishing"),
    row({"prompt": "new oat milk flat white at Copper Kettle Café + loyalty card stamps are doubled on Mondays",
         "platform": "facebook", "tone": "casual", "industry": "café", "max_length": 45},
        "Say hello to the newest drink on our menu: the oat milk flat white! Silky, nutty and very easy to "
        "love. Plus, loyalty card stamps are doubled on Mondays at Copper Kettle Café. Are you a dairy or oat "
        "person? Come try one this week."),
    row({"prompt": "Announce that we completed the 14-storey Harwood Quay residential tower 3 months ahead of schedule",
         "platform": "linkedin", "tone": "professional", "industry": "construction", "max_length": 60},
        "We are proud to confirm that the 14-storey Harwood Quay residential tower has been completed 3 months "
        "ahead of schedule. Careful planning, off-site fabrication and close work with our subcontractors kept "
        "the programme on track through a difficult winter. Residents will begin moving in this spring. Read "
        "the full project case study on our website.\n\n#Construction #Housing #ProjectDelivery"),
    row({"prompt": "Final release tickets for Meadowlark Folk Festival, 18-20 July, camping included",
         "platform": "instagram", "tone": "fomo", "industry": "music festival", "max_length": 40},
        "🎻 This is it: the final release of tickets for Meadowlark Folk Festival, 18-20 July. Three days of "
        "fiddles, campfires and singalongs, camping included. When these are gone, the gates close. "
        "Grab yours through our bio link!\n\n#Meadowlark #FolkFestival #FestivalSeason"),
    row({"prompt": "tweet promoting our smart thermostats - saves up to 12% on heating bills, £99 installed",
         "platform": "twitter/x", "tone": "persuasive", "industry": "energy", "max_length": 30},
        "Heating an empty house is money out the window. Our smart thermostats save up to 12% on heating bills, "
        "and it's £99 installed. Order yours today. #SmartHome #EnergySaving"),
    row({"prompt": "Our free homework club for secondary school students at Brannock Library, Mon and Thu 4-6pm",
         "platform": "facebook", "tone": "inspirational", "industry": "education", "max_length": 60},
        "Every student deserves a quiet table and someone who believes in them. Our free "
        "homework club for secondary school students meets at Brannock Library on Mon and Thu, 4-6pm, with "
        "volunteer tutors ready to help with maths, science and essays. Which subject does your teenager find "
        "hardest? Bring them along this week and let them discover what they can do."),
    row({"prompt": "LinkedIn: employment law retainer for small businesses, unlimited advice calls, £250/month",
         "platform": "linkedin", "tone": "persuasive", "industry": "legal", "max_length": 60},
        "One difficult dismissal can cost a small business more than a year of legal advice. Our employment law "
        "retainer gives you unlimited advice calls for £250/month, so you can handle contracts, grievances and "
        "absence issues before they turn into tribunal claims. Book a free introductory call to see if it fits "
        "your business.\n\n#EmploymentLaw #SmallBusiness"),
    row({"prompt": "Introducing our new range of hand-knitted dog jumpers, sizes XS to XL",
         "platform": "instagram", "tone": "casual", "industry": "pets", "max_length": 35},
        "🐕 Sweater weather, but make it for dogs! Our new range of hand-knitted dog jumpers comes in sizes XS "
        "to XL, from dachshunds to labs. Shop the range now.\n\n#DogJumper #DogsOfInsta #HandKnitted"),
    row({"prompt": "our weather app now has a 'should I bring an umbrella' button",
         "platform": "twitter/x", "tone": "playful", "industry": "technology", "max_length": 20},
        "Big question, one button. Our weather app now tells you: should I bring an umbrella? Update now. "
        "#WeatherApp"),
    row({"prompt": "join the gym in January and pay no joining fee (save £50), offer ends 31 Jan",
         "platform": "facebook", "tone": "fomo", "industry": "fitness", "max_length": 40},
        "New year, no joining fee! Join the gym in January and save £50 on day one. This offer ends 31 Jan, "
        "and then the fee is back. What is your fitness goal for the year? Sign up at reception."),
    row({"prompt": "Post about our hospital's new children's ward, opening next week, painted by local artists",
         "platform": "linkedin", "tone": "inspirational", "industry": "healthcare", "max_length": 70},
        "Next week, our hospital opens its new children's ward, and it looks nothing like a hospital. Local "
        "artists have painted every wall with forests, rivers and friendly animals, so young patients wake up "
        "somewhere that feels a little less frightening. Healing is about more than medicine. Thank you to "
        "every artist and donor who made it possible. Follow our page to see the ward on opening day."
        "\n\n#Healthcare #ArtInHospitals #Paediatrics"),
    row({"prompt": "Promote our plant-based meal kits: 4 dinners for 2 people for $48, free delivery on your first box",
         "platform": "instagram", "tone": "persuasive", "industry": "food", "max_length": 50},
        "🥗 No planning, no shopping list, no wasted spinach at the back of the fridge. Our plant-based meal kits "
        "deliver 4 dinners for 2 people for $48, with every ingredient pre-measured. Your first box comes with "
        "free delivery. Order through the link in bio tonight.\n\n#PlantBased #MealKit #VeganDinner"),
    row({"prompt": "new direct bus route from Carrow Airport to the city centre, every 20 min, £4",
         "platform": "twitter/x", "tone": "casual", "industry": "public transport", "max_length": 25},
        "Landed at Carrow Airport? Our new direct bus gets you to the city centre for £4, every 20 min. Hop "
        "on! #PublicTransport #CarrowAirport"),
    row({"prompt": "Remind pet owners that our vet clinic on Baxter Road does vaccination appointments on Saturdays "
                   "8am-12pm",
         "platform": "facebook", "tone": "professional", "industry": "veterinary", "max_length": 50},
        "A quick reminder for busy pet owners: our vet clinic on Baxter Road offers vaccination appointments on "
        "Saturdays, 8am-12pm. Keeping boosters up to date protects your pet and others in the area. Is your "
        "dog or cat due this month? Call us to book a weekend appointment."),
    row({"prompt": "webinar: AI for procurement teams, Thursday 3pm CET, 500 seats and only 80 left",
         "platform": "linkedin", "tone": "fomo", "industry": "procurement", "max_length": 40},
        "Our webinar on AI for procurement teams is almost full: only 80 of 500 seats left. Join us Thursday at "
        "3pm CET for real use cases, from supplier risk to contract review. Register now.\n\n"
        "#Procurement #AI"),
    row({"prompt": "Promote our exhibition of refugee artists' work, New Horizons, at the Tollgate Gallery, free entry "
                   "until 28 Sept",
         "platform": "instagram", "tone": "inspirational", "industry": "arts", "max_length": 60},
        "🎨 Every painting here carries a journey. New Horizons brings together work by refugee artists, "
        "telling stories of leaving home, starting over and finding hope. The exhibition is at "
        "the Tollgate Gallery, with free entry until 28 Sept. Come and see it for yourself, and bring someone "
        "who needs to hear these stories.\n\n#NewHorizons #TollgateGallery #RefugeeArtists #ArtExhibition"),
    row({"prompt": "Tweet: our $1 oyster hour is back, Tue-Thu 4-6pm at Brine & Barrel",
         "platform": "twitter/x", "tone": "fomo", "industry": "restaurant", "max_length": 25},
        "$1 oyster hour is back at Brine & Barrel! Tue-Thu, 4-6pm only. The bar fills fast, so come early. "
        "#OysterHour"),
    row({"prompt": "driving lessons with Steady Wheels, first lesson half price (£17.50)",
         "platform": "facebook", "tone": "playful", "industry": "driving school", "max_length": 40},
        "Ready to stop asking for lifts? Steady Wheels will have you mastering mirrors, signals and that "
        "dreaded parallel park. Your first lesson is half price, just £17.50. Who taught you to drive? Book "
        "your first lesson today."),
    row({"prompt": "our coworking space in bristol now has 24/7 access for members and a new phone booth zone",
         "platform": "linkedin", "tone": "casual", "industry": "coworking", "max_length": 50},
        "Night owls and early birds, this one is for you. Our coworking space in Bristol now offers 24/7 access "
        "for members, plus a brand new phone booth zone for calls without the background chatter. Fancy a trial "
        "day? Drop us a message for a pass.\n\n#Coworking #Bristol"),
    row({"prompt": "living room styling consultations - 90 minutes in your home, $180",
         "platform": "instagram", "tone": "professional", "industry": "interior design", "max_length": 45},
        "🛋️ Love your home but not your living room? Our designers spend 90 minutes in your home reworking "
        "layout, lighting and colour, then leave you with a clear shopping list. Styling consultations are "
        "$180. Message us to book.\n\n#InteriorDesign #LivingRoomIdeas #HomeStyling"),
    row({"prompt": "Tree planting day at Hollins Wood, Sunday 10am, tools provided",
         "platform": "twitter/x", "tone": "inspirational", "industry": "environment", "max_length": 25},
        "Plant a tree today, shade someone in fifty years. Join our tree planting day at Hollins Wood, Sunday "
        "10am, tools provided. #TreePlanting"),
    row({"prompt": "Facebook post for our pet insurance from £8/month, vet bills covered up to £4,000",
         "platform": "facebook", "tone": "persuasive", "industry": "insurance", "max_length": 50},
        "A single emergency vet visit can cost more than a new sofa. Our pet insurance starts from £8/month and "
        "covers vet bills up to £4,000, so you can say yes to the treatment your pet needs. Would your savings "
        "cover a surprise bill? Get a quote online today."),
    row({"prompt": "We've achieved ISO 14001 certification at our Rotherham plant",
         "platform": "linkedin", "tone": "professional", "industry": "manufacturing", "max_length": 45},
        "Our Rotherham plant has achieved ISO 14001 certification for environmental management. It recognises "
        "years of work on waste, energy use and emissions by the whole site team. Read how we did it in our "
        "latest sustainability update.\n\n#ISO14001 #Manufacturing #Sustainability"),
    row({"prompt": "brow lamination launch at Gloss Studio, $55 intro price until the end of the month",
         "platform": "instagram", "tone": "playful", "industry": "beauty", "max_length": 40},
        "✨ Brows so fluffy they need their own fan club. Brow lamination has officially landed at Gloss Studio, "
        "at a $55 intro price until the end of the month. Tap to book before your brows find out!\n\n"
        "#BrowLamination #GlossStudio #BrowGoals"),
    row({"prompt": "Tweet: tram line 2 replaced by buses this weekend (Sat-Sun) for track works",
         "platform": "twitter/x", "tone": "professional", "industry": "public transport", "max_length": 25},
        "This weekend (Sat-Sun), tram line 2 is replaced by buses for track works. Allow extra time and check "
        "stops online. #TravelUpdate"),
    row({"prompt": "pick-your-own strawberries now open at Kettleby Farm, daily 9-6, bring the kids",
         "platform": "facebook", "tone": "casual", "industry": "agriculture", "max_length": 45},
        "Strawberry season is here! Pick-your-own is now open at Kettleby Farm, daily 9-6. Bring the kids, grab "
        "a punnet and see who can fill theirs without eating half. Who is the family's sneakiest snacker? Come "
        "and pick with us this week."),
    row({"prompt": "Announce our coding scholarship for women returning to work. 25 places, applications "
                   "close 15 March",
         "platform": "linkedin", "tone": "inspirational", "industry": "education", "max_length": 60},
        "A career break is not a full stop. Our coding scholarship offers 25 fully funded places to women "
        "returning to work, with mentoring, flexible hours and a route into a junior developer role. If you have "
        "been waiting for the right moment to restart, this could be it. Applications close 15 March, so apply "
        "through our website.\n\n#WomenInTech #Returners"),
    row({"prompt": "our handmade silver charm bracelets: only 15 made, drop goes live Friday 6pm",
         "platform": "instagram", "tone": "fomo", "industry": "jewellery", "max_length": 35},
        "⏰ Only 15 made. No restocks. Our handmade silver charm bracelets go live Friday at 6pm. Set a reminder "
        "now and be quick!\n\n#HandmadeJewellery #SilverBracelet #CharmBracelet"),
    row({"prompt": "dog-friendly brunch at The Crooked Spoon every Sunday, pup cups are free",
         "platform": "twitter/x", "tone": "playful", "industry": "restaurant", "max_length": 25},
        "Brunch for you, pup cups for them, free of charge. Every Sunday at The Crooked Spoon. Bring your "
        "furry plus-one! #DogFriendly"),
    row({"prompt": "Promote our free walk-and-talk group for men's mental health, Saturdays 9am at Fenwick Park",
         "platform": "facebook", "tone": "inspirational", "industry": "mental health", "max_length": 60},
        "Sometimes it is easier to talk side by side than face to face. Our free walk-and-talk group for men's "
        "mental health meets on Saturdays at 9am at Fenwick Park. No pressure to share, just a walk, some fresh "
        "air and people who get it. Who in your life could use an hour like that? Come along this "
        "Saturday."),
    row({"prompt": "Promote our fleet telematics platform. Customers cut fuel costs by 15% on average. Book a demo.",
         "platform": "linkedin", "tone": "persuasive", "industry": "fleet management", "max_length": 50},
        "Idling engines and detours add up fast. Fleets using our telematics platform cut fuel costs by 15% on "
        "average, with live routing, driver scoring and maintenance alerts in one dashboard. Book a demo and we "
        "will show you where your fleet is losing money.\n\n#FleetManagement #Telematics"),
    row({"prompt": "new single-origin coffee from Ethiopia just roasted, notes of blueberry and jasmine",
         "platform": "instagram", "tone": "casual", "industry": "coffee roastery", "max_length": 40},
        "☕ Fresh out of the roaster: our new single-origin coffee from Ethiopia. Think blueberry, a soft hint of "
        "jasmine and a finish you will want to sip slowly. Grab a bag in store or online.\n\n"
        "#SpecialtyCoffee #EthiopianCoffee #FreshRoast"),
    row({"prompt": "48-hour sale: flights to Porto from £29 one way",
         "platform": "twitter/x", "tone": "fomo", "industry": "airline", "max_length": 25},
        "Porto from £29 one way! This 48-hour sale disappears fast, so pick your dates and book now. "
        "#FlightDeals #Porto"),
    row({"prompt": "Greenhill Dental is welcoming new NHS patients, register by phone",
         "platform": "facebook", "tone": "professional", "industry": "dental", "max_length": 40},
        "Good news for local families: Greenhill Dental is now welcoming new NHS patients. Our team offers "
        "check-ups, hygiene appointments and treatment for all ages. Looking for a dentist close to home? "
        "Register by phone today."),
    row({"prompt": "We just shipped dark mode in our project tracker - most requested feature of all time",
         "platform": "linkedin", "tone": "playful", "industry": "SaaS", "max_length": 40},
        "You asked. Then asked again. Then asked once more, louder. Dark mode is now live in our project "
        "tracker, our most requested feature of all time. Switch it on in settings and let your eyes rest."
        "\n\n#ProductUpdate #DarkMode"),
    row({"prompt": "adult beginner piano lessons, it's never too late!! first lesson free",
         "platform": "instagram", "tone": "inspirational", "industry": "music school", "max_length": 40},
        "🎹 Always wished you had learned? Why not start now? Our adult beginner piano lessons are "
        "patient, relaxed and fit your schedule. It's never too late, and your first lesson is free. "
        "Book it today.\n\n#PianoLessons #AdultLearners #NeverTooLate"),
    row({"prompt": "tweet: new studio flats to rent near Harlow station, from £950",
         "platform": "twitter/x", "tone": "casual", "industry": "real estate", "max_length": 20},
        "New studio flats to rent near Harlow station, from £950. Book a viewing! #Harlow #ToRent"),
    row({"prompt": "Last 3 performances of The Lighthouse Keeper at the Pavilion Theatre, Fri-Sun 7:30pm",
         "platform": "facebook", "tone": "fomo", "industry": "theatre", "max_length": 45},
        "Only 3 performances left! The Lighthouse Keeper ends its run at the Pavilion Theatre this Fri-Sun at "
        "7:30pm, and audiences have called it the most moving show of the season. Have you seen it yet? Book "
        "your seats before the curtain falls for good."),
    row({"prompt": "Announce our Series A: $12M led by Fernbank Ventures to expand our payroll platform into Canada",
         "platform": "linkedin", "tone": "professional", "industry": "fintech", "max_length": 70},
        "We have raised a $12M Series A led by Fernbank Ventures. The funding will take our payroll platform "
        "into Canada, where small businesses still lose hours every pay run to spreadsheets and manual tax "
        "filings. Thank you to our customers, our team and our investors for backing us this early. Follow "
        "our page to see the Canadian launch as it happens.\n\n"
        "#SeriesA #Payroll #Fintech"),
    row({"prompt": "Write a LinkedIn ad for our managed Kubernetes service. Key points: 99.95% uptime SLA, 24/7 "
                   "engineers on call, migration in under 6 weeks, pricing from $1,200/month. Audience: CTOs at "
                   "mid-size SaaS companies.",
         "platform": "linkedin", "tone": "persuasive", "industry": "cloud hosting", "max_length": 100},
        "Your engineers were hired to build product, not to babysit clusters at 3am. Our managed Kubernetes "
        "service takes the operational load off your team with a 99.95% uptime SLA and 24/7 engineers on call "
        "who know your setup. Most mid-size SaaS companies complete their migration in under 6 weeks, with no "
        "big-bang cutover and no surprise downtime. Pricing starts from $1,200/month, often less than the "
        "on-call allowance you pay today. CTOs, book a 30-minute architecture review and we will map out your "
        "migration plan together.\n\n#Kubernetes #CloudInfrastructure #SaaS"),
    row({"prompt": "donut of the month: maple bacon 🍩 only at Glaze Days",
         "platform": "instagram", "tone": "playful", "industry": "food", "max_length": 30},
        "🍩 Sweet, salty and slightly scandalous: maple bacon is our donut of the month, only at Glaze Days. "
        "Come grab one before they vanish.\n\n#DonutOfTheMonth #GlazeDays #MapleBacon"),
    row({"prompt": "Facebook post: double glazing with 0% finance over 24 months and a free survey",
         "platform": "facebook", "tone": "persuasive", "industry": "home improvement", "max_length": 60},
        "Feel a draught every time you sit by the window? New double glazing keeps the heat in, the noise out "
        "and your bills down. Spread the cost with 0% finance over 24 months, and start with a free survey so "
        "you know the exact price upfront. How much warmer could your house "
        "be this winter? Book your survey online today."),
    row({"prompt": "open day at Westmere University on 12 October - register online",
         "platform": "twitter/x", "tone": "inspirational", "industry": "higher education", "max_length": 30},
        "Your next chapter could start on one campus walk. Visit the Westmere University open day on 12 "
        "October and meet the people who will shape it. Register online. #OpenDay #Westmere"),
    row({"prompt": "We won the Regional Design Award 2024 for the Tanner Street library",
         "platform": "instagram", "tone": "professional", "industry": "architecture", "max_length": 40},
        "🏛️ We are honoured to receive the Regional Design Award 2024 for the Tanner Street library. Thank you to "
        "the community and the client team who shaped it with us. See the full project on our website.\n\n"
        "#Architecture #DesignAward #PublicBuildings"),
    row({"prompt": "wash & fold service at Suds Laundromat, $1.50/lb, ready next day",
         "platform": "facebook", "tone": "playful", "industry": "laundry", "max_length": 40},
        "Your laundry basket is judging you, isn't it? Hand it over to Suds Laundromat. Our wash & fold service "
        "is $1.50/lb, ready next day. What would you do with a free evening? "
        "Drop off your bag today."),
    row({"prompt": "last week to register for our CISSP bootcamp, starts 3 June, 6 places left",
         "platform": "linkedin", "tone": "fomo", "industry": "IT training", "max_length": 40},
        "This is the last week to register for our CISSP bootcamp, which starts 3 June. Only 6 places are left "
        "in the cohort, with instructor-led sessions and exam practice included. Reserve your place before "
        "Friday.\n\n#CISSP #CyberSecurityTraining"),
    row({"prompt": "our app's 7-minute workouts, free for 14 days",
         "platform": "twitter/x", "tone": "persuasive", "industry": "fitness app", "max_length": 20},
        "No time is no excuse. Our 7-minute workouts are free for 14 days. Download now. #HomeWorkout"),
    row({"prompt": "insta caption asking people to sponsor a rescued donkey at Brackenfield Sanctuary for £5 a month",
         "platform": "instagram", "tone": "inspirational", "industry": "animal sanctuary", "max_length": 50},
        "🫏 Every donkey at Brackenfield Sanctuary arrived with a sad story, and every one now has a "
        "happy ending. For £5 a month you can sponsor a rescued donkey and keep them fed, warm and "
        "cared for. Become a sponsor through the link in our bio. 💛\n\n"
        "#Brackenfield #DonkeySanctuary #AnimalRescue"),
    row({"prompt": "Planned broadband maintenance in Ashby on Tuesday 1am-5am, service may drop briefly",
         "platform": "facebook", "tone": "professional", "industry": "telecoms", "max_length": 40},
        "Heads up, Ashby customers: we are carrying out planned broadband maintenance on Tuesday from 1am-5am, "
        "and your service may drop briefly. Working overnight? Download anything you need in advance and check "
        "our status page for updates."),
    row({"prompt": "Our team is running the Bath Half Marathon for Mind, please sponsor us!",
         "platform": "linkedin", "tone": "casual", "industry": "marketing agency", "max_length": 60},
        "A group of us have swapped client calls for running shoes. Our team is running the Bath Half Marathon "
        "for Mind, and some of us have never run further than the bus stop. Training "
        "is going well-ish. If you would like to cheer us on, please sponsor us through the link in the comments."
        "\n\n#BathHalf #Mind #TeamChallenge"),
    row({"prompt": "Double XP weekend in Starfall Legends, Fri 6pm to Mon 6am",
         "platform": "twitter/x", "tone": "fomo", "industry": "gaming", "max_length": 25},
        "Double XP weekend is live in Starfall Legends from Fri 6pm to Mon 6am. Level up now or regret it "
        "later! #StarfallLegends #DoubleXP"),
    row({"prompt": "our new rhubarb cider is out. 4.5%, cans and on tap at the taproom",
         "platform": "instagram", "tone": "casual", "industry": "cidery", "max_length": 40},
        "🍏 Tart, pink and dangerously drinkable: our new rhubarb cider is out! It's 4.5%, in cans and on tap at "
        "the taproom. Come by for a pint or take a four-pack home.\n\n#CraftCider #RhubarbCider #Taproom"),
    row({"prompt": "Our care home is starting intergenerational reading mornings with Year 2 pupils from St Anne's "
                   "Primary, every Friday",
         "platform": "facebook", "tone": "inspirational", "industry": "elderly care", "max_length": 60},
        "Some of the best teachers are in their nineties, and some of the best listeners are six. Every Friday, "
        "our care home now hosts intergenerational reading mornings with Year 2 pupils from St Anne's Primary. "
        "Residents share stories, children read aloud and everyone leaves smiling. Who taught you to love "
        "books? Follow our page to see their stories each week."),
    row({"prompt": "LinkedIn announcement: our HR platform now reminds managers about employees' work anniversaries",
         "platform": "linkedin", "tone": "playful", "industry": "HR software", "max_length": 50},
        "Forgot someone's five-year work anniversary? Our HR platform will not. The new reminder feature nudges "
        "managers a week before each employee's milestone, so nobody gets a late card from the petrol station. "
        "Turn it on from your admin settings today.\n\n#HRTech #EmployeeRecognition"),
    row({"prompt": "flu jabs available now at all our pharmacies, £16, no appointment needed",
         "platform": "twitter/x", "tone": "professional", "industry": "pharmacy", "max_length": 25},
        "Flu jabs are available now at all our pharmacies for £16. No appointment needed, just walk in. "
        "#FluJab #Pharmacy"),
    row({"prompt": "Promote our clothing repair service: jeans patched from £12, zips replaced from £15",
         "platform": "instagram", "tone": "persuasive", "industry": "fashion", "max_length": 45},
        "🧵 Before you bin them, let us fix them. Our clothing repair service patches jeans from £12 and replaces "
        "zips from £15, usually within a week. Cheaper than new and kinder to the planet. Bring your favourites "
        "in today.\n\n#Mending #SlowFashion #RepairDontReplace"),
    row({"prompt": "Only 6 pitches left for the bank holiday weekend at Foxglove Meadow campsite",
         "platform": "facebook", "tone": "fomo", "industry": "campsite", "max_length": 40},
        "Just 6 pitches left for the bank holiday weekend at Foxglove Meadow campsite! Campfires, starry skies "
        "and space for the kids to run wild. Where else would you rather wake up? Book your pitch before they "
        "go."),
    row({"prompt": "Announce that our phase II trial for a migraine treatment has completed enrolment, 320 patients",
         "platform": "linkedin", "tone": "professional", "industry": "biotech", "max_length": 60},
        "Our phase II trial for a new migraine treatment has completed enrolment, with 320 patients across "
        "our clinical sites. This milestone brings us a step closer to an option for people whose migraines do not "
        "respond to current therapies. We thank every participant and investigator. Follow our page for "
        "updates as the trial progresses.\n\n#ClinicalTrials #Migraine #Biotech"),
    row({"prompt": "24/7 emergency locksmith, we'll be there in 30 minutes",
         "platform": "twitter/x", "tone": "playful", "industry": "locksmith", "max_length": 20},
        "Locked out? Happens to the best of us. We'll be there in 30 minutes, 24/7. Call now! #Locksmith"),
    row({"prompt": "Black Friday: 30% off all serums, Fri-Mon only, code GLOW30",
         "platform": "instagram", "tone": "fomo", "industry": "skincare", "max_length": 40},
        "🖤 Black Friday is here: 30% off all serums, Fri-Mon only. Vitamin C, hyaluronic, retinol, all of them. "
        "Use code GLOW30 at checkout before the clock runs out.\n\n"
        "#BlackFriday #Skincare #SerumLover #GlowUp"),
    row({"prompt": "Free bike repair café this Saturday 10-1 at the Bridgeton community hall, volunteers fix brakes, "
                   "chains and punctures",
         "platform": "facebook", "tone": "casual", "industry": "community", "max_length": 50},
        "Squeaky brakes? Slipping chain? Another puncture? Our free bike repair café is back this Saturday 10-1 "
        "at the Bridgeton community hall, where volunteers fix brakes, chains and punctures while you have a "
        "cuppa. What has your bike been complaining about lately? Wheel it down and say hi!"),
    row({"prompt": "We've switched our entire delivery fleet in Glasgow to electric vans - 64 vans",
         "platform": "linkedin", "tone": "inspirational", "industry": "logistics", "max_length": 60},
        "Every parcel we deliver in Glasgow now arrives without a drop of diesel. We have switched our entire "
        "delivery fleet in the city to electric vans, all 64 of them. It took new chargers, new routes and "
        "patient drivers. Want to know what we learned? Read our fleet transition guide on our "
        "website.\n\n#ElectricVehicles #Glasgow #GreenLogistics"),
    row({"prompt": "taco truck at Dockside Market tonight 5-10pm 🌮",
         "platform": "twitter/x", "tone": "casual", "industry": "street food", "max_length": 20},
        "Tacos tonight! Find our truck at Dockside Market, 5-10pm. Come hungry. 🌮 #TacoTruck"),
    row({"prompt": "Book your family portrait session for autumn. 45 min outdoors, 20 edited photos, $250",
         "platform": "instagram", "tone": "professional", "industry": "photography", "max_length": 50},
        "🍂 Golden light, crunchy leaves and everyone in the same frame for once. Autumn family portrait "
        "sessions are now open: 45 min outdoors, 20 edited photos, $250. Dates fill quickly in October, so "
        "send us a message to book yours.\n\n#FamilyPhotography #AutumnPortraits #FamilyPhotos"),
    row({"prompt": "online GCSE maths tutoring with qualified teachers, £30/hour, first session free",
         "platform": "facebook", "tone": "persuasive", "industry": "tutoring", "max_length": 60},
        "Maths homework turning into nightly arguments? Our online GCSE maths tutoring pairs your teenager with "
        "a qualified teacher who explains things the way they understand. Sessions are £30/hour, and the first "
        "session is free, so you can see the difference before paying a penny. Which topic is causing the most "
        "stress at home? Book the free session today."),
    row({"prompt": "Final two office suites available at Kingsmead Court. 1,800 sq ft each, move-in from September",
         "platform": "linkedin", "tone": "fomo", "industry": "commercial real estate", "max_length": 50},
        "Only two office suites remain at Kingsmead Court. Each offers 1,800 sq ft of bright, flexible space, "
        "with move-in from September. Once these are let, the building is full. Contact our leasing team this "
        "week to arrange a viewing.\n\n#OfficeSpace #CommercialProperty"),
    row({"prompt": "Adult learn-to-swim courses start 7 April at Holloway Leisure Centre",
         "platform": "twitter/x", "tone": "inspirational", "industry": "leisure centre", "max_length": 30},
        "It is never too late to feel at home in the water. Adult learn-to-swim courses start 7 April at "
        "Holloway Leisure Centre. Sign up today. #LearnToSwim"),
    row({"prompt": "kite shop - new stunt kites in, and free flying lessons on Sunday at Marlow Beach",
         "platform": "instagram", "tone": "playful", "industry": "outdoor toys", "max_length": 40},
        "🪁 Warning: stunt kites may cause sudden whooping. Our new stunt kites are in, and we are giving free "
        "flying lessons on Sunday at Marlow Beach. Come loop, dive and crash (gently) with us!\n\n"
        "#StuntKite #KiteFlying #MarlowBeach"),
    row({"prompt": "cancellation! we have 2 balayage slots free tomorrow at 11am and 2pm, 20% off",
         "platform": "facebook", "tone": "fomo", "industry": "hair salon", "max_length": 35},
        "Last-minute luck: 2 balayage slots just opened up tomorrow at 11am and 2pm, and both come with 20% "
        "off. Been meaning to refresh your colour? Message us now to claim one."),
    row({"prompt": "Promote our LMS for corporate training. Customers saw completion rates go from 38% to 81%.",
         "platform": "linkedin", "tone": "persuasive", "industry": "edtech", "max_length": 60},
        "38% to 81%. That is the jump in course completion rates for companies that moved their corporate "
        "training onto our LMS. Short modules, mobile access and manager nudges make learning fit into the "
        "working day instead of competing with it. If your compliance courses are gathering dust, book a demo "
        "and see how your team could finish them.\n\n#LearningAndDevelopment #LMS"),
    row({"prompt": "Gritting lorries out tonight on all main routes, drive carefully",
         "platform": "twitter/x", "tone": "professional", "industry": "local council", "max_length": 20},
        "Gritting lorries are out tonight on all main routes. Please drive carefully and allow extra time. "
        "#Winter"),
    row({"prompt": "Yoga retreat in Bali 5-12 November, 7 nights, early booking price £1,290",
         "platform": "instagram", "tone": "inspirational", "industry": "wellness travel", "max_length": 60},
        "🌺 Wake to birdsong, breathe with the jungle and come home lighter. Our yoga retreat in Bali runs 5-12 "
        "November: 7 nights of morning flow, slow food, rice terrace walks and evenings with nowhere to be. "
        "The early booking price is £1,290. Give yourself this week and reserve your place via the link in bio."
        "\n\n#YogaRetreat #Bali #WellnessTravel #SlowLiving"),
    row({"prompt": "custom birthday cakes, order 5 days ahead, from £40",
         "platform": "facebook", "tone": "playful", "industry": "bakery", "max_length": 40},
        "Candles are optional, but cake is not. Our custom birthday cakes start from £40, designed around "
        "whatever the birthday star loves, from dinosaurs to disco. What would your dream cake look like? Order "
        "5 days ahead to get yours."),
    row({"prompt": "webinar on the new e-invoicing rules for Belgian businesses, 14 Nov, 10am",
         "platform": "linkedin", "tone": "professional", "industry": "accounting", "max_length": 45},
        "E-invoicing is becoming mandatory for Belgian businesses, and the deadline is closer than it looks. Our "
        "webinar on 14 Nov at 10am explains the new rules, the timeline and what your systems need. Save your "
        "seat through the registration link.\n\n#EInvoicing #Belgium"),
    row({"prompt": "preorders for our mechanical keyboard open at noon, first 500 get a free keycap set",
         "platform": "twitter/x", "tone": "fomo", "industry": "consumer electronics", "max_length": 30},
        "Preorders for our mechanical keyboard open at noon today. The first 500 orders get a free keycap set, "
        "and then it's gone. Set an alarm! #MechanicalKeyboard"),
    row({"prompt": "Saturday farmers market returns to Quayside Square, 8am-1pm, 40 stalls",
         "platform": "instagram", "tone": "casual", "industry": "farmers market", "max_length": 40},
        "🧺 Guess who's back? The Saturday farmers market returns to Quayside Square, 8am-1pm, with 40 stalls of "
        "veg, cheese, bread and flowers. Bring a bag, bring a friend and come early for the pastries.\n\n"
        "#FarmersMarket #QuaysideSquare #EatLocal"),
    row({"prompt": "Our funeral home now offers pre-planning consultations at no cost",
         "platform": "facebook", "tone": "professional", "industry": "funeral services", "max_length": 50},
        "Planning ahead can spare your loved ones difficult decisions at an already hard time. Our funeral home "
        "now offers pre-planning consultations at no cost, in person or by phone, with no obligation. Have you "
        "talked with your family about your wishes? Call us to arrange a quiet conversation."),
    row({"prompt": "LinkedIn post for our office coffee subscription - fresh beans delivered weekly, first month free",
         "platform": "linkedin", "tone": "playful", "industry": "coffee", "max_length": 50},
        "Bad office coffee has ended more productive afternoons than any meeting. Our office coffee subscription "
        "delivers fresh beans weekly, so your team never faces the sad jar of instant again. The first month "
        "is free. Reply to this post or message us to start.\n\n#OfficeLife #Coffee"),
    row({"prompt": "round-up savings: spare change from every card payment invested automatically",
         "platform": "twitter/x", "tone": "persuasive", "industry": "fintech", "max_length": 25},
        "Coffee for £2.60? We round up to £3 and invest the 40p. Spare change from every card payment, invested "
        "automatically. Turn it on today. #Investing"),
    row({"prompt": "Facebook ad for Birchwood Physiotherapy. We treat back pain, sports injuries and "
                   "post-surgery rehab. New clinic at 5 Tannery Yard, open Mon-Fri 7am-8pm and Sat 9am-1pm. "
                   "First assessment £45 (usually £65). Direct billing with most insurers.",
         "platform": "facebook", "tone": "persuasive", "industry": "physiotherapy", "max_length": 100},
        "How long have you been putting up with that sore back? Birchwood Physiotherapy has opened a new clinic "
        "at 5 Tannery Yard, and our physiotherapists treat back pain, sports injuries and post-surgery rehab "
        "with hands-on care and a plan you can follow at home. We are open Mon-Fri 7am-8pm and Sat 9am-1pm, "
        "so you can come before work or after it. Your first assessment is £45 (usually £65), and we offer "
        "direct billing with most insurers. What would you do if you could move without pain again? Book your "
        "assessment today by phone or online."),
    row({"prompt": "tickets for our candlelit string quartet concert at St Peter's on 2 Dec are almost sold out",
         "platform": "instagram", "tone": "fomo", "industry": "classical music", "max_length": 30},
        "🕯️ Hundreds of candles, four strings, one unforgettable night. Our quartet plays St Peter's on 2 Dec, "
        "and tickets are almost gone. Book yours now!\n\n#StringQuartet #CandlelitConcert #LiveClassical"),
    row({"prompt": "tweet for our cat food delivery - delivered every 4 weeks, cancel anytime",
         "platform": "twitter/x", "tone": "playful", "industry": "pets", "max_length": 30},
        "Your cat has been staring at the empty bowl again. Our cat food delivery arrives every 4 weeks, and you "
        "can cancel anytime. Subscribe and end the staring. #CatsOfTwitter"),
    row({"prompt": "Announce a partnership: our regional hospital network is teaming up with Kestrel Health AI to cut "
                   "radiology reporting times. Pilot at 3 hospitals starting in January.",
         "platform": "linkedin", "tone": "professional", "industry": "healthcare", "max_length": 100},
        "We are pleased to announce a partnership between our regional hospital network and Kestrel Health AI. "
        "Together, we aim to cut radiology reporting times so that patients receive results and treatment "
        "sooner. Starting in January, a pilot at 3 hospitals will use AI-assisted triage to flag urgent scans "
        "for immediate review by our radiologists, who remain responsible for every report. We will measure "
        "turnaround times, accuracy and clinician experience throughout the pilot and share what we learn with "
        "the wider health community. Follow our page for updates as the pilot gets under way.\n\n"
        "#HealthcareInnovation #Radiology #DigitalHealth"),
    row({"prompt": "open mic night at the Bramble Inn every first thursday, sign-up from 7pm",
         "platform": "facebook", "tone": "casual", "industry": "pub", "max_length": 30},
        "Got a song, a poem or a questionable joke? Open mic night is on at the Bramble Inn every first "
        "Thursday. Who is brave enough? Sign up from 7pm."),
    row({"prompt": "promote our standing desk converter: $199, 30-day returns, sets up in 2 minutes",
         "platform": "instagram", "tone": "persuasive", "industry": "office furniture", "max_length": 60},
        "💻 Sitting all day is quietly wrecking your back. Our standing desk converter sits on top of the desk "
        "you already own, sets up in 2 minutes and lifts smoothly whenever you want to stand. It's $199 with "
        "30-day returns, so the only risk is feeling better. Order yours through the link in our bio.\n\n"
        "#StandingDesk #WorkFromHome #DeskSetup #Ergonomics"),
    row({"prompt": "Tweet about our scholarship fund for first-generation college students: $5,000 "
                   "awards, applications open until 1 March",
         "platform": "twitter/x", "tone": "inspirational", "industry": "education", "max_length": 40},
        "Be the first in your family to walk across that stage. Our scholarship fund for first-generation college "
        "students gives $5,000 awards, and applications are open until 1 March. Apply today and tell us your "
        "story. #FirstGen #Scholarships"),
    row({"prompt": "we are officially a certified B Corporation!",
         "platform": "linkedin", "tone": "playful", "industry": "consumer goods", "max_length": 30},
        "Paperwork mountain: climbed. We are officially a certified B Corporation! Thank you to everyone who "
        "helped us get here. Read what it means for our customers on our blog.\n\n#BCorp"),
    row({"prompt": "Moving sale at Oak & Iron furniture showroom - floor models up to 60% off, this "
                   "Saturday and Sunday only, 10am-5pm, delivery available",
         "platform": "facebook", "tone": "fomo", "industry": "furniture", "max_length": 60},
        "We are moving, and everything on our showroom floor needs a new home! Oak & Iron's moving sale runs "
        "this Saturday and Sunday only, 10am-5pm, with floor models up to 60% off. Sofas, dining tables and "
        "beds will go quickly, and delivery is available. Which piece has your living room been waiting for? "
        "Come early for the best choice."),
    row({"prompt": "we are now stocking Halvorsen Outdoor waterproof jackets",
         "platform": "instagram", "tone": "professional", "industry": "outdoor retail", "max_length": 30},
        "⛰️ Now in store: Halvorsen Outdoor waterproof jackets, built for long days on exposed hills. Come in "
        "and find your fit with our team.\n\n#Halvorsen #OutdoorGear #Hiking"),
    row({"prompt": "Tweet: switch to our business broadband - 900Mbps, £32/month, no line rental, free installation",
         "platform": "twitter/x", "tone": "persuasive", "industry": "telecoms", "max_length": 40},
        "Still waiting for files to upload? Our business broadband runs at 900Mbps for £32/month, with no line "
        "rental and free installation. Your team gets the speed, you keep the savings. Switch today. "
        "#BusinessBroadband #SmallBiz"),
    row({"prompt": "our apprentice programme: 18 apprentices joined our engineering team this year",
         "platform": "linkedin", "tone": "inspirational", "industry": "engineering", "max_length": 40},
        "This year, 18 apprentices joined our engineering team. Some came straight from school, others from "
        "different careers, and all are already on live projects. Applications for next year "
        "open soon, so follow our page to hear first.\n\n#Apprenticeships #Engineering"),
    row({"prompt": "Promote our kids' science birthday parties - slime, rockets, volcanoes - 90 minutes, "
                   "up to 15 kids, £180",
         "platform": "facebook", "tone": "playful", "industry": "children's entertainment", "max_length": 60},
        "Looking for a party where the kids make the mess somewhere other than your kitchen? Our kids' science "
        "birthday parties pack slime, rockets and erupting volcanoes into 90 minutes of fizzing fun for up to "
        "15 kids. It's £180, lab coats included. Which would your little scientist choose first? Message us "
        "to book a date."),
    row({"prompt": "Our new café Sorrel opens on Friday 5 April at 21 Weaver Street. Brunch all day, specialty coffee "
                   "from local roasters, pastries baked in house. Open 8am to 4pm Wednesday to Sunday. Free coffee "
                   "for the first 50 guests.",
         "platform": "instagram", "tone": "casual", "industry": "café", "max_length": 100},
        "🍳 The wait is over! Sorrel opens its doors on Friday 5 April at 21 Weaver Street, and we cannot wait "
        "to meet you. Expect brunch all day, specialty coffee from local roasters and pastries baked in house "
        "every morning, from flaky cardamom buns to fruit tarts. We are open 8am to 4pm, Wednesday to Sunday. "
        "The first 50 guests on opening day get a free coffee, so come hungry and come early. Tag the friend "
        "you are bringing! ☕\n\n#SorrelCafe #NewCafe #BrunchTime #WeaverStreet"),
    row({"prompt": "last call: 10% off all plants ends tonight",
         "platform": "twitter/x", "tone": "fomo", "industry": "garden centre", "max_length": 15},
        "Last call! 10% off all plants ends tonight. Shop now. #PlantLovers"),
    row({"prompt": "Promote our warehouse robotics. Picking speed up 3x, ROI in 14 months.",
         "platform": "linkedin", "tone": "persuasive", "industry": "robotics", "max_length": 40},
        "Peak season should not mean hiring panic. Our warehouse robotics boost picking speed 3x, working "
        "alongside your existing team, with ROI in 14 months. See the numbers for your site in a free "
        "feasibility study.\n\n#WarehouseAutomation #Robotics"),
    row({"prompt": "Promote our free grief support circle, 2nd Tuesday of every month, 6:30pm at Linden House",
         "platform": "facebook", "tone": "inspirational", "industry": "counselling", "max_length": 40},
        "Grief can feel lonely, but you need not carry it alone. Our free grief support circle meets on "
        "the 2nd Tuesday of every month at 6:30pm at Linden House. Is there someone you miss today? Come as you "
        "are."),
    row({"prompt": "launch of our hot sauce Volcano Nan, made with scotch bonnets and mango, £7 a bottle",
         "platform": "instagram", "tone": "playful", "industry": "condiments", "max_length": 60},
        "🌋 Meet Volcano Nan: sweet on the outside, absolutely ferocious on the inside. Our new hot sauce blends "
        "fiery scotch bonnets with ripe mango for heat that creeps up and then refuses to leave. Splash it on "
        "eggs, tacos or anything that looks too calm. It's £7 a bottle. Order now if you dare. 🔥\n\n"
        "#VolcanoNan #HotSauce #ChilliLovers #SpicyFood"),
    row({"prompt": "Announce we've cut our average support response time to 4 minutes",
         "platform": "twitter/x", "tone": "professional", "industry": "customer support software", "max_length": 40},
        "Our average support response time is now 4 minutes, day or night. A bigger team and smarter routing "
        "mean you spend less time waiting and more time working. Need help? Start a chat from your dashboard. "
        "#CustomerSupport"),
    row({"prompt": "Write a LinkedIn post about the results of our four-day week trial: 6 months, 70 staff, "
                   "productivity held steady, sick days down 40%",
         "platform": "linkedin", "tone": "casual", "industry": "consulting", "max_length": 100},
        "We told our 70 staff 6 months ago that Fridays were off. Some of us expected chaos. Here "
        "is what actually happened: productivity held steady, client work shipped on time and sick days went "
        "down 40%. People came back on Mondays rested instead of already tired. It was not all easy, and we "
        "had to cut a lot of pointless meetings to make it work, which turned out to be a bonus. We are making "
        "the four-day week permanent. If you are thinking about a trial of your own, comment below and we will "
        "share our full playbook.\n\n#FourDayWeek #FutureOfWork"),
    row({"prompt": "School admissions reminder: applications for Reception places close 15 January",
         "platform": "facebook", "tone": "professional", "industry": "local authority", "max_length": 30},
        "Applications for Reception places close 15 January. Is your child starting school in September? Apply "
        "online through the council website before the deadline."),
    row({"prompt": "climbing wall: women's bouldering night on Wednesdays 7-9pm",
         "platform": "instagram", "tone": "inspirational", "industry": "climbing gym", "max_length": 30},
        "🧗‍♀️ Stronger than you think. Women's bouldering night is on Wednesdays 7-9pm, all levels welcome. "
        "Bring a friend and climb with us.\n\n#WomenWhoClimb #Bouldering #ClimbingGym"),
    row({"prompt": "our vintage shop just got a huge delivery of 90s denim jackets",
         "platform": "twitter/x", "tone": "casual", "industry": "vintage clothing", "max_length": 30},
        "Just unpacked a huge delivery of 90s denim jackets, and some are already on the rail. Faded, boxy, "
        "perfect. Pop in this week! #VintageFashion #90sStyle"),
    row({"prompt": "Early-bird rate for the Future of Retail Forum in Amsterdam ends 31 May: €450 instead of €690, "
                   "speakers from 30 retailers",
         "platform": "linkedin", "tone": "fomo", "industry": "retail", "max_length": 60},
        "The early-bird rate for the Future of Retail Forum in Amsterdam ends 31 May. Until then, passes are €450 "
        "instead of €690. You will hear speakers from 30 retailers share what is really working in stores, "
        "apps and supply chains right now. Secure your pass before the price goes up.\n\n"
        "#RetailInnovation #FutureOfRetail #Amsterdam"),
    row({"prompt": "home water filter installation - removes 99% of chlorine - $299 installed",
         "platform": "facebook", "tone": "persuasive", "industry": "home services", "max_length": 40},
        "Can you taste the pool in your tap water? Our home water filter removes 99% of chlorine for cleaner "
        "drinks, coffee and cooking. It's $299 installed, with no bottles to carry. Ready to taste the "
        "difference? Book your installation today."),
    row({"prompt": "pop-up sushi omakase at our restaurant Kaito, 12 seats a night, 3-6 March only, £85 per person",
         "platform": "instagram", "tone": "fomo", "industry": "restaurant", "max_length": 60},
        "🍣 For four nights only, Kaito becomes an omakase counter. From 3-6 March, our chef serves a pop-up "
        "sushi omakase of seasonal fish, one piece at a time, to just 12 seats a night. It's £85 per person, "
        "and once the seats are gone, they are gone. Reserve through the link in bio now.\n\n"
        "#Omakase #SushiLovers #Kaito #PopUpDining"),
    row({"prompt": "Marathon day! good luck to all 12,000 runners",
         "platform": "twitter/x", "tone": "inspirational", "industry": "sports events", "max_length": 20},
        "Marathon day is here! Good luck to all 12,000 runners. Every mile counts, so go get it. #MarathonDay"),
    row({"prompt": "We've been named a Top 50 Employer in Ireland 2024",
         "platform": "linkedin", "tone": "professional", "industry": "technology", "max_length": 30},
        "We have been named a Top 50 Employer in Ireland 2024. The credit belongs to our people. Explore our "
        "open roles on our careers page.\n\n#TopEmployer #Ireland"),
    row({"prompt": "Our ice rink opens for the season on 22 November in Market Square - skate hire included, £9 adults "
                   "£6 kids",
         "platform": "facebook", "tone": "casual", "industry": "entertainment", "max_length": 60},
        "Get your gloves out, the ice rink is back! We open for the season on 22 November in Market Square, "
        "with twinkly lights, hot chocolate and music on the ice. Tickets are £9 adults and £6 kids, with skate "
        "hire included. Are you a graceful glider or a wall hugger? Book your session online and come skate "
        "with us."),
    row({"prompt": "professional teeth whitening at Avena Clinic, £199, results in one hour",
         "platform": "instagram", "tone": "persuasive", "industry": "cosmetic dentistry", "max_length": 40},
        "😁 Coffee, tea and red wine leave their mark. Professional teeth whitening at Avena Clinic lifts years "
        "of stains with results in one hour, safely supervised. It's £199. Book your appointment today.\n\n"
        "#TeethWhitening #AvenaClinic #SmileMakeover"),
    row({"prompt": "tweet: our pizza place now delivers until 2am on fridays and saturdays",
         "platform": "twitter/x", "tone": "playful", "industry": "takeaway", "max_length": 40},
        "Midnight snack? Make it a 2am snack. Our pizza place now delivers until 2am on Fridays and Saturdays, "
        "because great decisions are made late at night. Order from our website or app. #LateNightPizza"),
    row({"prompt": "Announce that our foundation has funded clean water wells in 40 villages in northern Ghana",
         "platform": "linkedin", "tone": "inspirational", "industry": "charitable foundation", "max_length": 60},
        "In 40 villages in northern Ghana, children are walking to school instead of walking for water. Our "
        "foundation has now funded clean water wells in every one of them, built and maintained with local "
        "committees. Clean water changes health, education and income at once. Learn how your company can "
        "fund the next well through our partner page.\n\n#CleanWater #Ghana #Philanthropy"),
    row({"prompt": "flash sale tonight 7-9pm: all fabric 50% off",
         "platform": "facebook", "tone": "fomo", "industry": "craft shop", "max_length": 20},
        "Sewists, tonight only: all fabric is 50% off from 7-9pm! What will you make? Come in before 9."),
    row({"prompt": "Launch post for our new sustainable housing project: 24 passive-house homes at Thornbury Fields, "
                   "ready 2026, 80% lower heating bills, show home viewings from June",
         "platform": "instagram", "tone": "professional", "industry": "property development", "max_length": 100},
        "🏡 Introducing Thornbury Fields: 24 passive-house homes designed to stay warm in winter and cool in "
        "summer with barely any heating at all. Thick insulation, triple glazing and heat-recovery ventilation "
        "mean owners can expect 80% lower heating bills than a typical new build. Each home has a private "
        "garden, solar panels and space to charge an electric car. The development will be ready in 2026, and "
        "show home viewings open from June. Register your interest through the link in our bio to be first in "
        "line.\n\n#ThornburyFields #PassiveHouse #SustainableHomes #NewHomes"),
    row({"prompt": "Promote our online will-writing service: £90, done in 20 minutes",
         "platform": "twitter/x", "tone": "persuasive", "industry": "legal services", "max_length": 30},
        "Making a will takes less time than your lunch break. Our online will-writing service costs £90 and is "
        "done in 20 minutes, checked by a solicitor. Start yours today. #WillWriting"),
    row({"prompt": "announce our office dog Biscuit has been promoted to Chief Morale Officer",
         "platform": "linkedin", "tone": "playful", "industry": "software", "max_length": 40},
        "Leadership news: Biscuit, our office dog, has been promoted to Chief Morale Officer. "
        "Responsibilities include desk visits, snack audits and ending long meetings with one bark. Want to "
        "work with him? See our open roles.\n\n#OfficeDog #CompanyCulture"),
    row({"prompt": "Promote our refugee welcome kitchen: volunteers cook community dinners every Wednesday at the "
                   "Grange Centre. Ask people to sign up for a shift.",
         "platform": "facebook", "tone": "inspirational", "industry": "non-profit", "max_length": 100},
        "Every Wednesday evening, the Grange Centre fills with the smell of spices, fresh bread and a dozen "
        "languages. Our refugee welcome kitchen brings newcomers and long-time locals together around one long "
        "table, and volunteers cook community dinners for everyone who walks through the door. Some of our "
        "best recipes have come from the families we serve, and some of our best friendships started over "
        "the washing up. You do not need to be a chef, just willing to chop, stir and chat. Could you give one "
        "evening a month? Sign up for a shift through the link on our page."),
    row({"prompt": "new lavender latte 💜",
         "platform": "instagram", "tone": "casual", "industry": "café", "max_length": 20},
        "💜 New on the menu: our lavender latte. Floral and cosy. Try one today!\n\n"
        "#LavenderLatte #CoffeeTime #NewDrink"),
    row({"prompt": "Tweet for our annual warehouse sale of outdoor gear, 27-28 September, Unit 4 Hatfield Trade Park. "
                   "Up to 75% off tents, boots and jackets. Doors open 8am, first 100 people get a free water bottle.",
         "platform": "twitter/x", "tone": "fomo", "industry": "outdoor retail", "max_length": 60},
        "Our annual warehouse sale is back! Up to 75% off tents, boots and jackets on 27-28 September at Unit 4 "
        "Hatfield Trade Park. Doors open 8am, and the first 100 people through get a free water bottle. The "
        "best sizes always go first, so set your alarm. #WarehouseSale #OutdoorGear"),
    row({"prompt": "our data-cleaning API, free tier up to 10,000 rows",
         "platform": "linkedin", "tone": "persuasive", "industry": "data tools", "max_length": 20},
        "Messy data in, clean data out. Our data-cleaning API is free up to 10,000 rows. Try it today.\n\n"
        "#DataQuality"),
    row({"prompt": "our bubble tea shop Pearl Lab is launching brown sugar tiger milk tea, buy one get one free on "
                   "launch day Saturday 8 June",
         "platform": "instagram", "tone": "playful", "industry": "bubble tea", "max_length": 80},
        "🐯 Roar-some news: brown sugar tiger milk tea is landing at Pearl Lab! Caramelised brown sugar syrup "
        "streaks down the cup like tiger stripes, then meets creamy milk and chewy pearls that are warm, soft "
        "and impossible to stop slurping. On launch day, Saturday 8 June, it's buy one get one free, so bring "
        "your bubble tea buddy and double the stripes. Come early, the queue has claws. 🧋\n\n"
        "#PearlLab #BubbleTea #TigerMilkTea #BOGO"),
    row({"prompt": "Can you write a FB post for our allotment society? We have 8 plots available for new members, £35 "
                   "a year, water and tool shed included, open day Sunday 14 April 11am-2pm at Ferry Lane Allotments.",
         "platform": "facebook", "tone": "casual", "industry": "gardening", "max_length": 100},
        "Fancy growing your own potatoes, beans and the occasional giant marrow? Ferry Lane Allotments has 8 "
        "plots available for new members this season. Membership is £35 a year, with water and the tool shed "
        "included, so all you need is a pair of gloves and a bit of patience. Our plot holders are a friendly "
        "bunch who are always happy to share seedlings, tips and far too many courgettes. What would you plant "
        "first? Come along to our open day on Sunday 14 April, 11am-2pm, have a cup of tea and choose your "
        "plot."),
    row({"prompt": "promote our password-free login SDK for mobile apps, you can integrate it in an afternoon",
         "platform": "twitter/x", "tone": "persuasive", "industry": "developer tools", "max_length": 30},
        "Users forget passwords. Attackers don't. Our password-free login SDK for mobile apps replaces them with "
        "passkeys, and you can integrate it in an afternoon. Read the docs. #DevTools #Passkeys"),
    row({"prompt": "LinkedIn post: applications for our accelerator programme close Friday. 10 startups, £50k "
                   "investment each, 12 weeks in Cardiff",
         "platform": "linkedin", "tone": "fomo", "industry": "venture capital", "max_length": 100},
        "Applications for our accelerator programme close this Friday, and we still want to hear from "
        "founders who keep telling themselves they will apply next year. We will select 10 startups for "
        "12 weeks in Cardiff, each receiving £50k investment alongside hands-on support from operators who have "
        "built and scaled companies themselves. Past cohorts have gone on to raise follow-on rounds, win their "
        "first enterprise customers and hire their first teams. The programme is sector-agnostic, but we are "
        "especially keen on climate and health. Do not let the deadline pass you by: submit your application "
        "before Friday.\n\n#Accelerator #Startups #Cardiff"),
    row({"prompt": "Promote our wedding photography packages for 2025: full-day coverage, second shooter, online "
                   "gallery, from £1,800",
         "platform": "instagram", "tone": "professional", "industry": "photography", "max_length": 60},
        "📸 Now booking 2025 weddings. Our wedding photography packages include full-day coverage from the "
        "morning preparations to the last dance, a second shooter so no moment is missed, and a private online "
        "gallery to share with family. Packages start from £1,800. Send us your date and venue to check "
        "availability.\n\n#WeddingPhotography #2025Bride #WeddingPhotographer"),
    row({"prompt": "tweet for our co-op grocery: we're open on Boxing Day 10am-4pm",
         "platform": "twitter/x", "tone": "casual", "industry": "grocery", "max_length": 40},
        "Run out of milk, bread or cranberry sauce already? The co-op grocery is open on Boxing Day, 10am-4pm, "
        "for all your leftover-sandwich emergencies. Pop down and stock up. #BoxingDay #ShopLocal"),
    row({"prompt": "our escape room has a new zombie-themed room! 60 minutes, teams of 2-6",
         "platform": "facebook", "tone": "playful", "industry": "escape rooms", "max_length": 30},
        "The zombies have moved in. Our new zombie-themed room gives teams of 2-6 just 60 minutes to escape. "
        "Who would you sacrifice first? Book your team in."),
    row({"prompt": "we're hosting a free meetup for Rust developers at our Lyon office, 20 March "
                   "6:30pm, pizza provided",
         "platform": "linkedin", "tone": "casual", "industry": "software", "max_length": 60},
        "Calling all Rustaceans in Lyon! We are hosting a free meetup for Rust developers at our Lyon office on "
        "20 March at 6:30pm. Expect two short talks, plenty of time to chat about the borrow checker and pizza "
        "provided. Beginners and seasoned crab-wranglers are equally welcome. Grab a free ticket from the link "
        "in the comments.\n\n#RustLang #Lyon #Meetup"),
    row({"prompt": "Spring clearance at Wren & Marigold boutique: 50% off dresses, 30% off knitwear, extra 10% for "
                   "loyalty members. In store and online, Thursday to Sunday only.",
         "platform": "instagram", "tone": "fomo", "industry": "fashion", "max_length": 100},
        "🌸 Four days. That's all you get. The spring clearance at Wren & Marigold starts Thursday, with 50% off "
        "dresses and 30% off knitwear across the boutique. Loyalty members take an extra 10% on top, which "
        "makes that linen midi you have been eyeing an absolute steal. Shop in store or online, Thursday to "
        "Sunday only, and do not wait for Sunday afternoon: the most popular sizes always disappear on day one. "
        "Tap the link in bio and fill your basket before someone else does! 🛍️\n\n"
        "#WrenAndMarigold #SpringSale #BoutiqueFashion #ShopSmall"),
    row({"prompt": "Promote volunteering at our hospital radio station",
         "platform": "twitter/x", "tone": "inspirational", "industry": "community radio", "max_length": 30},
        "A song request can brighten a whole ward. Volunteer at our hospital radio station, chat with patients "
        "and play their favourites. No experience needed. Apply today! #HospitalRadio"),
    row({"prompt": "Ad for our mobile dog grooming van. We come to your door, no cage drying, calm one-on-one "
                   "grooming, full groom from £55, covering all of North Somerset",
         "platform": "facebook", "tone": "persuasive", "industry": "pet grooming", "max_length": 80},
        "Does your dog shake at the mere sight of the salon door? Our mobile dog grooming van comes to your door "
        "instead, so there is no car journey, no barking waiting room and no cage drying. Every dog gets calm "
        "one-on-one grooming from start to finish. A full groom is from £55, and we cover all of North "
        "Somerset. How would your dog feel about being pampered on their own driveway? Book your first groom "
        "today."),
    row({"prompt": "LinkedIn post for our accounting firm's free tax-season survival kit webinar, 4 Feb 12pm",
         "platform": "linkedin", "tone": "playful", "industry": "accounting", "max_length": 60},
        "Receipts in a shoebox? A spreadsheet called FINAL_final_v3? We have all been there. Our free tax-season "
        "survival kit webinar on 4 Feb at 12pm walks you through the deadlines, the deductions people forget and "
        "the paperwork you can safely recycle. Bring your lunch and your questions. Register through the link "
        "below.\n\n#TaxSeason #SmallBusiness"),
    row({"prompt": "sustainable surf school - beginner lessons at Polzeath, eco wetsuits, 2 hours £40",
         "platform": "instagram", "tone": "inspirational", "industry": "surf school", "max_length": 40},
        "🌊 Your first wave is out there waiting. Beginner lessons at Polzeath with our sustainable surf school "
        "last 2 hours, cost £40 and come with eco wetsuits. Paddle out with us this summer.\n\n"
        "#SurfLessons #Polzeath #EcoSurf #LearnToSurf"),
    row({"prompt": "Announce our office will be closed 25 Dec-1 Jan, emergency support line stays open",
         "platform": "twitter/x", "tone": "professional", "industry": "IT support", "max_length": 30},
        "Our office will be closed 25 Dec-1 Jan. Happy holidays! The emergency support line stays open for urgent "
        "issues throughout, so save the number now. #ITSupport"),
    row({"prompt": "Only 10 tickets left for our murder mystery dinner at Ashdown Manor hotel, 26 October, 3-course "
                   "meal and actors, £65",
         "platform": "facebook", "tone": "fomo", "industry": "hotel", "max_length": 60},
        "Someone at dinner has a dark secret, and only 10 tickets remain to find out who. Join our murder "
        "mystery dinner at Ashdown Manor hotel on 26 October for a 3-course meal, professional actors and "
        "clues between every course, all for £65. Would you crack the case before dessert? Call reception "
        "to book before the last seats vanish."),
    row({"prompt": "our translation agency: certified legal translations in 48 hours, 60 languages",
         "platform": "linkedin", "tone": "persuasive", "industry": "translation", "max_length": 30},
        "A contract delayed is a deal delayed. We deliver certified legal translations in 48 hours, across 60 "
        "languages. Request a quote today.\n\n#LegalTranslation #Localization"),
    row({"prompt": "our bike shop now does e-bike rentals, £25 a day, helmets and locks included - great for "
                   "exploring the Peak District",
         "platform": "instagram", "tone": "casual", "industry": "bike shop", "max_length": 60},
        "🚲 Hills? What hills? Our bike shop now does e-bike rentals for £25 a day, with helmets and locks "
        "included. It's the easiest way to explore the Peak District, from reservoir loops to village tea "
        "rooms, without arriving in a sweaty heap. Pop in or message us to reserve yours for the weekend.\n\n"
        "#EBike #PeakDistrict #BikeRental #WeekendRide"),
    row({"prompt": "new vegan sausage roll, yes really",
         "platform": "twitter/x", "tone": "playful", "industry": "bakery", "max_length": 20},
        "Yes, really: our new vegan sausage roll is flaky, peppery and fooling everyone. Grab one while they're warm! "
        "#VeganBakes"),
    row({"prompt": "Celebrate 25 years of Finch's Garage and thank our customers",
         "platform": "facebook", "tone": "inspirational", "industry": "automotive", "max_length": 30},
        "25 years, thousands of MOTs and more cups of tea than we can count. Thank you for trusting "
        "Finch's Garage. Who remembers our first workshop? Come celebrate with us!"),
    row({"prompt": "Write a LinkedIn post announcing our new Rotterdam-Felixstowe short-sea freight service: 3 "
                   "sailings a week, 48-hour door-to-door transit, 30% lower CO2 than road, launching 2 September. "
                   "Target: shippers and freight forwarders.",
         "platform": "linkedin", "tone": "professional", "industry": "shipping", "max_length": 120},
        "On 2 September we launch our new Rotterdam-Felixstowe short-sea freight service, built for shippers "
        "and freight forwarders who need dependable capacity between the Netherlands and the UK. The service "
        "offers 3 sailings a week, with 48-hour door-to-door transit that includes collection, customs "
        "documentation and final delivery. Moving freight by sea for the long leg of the journey produces 30% "
        "lower CO2 than road, helping customers cut emissions without adding days to their supply chain. "
        "Fixed weekly slots mean fewer surprises for planners, and our team in both ports handles any "
        "exceptions before they become delays. To reserve space from the first sailings or discuss regular "
        "volumes, contact our commercial team through the link below.\n\n"
        "#ShortSeaShipping #Freight #SupplyChain"),
    row({"prompt": "caption for our blue light glasses, £29, free shipping",
         "platform": "instagram", "tone": "persuasive", "industry": "eyewear", "max_length": 30},
        "👓 Screens all day? Your eyes deserve a break. Our blue light glasses are £29 with free shipping. "
        "Order a pair today.\n\n#BlueLightGlasses #ScreenTime #Eyewear"),
    row({"prompt": "tweet: Thursday's Thai street food cooking class has 3 spots left, 6pm, £55",
         "platform": "twitter/x", "tone": "fomo", "industry": "cookery school", "max_length": 40},
        "Pad kra pao, papaya salad, mango sticky rice. Only 3 spots left for Thursday's Thai street food cooking "
        "class at 6pm, £55 including everything you cook and eat. Book before someone else does! #CookingClass "
        "#ThaiFood"),
    row({"prompt": "Our bank branch on High Street closes on 28 June. Nearest branch is Castle Square; there's a "
                   "banking hub in the library on Tuesdays",
         "platform": "facebook", "tone": "professional", "industry": "banking", "max_length": 60},
        "Our High Street branch will close on 28 June. You can continue "
        "banking in person at our nearest branch in Castle Square, or visit the banking hub in the library on "
        "Tuesdays for help with cash, cheques and accounts. Have questions about the change? Call us or ask "
        "the branch team before 28 June."),
    row({"prompt": "Share that our founder started the company in her garage 12 years ago, and today we ship to 40 "
                   "countries",
         "platform": "linkedin", "tone": "inspirational", "industry": "e-commerce", "max_length": 80},
        "12 years ago, our founder packed the first orders on a folding table in her garage, with a laptop "
        "balanced on the washing machine. Today we ship to 40 countries. The table is still here, in our "
        "reception, as a reminder that every big operation starts with one box and someone stubborn enough "
        "to keep going. Packing orders in your garage right now? Keep at it. "
        "Share this with a founder who needs to hear it.\n\n#Entrepreneurship #Ecommerce"),
    row({"prompt": "goat yoga class, Sundays 10am at Hillcrest Farm, £18",
         "platform": "instagram", "tone": "playful", "industry": "fitness", "max_length": 40},
        "🐐 Downward dog? Try downward goat. Our goat yoga class runs Sundays at 10am at Hillcrest Farm, and "
        "yes, they will climb on you. It's £18 for a session of stretching and giggling. Book now!\n\n"
        "#GoatYoga #HillcrestFarm #YogaFun"),
    row({"prompt": "podcast: new episode out with chef Amara Obi on running a restaurant with no freezer",
         "platform": "twitter/x", "tone": "casual", "industry": "podcast", "max_length": 30},
        "New episode out now! Chef Amara Obi tells us how she runs a restaurant with no freezer, and why her menu "
        "changes daily. Listen now. #Podcast #Chefs"),
    row({"prompt": "last day to enter our prize draw to win a year of free car servicing, ends midnight",
         "platform": "facebook", "tone": "fomo", "industry": "automotive", "max_length": 30},
        "Today is the last day to enter our prize draw and win a year of free car servicing! Feeling lucky? "
        "Enter before midnight using the link below."),
    row({"prompt": "Promote our commercial property insurance for landlords. Covers rent loss up to 24 months, from "
                   "£18/month per property, 24/7 claims line.",
         "platform": "linkedin", "tone": "persuasive", "industry": "insurance", "max_length": 100},
        "A single burst pipe can empty a unit for months, and the mortgage does not pause while repairs are "
        "done. Our commercial property insurance for landlords covers rent loss up to 24 months, alongside "
        "buildings, liability and malicious damage by tenants. When something goes wrong, our 24/7 claims line "
        "puts you through to a specialist handler rather than a call queue. Cover starts from £18/month per "
        "property, and portfolio landlords can bring every building under one policy with a single renewal "
        "date. Protect your income before you need to: get a quote from our team today.\n\n"
        "#PropertyInvestment #Landlords #Insurance"),
    row({"prompt": "Our opticians' new opening hours from Monday: 8am-7pm weekdays",
         "platform": "instagram", "tone": "professional", "industry": "optician", "max_length": 20},
        "👁️ From Monday, we are open 8am-7pm weekdays. Book an eye test today.\n\n#Opticians #EyeCare "
        "#NewHours"),
    row({"prompt": "Tweet announcing the city's Car-free Sunday on 8 September: the whole river road closed to traffic "
                   "9am-5pm, open for walking, cycling and street games",
         "platform": "twitter/x", "tone": "inspirational", "industry": "city council", "max_length": 60},
        "Imagine the river road with no engines, just footsteps, bike bells and laughter. On 8 September, "
        "Car-free Sunday closes the whole river road to traffic from 9am-5pm, open for walking, cycling and "
        "street games. Take back the street with us! "
        "#CarFreeSunday"),
    row({"prompt": "knitting circle at Wool & Wonder, every Monday 2pm, beginners welcome, tea provided",
         "platform": "facebook", "tone": "casual", "industry": "yarn shop", "max_length": 40},
        "Needles at the ready! Our knitting circle meets at Wool & Wonder every Monday at 2pm. Beginners are "
        "welcome and tea is provided. What's on your needles right now? Pull up a chair and join us."),
    row({"prompt": "only 2 weeks left to apply for our graduate scheme, closes 30 November",
         "platform": "linkedin", "tone": "fomo", "industry": "professional services", "max_length": 30},
        "Only 2 weeks left: our graduate scheme closes 30 November. Real projects from day one, a mentor and a "
        "salary review at six months. Apply now.\n\n#GraduateJobs"),
    row({"prompt": "Post for our community garden's harvest festival, Saturday 21 September, 12-5pm at Millbrook "
                   "Community Garden: live music, cider pressing, produce swap and a kids' scarecrow competition. "
                   "Free entry, donations welcome.",
         "platform": "instagram", "tone": "inspirational", "industry": "community garden", "max_length": 100},
        "🍎 This summer, neighbours turned a patch of bare ground into beds of squash, beans and sunflowers "
        "taller than the fence. Now it's time to celebrate what we grew together. Join us for the harvest "
        "festival on Saturday 21 September, 12-5pm at Millbrook Community Garden, with live music, cider "
        "pressing, a produce swap and a kids' scarecrow competition. Entry is free and donations are welcome, "
        "helping us plant even more next spring. Bring a basket, bring your family and come share the harvest. "
        "🌻\n\n#HarvestFestival #Millbrook #CommunityGarden #GrowTogether"),
    row({"prompt": "switch to paperless billing and get £5 credit",
         "platform": "twitter/x", "tone": "persuasive", "industry": "utilities", "max_length": 20},
        "Less paper, more money. Switch to paperless billing and get £5 credit. Update your account today. "
        "#GoPaperless"),
    row({"prompt": "Fb post for our new axe-throwing venue Chop Shop - opening 1 May, 1-hour sessions £22pp, groups up "
                   "to 12, coaches on every lane, must be 16+. Want it fun and a bit cheeky.",
         "platform": "facebook", "tone": "playful", "industry": "leisure", "max_length": 100},
        "Ever wanted to throw an axe at something that isn't your inbox? Chop Shop opens on 1 May, and it's "
        "the most satisfying hour you'll spend all week. 1-hour sessions cost £22pp, with groups up "
        "to 12, so bring the whole office, the stag party or that friend who is suspiciously good at darts. "
        "There are coaches on every lane to keep things safe and show you how to stick the landing. Throwers "
        "must be 16+. Who in your group would hit the bullseye first? Book your lane now and let the trash "
        "talk begin."),
    row({"prompt": "we launched a Spanish-language version of our tax app for US users",
         "platform": "linkedin", "tone": "professional", "industry": "fintech", "max_length": 60},
        "Our tax app is now available in Spanish for US users. Millions of people in the United States "
        "file their taxes in a language that is not their first. Every screen, form explanation and support "
        "article has been translated by specialists. Share it with "
        "anyone who would find filing easier in Spanish.\n\n#Fintech #Accessibility"),
    row({"prompt": "24h only: free shipping on everything",
         "platform": "instagram", "tone": "fomo", "industry": "online store", "max_length": 20},
        "⏳ 24h only: free shipping on everything. Shop now before the clock hits zero!\n\n"
        "#FreeShipping #ShopNow #LimitedTime"),
    row({"prompt": "Tweet: from 1 July, all council car parks accept contactless and app payments, and cash machines "
                   "will be removed from 12 locations",
         "platform": "twitter/x", "tone": "professional", "industry": "local government", "max_length": 60},
        "From 1 July, all council car parks accept contactless and app payments. Cash machines will be removed "
        "from 12 locations, so check the signs before you park. Can't pay by card or app? Our team can "
        "explain the alternatives. Read full details on the council website. "
        "#Parking"),
    row({"prompt": "promote our free CPR training evening, Wednesday 7pm at Fairfield Scout Hut, learn to save a life "
                   "in 2 hours",
         "platform": "facebook", "tone": "inspirational", "industry": "first aid", "max_length": 45},
        "Would you know what to do if someone collapsed in front of you? In just 2 hours, you can learn to save "
        "a life. Our free CPR training evening is on Wednesday at 7pm at Fairfield Scout Hut. Reserve your "
        "place and bring a friend."),
    row({"prompt": "we moved offices! new address: 3rd floor, 40 Bell Yard. come say hi",
         "platform": "linkedin", "tone": "casual", "industry": "recruitment", "max_length": 40},
        "New office, same team, better coffee machine. We have moved to the 3rd floor, 40 Bell Yard, with more "
        "room for interviews and the occasional cake. If you are nearby, come say hi and see the place.\n\n"
        "#NewOffice #Recruitment"),
    row({"prompt": "need an insta post for our plant shop's repotting station - bring your plant in and we repot it "
                   "for free if you buy the pot, saturdays only",
         "platform": "instagram", "tone": "casual", "industry": "plant shop", "max_length": 60},
        "🪴 Is your monstera bursting out of its plastic pot? Bring your plant in to our repotting station "
        "on Saturdays only. Pick a new pot from the shop and we repot it for free, soil and all, while you "
        "browse. No mess on your living room floor, just a very happy plant. See you Saturday!\n\n"
        "#PlantShop #Repotting #HousePlants #PlantParent"),
    row({"prompt": "our salon's first haircut package for toddlers, £12, certificate and lock of hair included",
         "platform": "twitter/x", "tone": "playful", "industry": "children's hairdresser", "max_length": 30},
        "Tiny clients, big wriggles, zero judgement. Our first haircut package for toddlers is £12, certificate "
        "and lock of hair included. Book their first trim now! #FirstHaircut"),
    row({"prompt": "Promote our driving theory app: 94% of users pass first time, £4.99 one-off",
         "platform": "facebook", "tone": "persuasive", "industry": "education app", "max_length": 60},
        "Failing your theory test means another fee, another wait and another month without your licence. Our "
        "driving theory app turns revision into short daily quizzes and full mock tests, and 94% of users pass "
        "first time. It's £4.99 one-off, with no subscription. How many questions would you get right today? "
        "Download the app and find out."),
    row({"prompt": "Promote our sustainability reporting course for finance teams. CSRD deadlines are approaching. "
                   "Next cohort 10 Sept, 12 seats.",
         "platform": "linkedin", "tone": "fomo", "industry": "professional training", "max_length": 60},
        "CSRD deadlines are approaching, and many finance teams have not yet mapped where their sustainability "
        "data will come from. Our sustainability reporting course gives them a practical framework, real "
        "templates and expert feedback. The next cohort starts 10 Sept with just 12 seats. Reserve a place for "
        "your team this week.\n\n#CSRD #SustainabilityReporting"),
    row({"prompt": "Launch ad for TrailMix Box: monthly snack box for hikers, 8 high-protein snacks, UK-made, "
                   "£19/month. First box 50% off with code SUMMIT50, free delivery, skip or cancel anytime",
         "platform": "instagram", "tone": "persuasive", "industry": "subscription box", "max_length": 100},
        "🥾 Halfway up the hill is a terrible place to discover you forgot snacks. TrailMix Box fixes that for "
        "good. Every month we send 8 high-protein snacks, all UK-made, from nut butter bars to spiced jerky and "
        "dried fruit that actually tastes of fruit. It costs £19/month with free delivery, and you can skip or "
        "cancel anytime, so it fits around your plans, not the other way round. Your first box is 50% off with "
        "code SUMMIT50. Fuel your next summit and order through the link in our bio.\n\n"
        "#TrailMixBox #HikingSnacks #OutdoorAdventures #SnackBox"),
    row({"prompt": "we're open bank holiday monday",
         "platform": "twitter/x", "tone": "casual", "industry": "pub", "max_length": 12},
        "Good news: we're open bank holiday Monday! Come on down. #BankHoliday"),
    row({"prompt": "Post for our GP surgery: we're moving to online booking from 3 June via the Ashgrove Health "
                   "website. Phone lines are still open 8am-6:30pm for anyone who needs them. Flu clinic dates to "
                   "follow.",
         "platform": "facebook", "tone": "professional", "industry": "primary care", "max_length": 100},
        "From 3 June, our GP surgery is moving to online booking through the Ashgrove Health website. You will "
        "be able to request appointments, repeat prescriptions and fit notes at any time, without "
        "a phone queue at 8am. We know online booking does not suit everyone, so our phone lines "
        "are still open 8am-6:30pm for anyone who needs them, and reception staff are happy to help in person "
        "too. Flu clinic dates will follow soon. Do you have a relative who might need help getting set up? "
        "Please share this post and visit the website to create your account."),
    row({"prompt": "LinkedIn post: our sales team won the office charity bake-off and raised £2,340 for the local food "
                   "bank",
         "platform": "linkedin", "tone": "playful", "industry": "sales", "max_length": 100},
        "Breaking news from the kitchen: the sales team has won the office charity bake-off. Yes, the same team "
        "that usually survives on client lunches and vending machine crisps. Their winning lemon drizzle was, "
        "according to one judge, suspiciously professional, and nobody has confessed to owning a stand mixer. "
        "More importantly, together with every other department, we raised £2,340 for the local food bank, "
        "which will go straight into food parcels for families in our area. Thank you to everyone who baked, "
        "bought or bravely tasted. Tell us in the comments which team should take the trophy next year.\n\n"
        "#CharityBakeOff #GivingBack"),
    row({"prompt": "final weekend of our Lantern Garden light trail at Ravensworth Castle, 5-10pm, adults £16",
         "platform": "instagram", "tone": "fomo", "industry": "visitor attraction", "max_length": 60},
        "✨ This is the final weekend to walk the Lantern Garden light trail at Ravensworth Castle. Thousands of "
        "glowing lanterns light up the old walls, the woodland path and the lake from 5-10pm, and after Sunday "
        "they go dark until next year. Adults are £16. Book your time slot now before the last ones "
        "go.\n\n#LanternGarden #Ravensworth #LightTrail #WinterNights"),
    row({"prompt": "Tweet for our ergonomics consultancy: remote workers get a 45-minute video desk assessment for "
                   "£49, and most fixes cost nothing",
         "platform": "twitter/x", "tone": "persuasive", "industry": "workplace health", "max_length": 60},
        "Neck aching by 3pm? Your desk might be the problem, not your body. Our ergonomics consultancy offers "
        "remote workers a 45-minute video desk assessment for £49. The best part: most fixes cost nothing. "
        "Book your assessment and work without the ache. #Ergonomics #RemoteWork"),
    row({"prompt": "choir practice moved to wednesday this week",
         "platform": "facebook", "tone": "casual", "industry": "community choir", "max_length": 20},
        "Heads up, singers! Choir practice moves to Wednesday this week, same time. Can you make it? "
        "Reply below."),
    row({"prompt": "Write a longer LinkedIn post: our rural broadband cooperative just connected its 1,000th home in "
                   "the Cairngorms. Started by 6 volunteers in 2019 after being told the area was too remote for "
                   "fibre. Raised £2.1M from residents and grants.",
         "platform": "linkedin", "tone": "inspirational", "industry": "rural broadband", "max_length": 150},
        "In 2019, 6 volunteers sat around a kitchen table in the Cairngorms after being told, again, that "
        "their area was too remote for fibre. Children were doing homework in the car park of the village hall "
        "because it had the only signal, and local businesses were losing customers to slow "
        "connections.\n\n"
        "So those volunteers started a rural broadband cooperative. They knocked on doors, learned how to "
        "plan a network and raised £2.1M from residents and grants, one community meeting at a time. Farmers "
        "let cables cross their fields, and neighbours dug trenches at weekends.\n\n"
        "This week, the cooperative connected its 1,000th home. Families can now work remotely, students can "
        "study from home and small firms can sell to the world from a glen. If your community has been told "
        "it is too remote, talk to us: we will share everything we learned along the way.\n\n"
        "#RuralBroadband #Cairngorms #CommunityOwned"),
    row({"prompt": "our veterinary practice now offers video consultations, £25, 7 days a week",
         "platform": "instagram", "tone": "professional", "industry": "veterinary", "max_length": 40},
        "🐾 Not sure if that limp needs a visit? Our veterinary practice now offers video consultations 7 days "
        "a week for £25, so a vet can assess your pet at home. Book a call through our website.\n\n"
        "#VetCare #VideoConsultation #PetHealth"),
    row({"prompt": "comedy night tickets: Laugh Track Live at the Corn Exchange, Friday, only 40 left",
         "platform": "twitter/x", "tone": "fomo", "industry": "comedy", "max_length": 30},
        "Only 40 tickets left for Laugh Track Live at the Corn Exchange this Friday! One night of big laughs, "
        "zero excuses. Book now. #StandUpComedy #LaughTrackLive"),
    row({"prompt": "Promote our apprenticeship open evening at Tarrant College, Thursday 6-8pm, meet employers who are "
                   "hiring now",
         "platform": "facebook", "tone": "inspirational", "industry": "further education", "max_length": 60},
        "University is not the only road to a great career. At our apprenticeship open evening at Tarrant "
        "College this Thursday, 6-8pm, you can meet employers who are hiring now, from "
        "engineering to hospitality, and learn how to earn while you train. Is a young person in your "
        "family weighing up their options? Bring them along."),
    row({"prompt": "Promote our AI meeting notes tool: summaries in 30 seconds, works with Zoom and Teams",
         "platform": "linkedin", "tone": "persuasive", "industry": "productivity software", "max_length": 40},
        "Nobody remembers what was agreed in Tuesday's call. Our AI meeting notes tool does, with summaries in "
        "30 seconds and action items assigned automatically. It works with Zoom and Teams. Start a free trial "
        "today.\n\n#Productivity #AI #Meetings"),
    row({"prompt": "new sock subscription 🧦 £9/month",
         "platform": "instagram", "tone": "playful", "industry": "fashion", "max_length": 20},
        "🧦 Odd socks? Never again. New sock subscription, £9/month. Sign up now!\n\n#SockSubscription "
        "#FunSocks #HappyFeet"),
    row({"prompt": "Announce a recall: batch L2291 of our 500g granola may contain nuts not listed on the label. "
                   "Return it for a full refund.",
         "platform": "twitter/x", "tone": "professional", "industry": "food manufacturing", "max_length": 40},
        "Product recall: batch L2291 of our 500g granola may contain nuts not listed on the label. If you have a "
        "nut allergy, do not eat it. Return it to the store for a full refund. #ProductRecall #FoodSafety"),
    row({"prompt": "Write a FB post: our gym's Summer Shred challenge starts 1 July. 6 weeks, 3 coached sessions a "
                   "week plus a meal plan, £99, only 25 places. Last year people lost an average of 4kg.",
         "platform": "facebook", "tone": "fomo", "industry": "fitness", "max_length": 100},
        "The Summer Shred challenge is back, and it's bigger than ever. Starting 1 July, you get 6 "
        "weeks of coaching with 3 coached sessions a week, a meal plan built around food you actually like and "
        "a group chat full of people cheering you on. Last year people lost an average of 4kg, and plenty "
        "discovered they enjoy squats. It's £99 for the full challenge, but there are "
        "only 25 places, and they always fill up fast. Are you in this time? Sign up "
        "at reception or message us today."),
    row({"prompt": "intern spotlight: Priya built our new onboarding dashboard",
         "platform": "linkedin", "tone": "casual", "industry": "software", "max_length": 20},
        "Intern spotlight: Priya built our new onboarding dashboard in her first month. Say congrats below!"
        "\n\n#Internship"),
    row({"prompt": "Post about our tailoring school's graduate showcase at Ellison Hall, 15 May 7pm, free tickets "
                   "online",
         "platform": "instagram", "tone": "inspirational", "industry": "fashion school", "max_length": 80},
        "🧵 A year ago, most of them had never threaded a needle. On 15 May at 7pm, our tailoring school's "
        "graduates step out at Ellison Hall to show what they have made: sharp suits, structured coats and "
        "bold pieces that break every rule they learned. Come and see the work behind every seam and cheer on "
        "the next generation of makers. Tickets are free online, so grab yours now. ✂️\n\n"
        "#Tailoring #GraduateShowcase #FashionDesign #EllisonHall"),
    row({"prompt": "tweet for our small coffee cart at Halton station - new loyalty app, 10th coffee free, open "
                   "6:30-10am weekdays",
         "platform": "twitter/x", "tone": "casual", "industry": "coffee", "max_length": 60},
        "Morning, Halton commuters! Our little coffee cart at Halton station now has a loyalty app. Scan it "
        "with every cup and your 10th coffee is free. Find us by the ticket barrier, open 6:30-10am weekdays. "
        "Download the app and grab a coffee before your "
        "train. #CoffeeCart #Halton"),
    row({"prompt": "Promote our mini golf course's glow-in-the-dark nights, Fridays 7-11pm, £8",
         "platform": "facebook", "tone": "playful", "industry": "mini golf", "max_length": 40},
        "Lights off, neon on. Glow-in-the-dark nights at our mini golf course run Fridays 7-11pm, £8 a "
        "player, and yes, the windmill glows too. Who in your crew talks the biggest game? Bring them along "
        "and prove it."),
    row({"prompt": "We've published our gender pay gap report - the median gap has reduced from 14% to 6%",
         "platform": "linkedin", "tone": "professional", "industry": "financial services", "max_length": 80},
        "We have published our latest gender pay gap report. Our median gap has reduced from 14% to 6%, "
        "driven by transparent salary bands, a review of promotion decisions and more women moving into senior "
        "roles. We are encouraged by the progress, but 6% is still a gap, and we are committed to closing it. "
        "The full report sets out our data and the actions we will take next. Read it on our website.\n\n"
        "#GenderPayGap #DiversityAndInclusion #EqualPay"),
    row({"prompt": "insta ad for our mattress - 100 nights free trial, free returns",
         "platform": "instagram", "tone": "persuasive", "industry": "sleep", "max_length": 30},
        "😴 Try it for 100 nights free. If our mattress doesn't give you your best sleep, returns are free. "
        "Start your trial tonight.\n\n#BetterSleep #Mattress #SleepWell"),
]
