"""Hand-written LinkedIn posts for the ``linkedin_post`` task: data only, nothing to run.

The template generator in ``linkedin_post.py`` builds every post from a few fixed sentence plans; these rows,
over themes, tones, audiences and CTAs far beyond the suggested choices (some typed in lowercase), teach the
adapter varied, natural ones. Each post has 60-120 words: a hook (a number, a confession, a question, a story, a
contrarian claim, a milestone), a blank line, a body of concrete specifics with a line addressed to the
audience, the CTA verbatim as its own paragraph (ending with "!" for enthusiastic tones such as Excited or
Inspirational, otherwise with "."), and 1-3 hashtags, the first built from the theme. No theme, name or sentence
of ``examples/linkedin_post/challenge.jsonl`` appears here.
"""

from playground.train.datagen import row

WRITTEN = [
    row({"theme": "Onboarding New Hires", "tone": "Practical",
         "audience": "Engineering Managers", "cta": "Steal our first-week checklist from the link below"},
        "Our new engineers used to need six weeks before their first real pull request. Now it takes five "
        "days.\n\n"
        "We stopped handing people a wiki and started handing them a buddy, a tiny bug and a calendar "
        "with no meetings on day one. Every new hire also writes down what confused them, so the next "
        "person gets a better guide. Engineering managers, make the first week about shipping something "
        "small, not reading everything.\n\n"
        "Steal our first-week checklist from the link below.\n\n"
        "#OnboardingNewHires #EngineeringManagement"),
    row({"theme": "burnout", "tone": "Candid",
         "audience": "startup founders", "cta": "Tell me how you switch off after work"},
        "I burned out last spring, and I did not notice until I missed my daughter's school play.\n\n"
        "The warning signs were boring: answering messages at midnight, skipping lunch, calling every "
        "week \"just a busy one\". What helped was not a retreat. It was handing two projects to people who "
        "were ready for them and blocking Friday afternoons. Startup founders, your company needs you in "
        "five years, not only this quarter.\n\n"
        "Tell me how you switch off after work.\n\n"
        "#Burnout #MentalHealth #Founders"),
    row({"theme": "SaaS Pricing", "tone": "Data-driven",
         "audience": "Product Managers", "cta": "Ask me for the full pricing test results"},
        "We raised our prices by 30 percent in March. Here is what the numbers did.\n\n"
        "Trial sign-ups dropped by 8 percent in the first month and then recovered. Revenue per new "
        "customer rose by 27 percent, and churn did not move at all. The customers who left were mostly "
        "on the cheapest plan and rarely logged in. Product managers, test pricing on new sign-ups first "
        "and give existing customers a long notice period.\n\n"
        "Ask me for the full pricing test results.\n\n"
        "#SaaSPricing #Pricing #SaaS"),
    row({"theme": "Code Review", "tone": "Reflective",
         "audience": "Software Engineers", "cta": "Share the best review comment you ever received"},
        "The review comment I remember most from my first job was one line long: \"Why does this need to "
        "exist?\"\n\n"
        "It stung for a day. Then I deleted two hundred lines and the feature got simpler. Ten years "
        "later, I try to write reviews that ask questions instead of issuing verdicts. Software "
        "engineers, a review is a conversation about the code, never a judgement of the person who wrote "
        "it.\n\n"
        "Share the best review comment you ever received.\n\n"
        "#CodeReview #SoftwareEngineering"),
    row({"theme": "Customer Support", "tone": "Grateful",
         "audience": "support teams", "cta": "Thank a support agent who helped you recently"},
        "Our support team answered 41,000 tickets last year, and I want to say thank you in public.\n\n"
        "Behind every five-star review was someone who stayed calm while a customer was having the worst "
        "day of their month. The same people spotted a billing bug that our dashboards missed for weeks. "
        "To every support team out there: you are the closest thing a company has to its customers' "
        "memory.\n\n"
        "Thank a support agent who helped you recently.\n\n"
        "#CustomerSupport #CustomerExperience"),
    row({"theme": "Hiring Juniors", "tone": "Direct", "audience": "CTOs", "cta": "Open one junior role this quarter"},
        "Unpopular opinion: teams that refuse to hire juniors are borrowing against their own future.\n\n"
        "Every senior engineer you want to hire in 2030 is a junior somewhere today. Our three juniors "
        "from last year now own the deploy pipeline, and they explain it better than the people who built "
        "it. CTOs, a junior hire costs you some review time, while the alternative costs you a team that "
        "cannot grow.\n\n"
        "Open one junior role this quarter.\n\n"
        "#HiringJuniors #Hiring #EngineeringCulture"),
    row({"theme": "Public Speaking", "tone": "Humble",
         "audience": "introverts", "cta": "Send me a message if you want feedback on your first talk"},
        "Last Thursday I gave my first conference talk, and my hands shook through the entire opening "
        "slide.\n\n"
        "I rehearsed it eleven times, mostly to my cat. The audience did not notice my nerves, but they "
        "did remember the one story I told about a failed launch. I am still far from a good speaker. For "
        "the introverts reading this, a small meetup with twenty people is a gentle place to start.\n\n"
        "Send me a message if you want feedback on your first talk.\n\n"
        "#PublicSpeaking #Introverts"),
    row({"theme": "Sustainability Reporting", "tone": "Professional",
         "audience": "CFOs", "cta": "Download our reporting template"},
        "Four lessons from preparing our first sustainability report.\n\n"
        "Collecting energy data from twelve sites took longer than writing the report itself. Scope 3 "
        "emissions need supplier conversations that should start a year ahead. Auditors asked for the "
        "same kind of evidence finance teams already keep for invoices, which saved us weeks. CFOs, put "
        "sustainability data on the same monthly close calendar as your financial data.\n\n"
        "Download our reporting template.\n\n"
        "#SustainabilityReporting #ESG #Finance"),
    row({"theme": "Product Launch", "tone": "Excited",
         "audience": "early adopters", "cta": "Join the waitlist through the link in the comments"},
        "Product launch day is Monday: after eighteen months of building, our scheduling app for dental "
        "clinics goes live!\n\n"
        "We started with one clinic in our neighbourhood and a shared spreadsheet. Today forty practices "
        "use the beta, and missed appointments at those practices fell by a third. Early adopters, your "
        "bug reports shaped every screen you will see. The first hundred clinics get three months free!\n\n"
        "Join the waitlist through the link in the comments!\n\n"
        "#ProductLaunch #HealthTech #Startups"),
    row({"theme": "Promotion to Director", "tone": "Proud",
         "audience": "Colleagues", "cta": "Say hello if we have worked together"},
        "Today I start as Director of Operations, nine years after joining as a warehouse temp.\n\n"
        "I did not get here alone. A shift lead taught me to read a pick list properly, and a manager put "
        "my name forward for a project I thought I was not ready for. Colleagues, the best thing you can "
        "do for someone's career is say their name in a room they are not in. I am proud of this one.\n\n"
        "Say hello if we have worked together.\n\n"
        "#PromotionToDirector #Operations #CareerGrowth"),
    row({"theme": "Layoffs", "tone": "Empathetic",
         "audience": "People Managers", "cta": "Share this with a manager who is facing the same task"},
        "Last month I had to tell six people on my team that their jobs were gone.\n\n"
        "There is no script that makes a layoff conversation easy. What I learned is to deliver the news "
        "early in the day, in person, and then stop talking and listen. The follow-up matters even more: "
        "references, introductions, a call a week later. People managers, nobody remembers the slide "
        "deck, but everyone remembers how they were treated on their last day.\n\n"
        "Share this with a manager who is facing the same task.\n\n"
        "#Layoffs #Leadership #PeopleManagement"),
    row({"theme": "Mentorship", "tone": "Grateful",
         "audience": "Junior Designers", "cta": "Tag a mentor who shaped your career"},
        "Eight years ago a senior designer spent her lunch breaks reviewing my terrible portfolio.\n\n"
        "She never fixed anything for me. She asked what problem each project solved, and I realised half "
        "of them did not solve any. That habit of questioning my own work got me my first agency job. "
        "Junior designers, look for someone who asks you hard questions kindly; that kind of mentorship "
        "is worth more than any course.\n\n"
        "Tag a mentor who shaped your career.\n\n"
        "#Mentorship #Design"),
    row({"theme": "Remote Work", "tone": "Practical",
         "audience": "distributed teams", "cta": "Reply with your favourite async tool"},
        "Three rules that made remote work sustainable for our team of nine across five time zones.\n\n"
        "Every decision goes into a written doc before anyone calls a meeting. Nobody expects a reply "
        "outside their own working hours. Once a month we spend thirty minutes on a video call with no "
        "agenda at all. Distributed teams do not need more software; they need agreements that everybody "
        "actually follows.\n\n"
        "Reply with your favourite async tool.\n\n"
        "#RemoteWork #AsyncWork"),
    row({"theme": "Career Advice", "tone": "Witty",
         "audience": "Recent Graduates", "cta": "Drop the worst career advice you ever got"},
        "The worst career advice I ever received: \"Just follow your passion.\" My passion at 22 was "
        "sleeping late.\n\n"
        "What actually worked was following problems people would pay to have solved. I found I liked "
        "fixing messy data, which nobody ever lists as a passion. Recent graduates, get good at something "
        "useful first, and the enthusiasm tends to show up afterwards. Sleeping late remains a weekend "
        "hobby.\n\n"
        "Drop the worst career advice you ever got.\n\n"
        "#CareerAdvice #FirstJob"),
    row({"theme": "Internship", "tone": "Curious",
         "audience": "Students", "cta": "Comment with the one question you wish you had asked"},
        "What would you ask if you could start your internship again?\n\n"
        "I would ask why the team used such an old reporting tool, instead of quietly learning it. I "
        "would ask my manager what a great intern looked like to her rather than guessing. I would ask "
        "the people in finance what they actually did all day. Students, curiosity is the cheapest way to "
        "stand out in a ten-week placement.\n\n"
        "Comment with the one question you wish you had asked.\n\n"
        "#Internship #Students"),
    row({"theme": "Leadership", "tone": "Reflective",
         "audience": "new managers", "cta": "Tell me what you wish someone had told you"},
        "A year into managing people, I think leadership is mostly about what you stop doing.\n\n"
        "I stopped rewriting my team's emails. I stopped being the first to speak in planning meetings. I "
        "stopped measuring my week by how many problems I solved personally. New managers, the habits "
        "that made you a great individual contributor can quietly hold your team back.\n\n"
        "Tell me what you wish someone had told you.\n\n"
        "#Leadership #NewManagers"),
    row({"theme": "Networking", "tone": "Honest",
         "audience": "career changers", "cta": "Connect with me if you are switching fields too"},
        "I used to hate networking because it felt like asking strangers for favours.\n\n"
        "Then a former colleague reframed it for me: ask people about their work, share what you are "
        "learning, and ask for nothing else. I did that with fifteen people while moving from teaching "
        "into data analysis. Four of them sent me job leads without being asked. Career changers, your "
        "old field is not a weakness in those chats; it is the most interesting part of your story.\n\n"
        "Connect with me if you are switching fields too.\n\n"
        "#Networking #CareerChange"),
    row({"theme": "Job Search", "tone": "Encouraging",
         "audience": "job seekers", "cta": "Keep going and share your small wins below"},
        "Application number 87 was the one that finally got me an offer.\n\n"
        "The first eighty-six were not wasted. Each rejection pushed me to rewrite my summary, cut jargon "
        "and name actual results. By the end, my resume was half the length and twice as clear. Job "
        "seekers, track what changes between versions so every no teaches you something. Your yes might "
        "be one application away!\n\n"
        "Keep going and share your small wins below!\n\n"
        "#JobSearch #Hiring"),
    row({"theme": "Salary Negotiation", "tone": "Confident",
         "audience": "women in tech", "cta": "Save this before your next offer call"},
        "Salary negotiation is a skill, and you can practise it like any other.\n\n"
        "On my last offer, I asked for 15 percent more than the first number and got 11. The script was "
        "simple: thank them, state the figure, then stay quiet. Women in tech are often told to be "
        "grateful for an offer, but you can be grateful and still ask. The worst realistic answer is no, "
        "and offers rarely disappear because someone negotiated politely.\n\n"
        "Save this before your next offer call.\n\n"
        "#SalaryNegotiation #WomenInTech"),
    row({"theme": "Technical Debt", "tone": "Urgent",
         "audience": "engineering leaders", "cta": "Book a debt review with your team this month"},
        "If your team is afraid to touch a file, technical debt is already costing you money.\n\n"
        "Last quarter we spent three weeks on a change that should have taken two days, because nobody "
        "understood the billing module. That is three weeks of roadmap gone. Engineering leaders, reserve "
        "a fixed share of every sprint for cleanup before a crisis forces a rewrite. Waiting only makes "
        "the bill bigger.\n\n"
        "Book a debt review with your team this month.\n\n"
        "#TechnicalDebt #SoftwareEngineering"),
    row({"theme": "Design Systems", "tone": "Optimistic",
         "audience": "UX Designers", "cta": "Follow along as we open-source our components"},
        "Design systems have a reputation for being slow, but ours just paid for itself.\n\n"
        "A year ago every product team had its own buttons, forms and shades of blue. Now they pull from "
        "one library, and a new screen takes hours instead of days. Accessibility fixes made once reach "
        "every product at the same time. UX designers, start with the ten components you rebuild most "
        "often and grow from there.\n\n"
        "Follow along as we open-source our components.\n\n"
        "#DesignSystems #UXDesign"),
    row({"theme": "Incident Postmortems", "tone": "Professional",
         "audience": "SRE teams", "cta": "Read our public postmortem template"},
        "Our checkout went down for 47 minutes on Black Friday. Here is what the postmortem taught us.\n\n"
        "The root cause was a config change that skipped review because it looked trivial. Alerts fired "
        "within two minutes, but nobody knew who owned the service. Writing the timeline without naming "
        "individuals made people far more willing to share details. SRE teams, assign a clear owner to "
        "every service before you need one in the middle of the night.\n\n"
        "Read our public postmortem template.\n\n"
        "#IncidentPostmortems #SRE #DevOps"),
    row({"theme": "Sales Prospecting", "tone": "Candid",
         "audience": "SDRs", "cta": "Share your best opening line in the comments"},
        "I sent 1,200 cold emails last quarter and booked nine meetings. That is not a brag.\n\n"
        "The nine had something in common: each email mentioned a specific problem I had read about in "
        "the prospect's own earnings call or blog. The generic ones went nowhere. SDRs, ten researched "
        "messages will beat a hundred templated ones almost every time. I am rewriting my whole sequence "
        "this month.\n\n"
        "Share your best opening line in the comments.\n\n"
        "#SalesProspecting #Sales"),
    row({"theme": "Customer Churn", "tone": "Analytical",
         "audience": "SaaS founders", "cta": "DM me if you want our churn survey questions"},
        "We analysed every cancelled account from the last twelve months to understand customer churn.\n\n"
        "Sixty percent of churned customers never invited a second user. Most of the rest left within two "
        "weeks of a price increase email that explained nothing. Only a small fraction mentioned a "
        "competitor. SaaS founders, look at activation before you look at features, because people rarely "
        "leave a product they have properly started using.\n\n"
        "DM me if you want our churn survey questions.\n\n"
        "#CustomerChurn #SaaS #Retention"),
    row({"theme": "Employer Branding", "tone": "Playful",
         "audience": "recruiters", "cta": "Show me your favourite careers page"},
        "Our old careers page said we were \"passionate innovators disrupting the space\". So was everybody "
        "else's.\n\n"
        "We replaced it with photos of our actual office, including the broken coffee machine, and short "
        "videos of engineers describing their week. Applications went up, and candidates arrived knowing "
        "what the job involved. Recruiters, in employer branding honest beats polished, and a little "
        "humour does not hurt either.\n\n"
        "Show me your favourite careers page.\n\n"
        "#EmployerBranding #Recruiting"),
    row({"theme": "Performance Reviews", "tone": "Thoughtful",
         "audience": "team leads", "cta": "Tell me how your company runs reviews"},
        "Nobody should hear something for the first time in their performance review.\n\n"
        "When I started managing, I saved up feedback for the annual cycle, thinking it would be fairer. "
        "It was the opposite. People felt ambushed by examples from eight months earlier. Team leads, "
        "share small observations every week, and the review becomes a summary rather than a surprise.\n\n"
        "Tell me how your company runs reviews.\n\n"
        "#PerformanceReviews #Management"),
    row({"theme": "Meeting Culture", "tone": "Bold",
         "audience": "executives", "cta": "Cancel one recurring meeting today and report back"},
        "We deleted every recurring meeting at our company for two weeks. Nothing broke.\n\n"
        "Some meetings came back, but only after someone wrote down which decision they existed to make. "
        "Our calendars gained roughly six free hours per person per week. Status updates moved into a "
        "shared doc that people actually read. Executives, your calendar is the clearest signal of what "
        "you value, and your team copies it.\n\n"
        "Cancel one recurring meeting today and report back.\n\n"
        "#MeetingCulture #Productivity"),
    row({"theme": "Managing Former Peers", "tone": "Encouraging",
         "audience": "Newly Promoted Managers", "cta": "Follow me for weekly notes on managing people"},
        "Managing the people who used to be your lunch crew is awkward, and that is normal.\n\n"
        "Three months ago I became the manager of five former peers. I told them on day one that I would "
        "get things wrong and asked how they wanted to receive feedback. One of them still teases me "
        "about my first one-to-one agenda. Newly promoted managers, name the awkwardness openly and it "
        "loses most of its power. You have got this!\n\n"
        "Follow me for weekly notes on managing people!\n\n"
        "#ManagingFormerPeers #Leadership"),
    row({"theme": "Side Projects", "tone": "Excited",
         "audience": "developers", "cta": "Try the beta and tell me what breaks"},
        "My weekend side project just crossed 1,000 users, and I still cannot quite believe it!\n\n"
        "It started as a tiny tool to split grocery bills with my flatmates. I built it in the evenings "
        "over two months, mostly on the train. Someone posted it on a forum, and sign-ups arrived from "
        "eleven countries overnight. Developers, ship the scrappy version and let real people tell you "
        "what matters!\n\n"
        "Try the beta and tell me what breaks!\n\n"
        "#SideProjects #IndieHackers"),
    row({"theme": "Open Source Maintenance", "tone": "Honest",
         "audience": "companies using open source", "cta": "Sponsor one maintainer this month"},
        "I maintain a library with two million weekly downloads, and I do it on Sunday evenings for free.\n\n"
        "Most issues are polite. Some demand a fix by Monday from companies that have never contributed a "
        "line. Last year a single security report took me forty unpaid hours. Companies using open "
        "source, check which packages your product depends on and fund the people behind them.\n\n"
        "Sponsor one maintainer this month.\n\n"
        "#OpenSourceMaintenance #OpenSource"),
    row({"theme": "Data Literacy", "tone": "Inspirational",
         "audience": "non-technical teams", "cta": "Start with one question your data can answer"},
        "You do not need to write code to make better decisions with data.\n\n"
        "Our sales team learned to read one simple dashboard, and within a quarter they were spotting "
        "accounts at risk before anyone in analytics did. The skill was not technical; it was asking what "
        "changed and why. Non-technical teams already know the business better than any model does, and "
        "data only sharpens that knowledge. Start small and keep asking!\n\n"
        "Start with one question your data can answer!\n\n"
        "#DataLiteracy #Analytics"),
    row({"theme": "Brand Storytelling", "tone": "Conversational",
         "audience": "Marketers", "cta": "Tell me a brand story you still remember"},
        "Quick question: which ad do you still remember from last year, and why?\n\n"
        "I asked our marketing team this and nobody named a product feature. They remembered a "
        "grandfather learning to video call, a dog waiting by a door and a baker opening up before "
        "sunrise. Marketers, that is brand storytelling at work: people remember characters and tension "
        "long after they forget the specs. Give your customer the role of the hero.\n\n"
        "Tell me a brand story you still remember.\n\n"
        "#BrandStorytelling #Marketing"),
    row({"theme": "Career Change", "tone": "Hopeful",
         "audience": "mid-career professionals", "cta": "Ask me anything about switching careers at 40"},
        "At 40, I left a stable job in banking to retrain as a landscape architect.\n\n"
        "My family thought it was a crisis. It was actually the most planned decision of my life: two "
        "years of evening classes, a savings buffer and a dozen conversations with people already in the "
        "field. My first year's salary was lower, but Monday mornings feel completely different. "
        "Mid-career professionals, the skills you already have travel further than you think.\n\n"
        "Ask me anything about switching careers at 40.\n\n"
        "#CareerChange #Reinvention"),
    row({"theme": "Tax Season", "tone": "Witty",
         "audience": "accountants", "cta": "Tell me your tax season survival snack"},
        "Tax season update: I have now had more conversations with the office printer than with my "
        "family.\n\n"
        "Every year clients promise to send receipts in January, and every year a shoebox arrives in "
        "April. This year we tried a simple upload portal with weekly reminders, and the shoebox count "
        "fell from thirty to six. Accountants, automate the chasing so you can save your energy for the "
        "actual numbers. The printer and I are still not on speaking terms.\n\n"
        "Tell me your tax season survival snack.\n\n"
        "#TaxSeason #Accounting"),
    row({"theme": "Budgeting on a First Salary", "tone": "Practical",
         "audience": "Graduates starting their first job", "cta": "Save this for your first payday"},
        "Your first salary will feel huge for about two weeks.\n\n"
        "When I got my first paycheque, I spent a third of it before rent was due. What fixed it was "
        "boring: an automatic transfer to savings on payday, a separate account for bills and one fixed "
        "amount for fun. Graduates starting their first job, decide where the money goes before it "
        "arrives, not after. Future you will be very grateful.\n\n"
        "Save this for your first payday.\n\n"
        "#BudgetingOnAFirstSalary #PersonalFinance"),
    row({"theme": "Clinical Trials", "tone": "Professional",
         "audience": "research coordinators", "cta": "Read our recruitment guide linked in the comments"},
        "Recruitment delays affect most clinical trials, and our latest study was no exception.\n\n"
        "We missed our enrolment target by four months before we changed our approach. Moving screening "
        "visits to evenings and Saturdays doubled the number of eligible participants. Plain-language "
        "consent forms cut drop-outs in the first month. Research coordinators, ask participants what "
        "made joining hard, because their answers rarely match our assumptions.\n\n"
        "Read our recruitment guide linked in the comments.\n\n"
        "#ClinicalTrials #ClinicalResearch"),
    row({"theme": "Running a Dental Practice", "tone": "Reflective",
         "audience": "dentists", "cta": "Share what you wish dental school had taught you"},
        "When I bought my dental practice seven years ago, I knew teeth and almost nothing about running "
        "a business.\n\n"
        "Payroll, equipment leases and staff rotas took more of my week than patients did. The turning "
        "point was hiring a practice manager and trusting her with the numbers. Dentists thinking about "
        "ownership, budget for the management side as seriously as you budget for the chair. I would "
        "still make the same choice, just with better spreadsheets.\n\n"
        "Share what you wish dental school had taught you.\n\n"
        "#RunningADentalPractice #Dentistry"),
    row({"theme": "Physical Therapy", "tone": "Encouraging",
         "audience": "patients recovering from injury", "cta": "Book your first assessment with our clinic"},
        "Recovery from an injury is rarely a straight line, and that is not a sign of failure.\n\n"
        "Last month one of our patients walked up the stairs to our clinic without a cane, six months "
        "after a knee reconstruction. Her progress stalled twice along the way. Both times, a small "
        "change to her home exercises got her moving again. Patients recovering from injury, celebrate "
        "the small gains and tell your therapist when something feels off. You are further along than you "
        "think!\n\n"
        "Book your first assessment with our clinic!\n\n"
        "#PhysicalTherapy #Rehabilitation"),
    row({"theme": "Medical Residency", "tone": "Humble",
         "audience": "medical students", "cta": "Send me your questions about residency interviews"},
        "Two years into residency, I still double-check every dose I write, and I hope I never stop.\n\n"
        "On my first night on call I paged my senior six times in one hour. She answered every page "
        "without a sigh. The doctors I admire most are the ones who say \"I don't know, let me find out\" "
        "without embarrassment. Medical students, asking for help early is part of good medicine, not a "
        "weakness. I am learning something new on every shift.\n\n"
        "Send me your questions about residency interviews.\n\n"
        "#MedicalResidency #MedEd"),
    row({"theme": "Teaching High School Chemistry", "tone": "Proud",
         "audience": "science teachers", "cta": "Tell me about a lesson your students loved"},
        "Proud teacher moment: all 28 of my chemistry students passed their final practical this year.\n\n"
        "Three years ago, half of the class dreaded lab days. We replaced the worksheet experiments with "
        "small investigations the students designed themselves, like testing which local water source was "
        "the hardest. Suddenly they argued about results instead of copying them. Science teachers, give "
        "students a question they actually care about and watch what happens.\n\n"
        "Tell me about a lesson your students loved.\n\n"
        "#TeachingHighSchoolChemistry #ScienceEducation"),
    row({"theme": "Special Education", "tone": "Warm",
         "audience": "Parents", "cta": "Reach out if you need someone to talk to"},
        "Every child in my special education classroom learns differently, and every one of them learns.\n\n"
        "This week a boy who barely spoke during his first term read a full sentence aloud to the class. "
        "His classmates clapped before I could. Moments like that happen because families and teachers "
        "keep showing up for each other. Parents, you know your child best, so please share what works at "
        "home, even the small things.\n\n"
        "Reach out if you need someone to talk to.\n\n"
        "#SpecialEducation #InclusiveEducation"),
    row({"theme": "University Admissions", "tone": "Practical",
         "audience": "high school seniors", "cta": "Bookmark this for application season"},
        "I have read about 3,000 admissions essays. The strong ones share a pattern.\n\n"
        "They describe one small moment in detail instead of summarising an entire life. They sound like "
        "a seventeen-year-old, not a thesaurus. They show how the writer changed their mind about "
        "something. High school seniors, write the first draft quickly, then cut every sentence that "
        "could appear in anyone else's essay.\n\n"
        "Bookmark this for application season.\n\n"
        "#UniversityAdmissions #CollegeEssays"),
    row({"theme": "Research Grants", "tone": "Candid",
         "audience": "early-career researchers", "cta": "Share your grant writing tips below"},
        "My first three grant applications were rejected. The fourth was funded, and the science had "
        "barely changed.\n\n"
        "What changed was the writing. I put the problem in the first sentence, cut the methods jargon "
        "and asked a colleague from another field to read it cold. Reviewers are tired people reading "
        "forty proposals in a week. Early-career researchers, make your aims understandable in two "
        "minutes, and get feedback before the deadline, not after the rejection.\n\n"
        "Share your grant writing tips below.\n\n"
        "#ResearchGrants #Academia"),
    row({"theme": "Leaving Academia", "tone": "Reflective",
         "audience": "PhD students", "cta": "Message me if you are weighing the same decision"},
        "A year ago I left a postdoc for a job as a data scientist at a logistics firm.\n\n"
        "I expected to miss research. Instead I found that my old skills (designing experiments, reading "
        "papers fast, explaining uncertainty) were exactly what my new team lacked. What I do miss is the "
        "freedom to chase a question for months. PhD students, an industry job is not a failed academic "
        "career; it is a different way to use the same training.\n\n"
        "Message me if you are weighing the same decision.\n\n"
        "#LeavingAcademia #PhDLife"),
    row({"theme": "Local Journalism", "tone": "Urgent",
         "audience": "local readers", "cta": "Subscribe to a local newspaper this week"},
        "Our town lost its only newspaper in 2019. Within two years, nobody was covering council "
        "meetings.\n\n"
        "Since then, a water rate increase passed with no public debate, and a school board seat went "
        "uncontested. A group of us now runs a small nonprofit newsroom with three reporters. Local "
        "readers, if you want someone watching how your money is spent, someone has to pay for that "
        "watching.\n\n"
        "Subscribe to a local newspaper this week.\n\n"
        "#LocalJournalism #LocalNews"),
    row({"theme": "Podcasting", "tone": "Excited",
         "audience": "content creators", "cta": "Listen to episode 100 through the link in my profile"},
        "Episode 100 of our podcast is out today!\n\n"
        "We recorded the first episode in a wardrobe, surrounded by winter coats for soundproofing. Four "
        "years later we have guests from six industries and a listener community that sends us better "
        "questions than we could write. Content creators, consistency beat production quality for us "
        "every single time. Thank you for listening!\n\n"
        "Listen to episode 100 through the link in my profile!\n\n"
        "#Podcasting #ContentCreation"),
    row({"theme": "Wedding Photography", "tone": "Witty",
         "audience": "creative professionals", "cta": "Tell me the strangest request a client ever made"},
        "Wedding photography lesson number one: the groom's uncle with the new camera will always stand "
        "exactly where you need to be.\n\n"
        "After eight seasons, I have learned to scout every venue, carry three batteries per camera and "
        "befriend the caterers. The best shots rarely happen during the planned moments. Creative "
        "professionals, protect your rates, because clients pay for the calm you bring as much as for the "
        "pictures. Also, pack snacks.\n\n"
        "Tell me the strangest request a client ever made.\n\n"
        "#WeddingPhotography #SmallBusiness"),
    row({"theme": "UX Writing", "tone": "Curious",
         "audience": "product teams", "cta": "Comment with the error message that annoys you most"},
        "Have you ever read an error message that made you feel stupid?\n\n"
        "We tested our app's error messages with twelve users last month. \"Invalid input\" confused "
        "everyone, while \"Your card number is one digit short\" fixed the problem in seconds. A few small "
        "words changed how people felt about the whole product. Product teams, ask who writes your error "
        "messages, because UX writing is often left to nobody in particular.\n\n"
        "Comment with the error message that annoys you most.\n\n"
        "#UXWriting #ProductDesign"),
    row({"theme": "Technical Writing", "tone": "Grateful",
         "audience": "documentation writers", "cta": "Thank a writer whose docs saved your day"},
        "Thank you to every technical writer whose docs got me through a deploy at midnight.\n\n"
        "Good documentation is invisible when it works. Last week our API guide cut onboarding for a new "
        "partner from three weeks to four days, and nobody noticed except the writer who rewrote it. "
        "Documentation writers, your work keeps teams moving long after the launch party. I see you.\n\n"
        "Thank a writer whose docs saved your day.\n\n"
        "#TechnicalWriting #Documentation"),
    row({"theme": "School Design", "tone": "Proud",
         "audience": "architects", "cta": "See the project photos in the comments"},
        "Our new primary school opened this week, and the children went straight for the reading nooks "
        "under the stairs.\n\n"
        "We spent months with teachers before drawing a single line. They asked for daylight in every "
        "classroom, quiet corners and corridors wide enough for a class to stop and talk. The building "
        "uses 60 percent less energy than the one it replaced. Architects, the people who will use a "
        "space are the best brief you will ever get.\n\n"
        "See the project photos in the comments.\n\n"
        "#SchoolDesign #Architecture"),
    row({"theme": "Home Solar", "tone": "Optimistic",
         "audience": "homeowners", "cta": "Request a free roof assessment"},
        "Home solar is cheaper now than it has ever been, and the numbers keep improving.\n\n"
        "The system we installed for a family of four last spring covered 80 percent of their electricity "
        "in its first year. At current prices, payback is closer to seven years than fifteen. Batteries "
        "are getting smaller and more affordable too. Homeowners, get three quotes and ask each installer "
        "for real production data from nearby roofs.\n\n"
        "Request a free roof assessment.\n\n"
        "#HomeSolar #RenewableEnergy"),
    row({"theme": "Water Conservation", "tone": "Urgent",
         "audience": "facility managers", "cta": "Check your water meter tonight and compare it tomorrow morning"},
        "Our main campus was losing 9,000 litres of water a day, and nobody knew.\n\n"
        "A single leaking pipe under a car park caused most of it. We found it only because a night-time "
        "meter reading did not drop to zero. Drought restrictions start next month in our region. "
        "Facility managers, read your meters when the building is empty; if the number moves, you have a "
        "leak.\n\n"
        "Check your water meter tonight and compare it tomorrow morning.\n\n"
        "#WaterConservation #FacilitiesManagement"),
    row({"theme": "Carbon Accounting", "tone": "Analytical",
         "audience": "sustainability managers", "cta": "Ask me how we handled supplier data"},
        "We measured our company's carbon footprint for the first time, and 86 percent of it came from "
        "outside our walls.\n\n"
        "Our offices and vehicles were a small slice. Purchased goods, shipping and business travel made "
        "up almost everything else. Spend-based estimates got us started, but the numbers changed by a "
        "third once suppliers shared real data. Sustainability managers, build supplier relationships "
        "early, because the footprint you cannot see is usually the largest.\n\n"
        "Ask me how we handled supplier data.\n\n"
        "#CarbonAccounting #Sustainability"),
    row({"theme": "Return to Office", "tone": "Candid",
         "audience": "HR leaders", "cta": "Tell me what your office policy looks like"},
        "We asked everyone back to the office four days a week. Two months later, we reversed it.\n\n"
        "Attendance was high, but our best engineers started interviewing elsewhere. People commuted an "
        "hour to sit on video calls with colleagues in other cities. We now ask teams to pick two shared "
        "days that make sense for their work. HR leaders, ask what the office is for before you decide "
        "how often people must be in it.\n\n"
        "Tell me what your office policy looks like.\n\n"
        "#ReturnToOffice #HybridWork"),
    row({"theme": "Inclusive Hiring", "tone": "Professional",
         "audience": "talent acquisition teams", "cta": "Download our structured interview guide"},
        "Three changes that made our hiring process fairer without making it slower.\n\n"
        "We removed degree requirements from roles that did not need them. Every candidate now answers "
        "the same questions, scored against a written rubric. Interview panels include at least one "
        "person from outside the hiring team. Talent acquisition teams, structured interviews predict "
        "performance better than gut feel, and they are easier to defend.\n\n"
        "Download our structured interview guide.\n\n"
        "#InclusiveHiring #TalentAcquisition"),
    row({"theme": "Neurodiversity at Work", "tone": "Empathetic",
         "audience": "managers", "cta": "Share one adjustment that helped you at work"},
        "For years I thought I was bad at meetings. It turned out I was bad at meetings with no agenda.\n\n"
        "I was diagnosed with ADHD at 34. Small changes made an enormous difference: agendas sent the day "
        "before, written follow-ups and permission to wear headphones in the open office. None of them "
        "cost my employer anything. Managers, neurodiversity at work starts with asking each person how "
        "they work best and believing what they tell you.\n\n"
        "Share one adjustment that helped you at work.\n\n"
        "#NeurodiversityAtWork #Inclusion"),
    row({"theme": "Pay Transparency", "tone": "Bold",
         "audience": "business owners", "cta": "Tell me why you would or would not publish salaries"},
        "We publish every salary at our company, including mine.\n\n"
        "The first month was uncomfortable. Two people asked why they earned less than a colleague, and "
        "in one case we had no good answer, so we fixed it. Since then, salary conversations take ten "
        "minutes and nobody wonders whether they are being played. Business owners, if you cannot explain "
        "a pay gap out loud, it probably should not exist.\n\n"
        "Tell me why you would or would not publish salaries.\n\n"
        "#PayTransparency #FairPay"),
    row({"theme": "Exit Interviews", "tone": "Thoughtful",
         "audience": "HR business partners", "cta": "Comment with the exit question you find most useful"},
        "The most useful exit interview I ever ran lasted nine minutes.\n\n"
        "I asked one question: \"What would have made you stay another year?\" The answer was not money. It "
        "was a manager who had cancelled every one-to-one for three months. We had heard similar stories "
        "before but never connected them. HR business partners, look for patterns across exit interviews, "
        "because one answer is an anecdote and five is a warning.\n\n"
        "Comment with the exit question you find most useful.\n\n"
        "#ExitInterviews #EmployeeRetention"),
    row({"theme": "Internal Mobility", "tone": "Optimistic",
         "audience": "employees thinking about a change", "cta": "Check our internal jobs board this week"},
        "Your next job might already be inside your company.\n\n"
        "Last year 40 percent of our open roles were filled through internal mobility, by people moving "
        "between teams. A support agent became a product analyst. An accountant joined our data team "
        "after a six-month rotation. Employees thinking about a change, talk to the team you are curious "
        "about before a role even opens. Most managers love meeting people who already know the business.\n\n"
        "Check our internal jobs board this week.\n\n"
        "#InternalMobility #CareerGrowth"),
    row({"theme": "Cloud Costs", "tone": "Data-driven",
         "audience": "DevOps engineers", "cta": "Ask me for the script we use to find idle resources"},
        "We cut our monthly cloud bill from 84,000 to 51,000 dollars in one quarter.\n\n"
        "Almost a third of the savings came from test environments that ran all weekend. Another big "
        "chunk came from oversized databases using under 10 percent of their capacity. Reserved instances "
        "covered the rest. DevOps engineers, tag every resource with an owner, because nobody turns off a "
        "server they do not know they own.\n\n"
        "Ask me for the script we use to find idle resources.\n\n"
        "#CloudCosts #DevOps #FinOps"),
    row({"theme": "On-Call Rotations", "tone": "Candid",
         "audience": "backend engineers", "cta": "Tell me how your team handles on-call"},
        "I was paged 23 times during my last on-call week. Nineteen of those alerts needed no action.\n\n"
        "Noisy alerts do more than ruin sleep. After a few false alarms, people start ignoring the real "
        "ones. We now review every page on Friday and delete or fix any alert that did not require a "
        "human. Backend engineers, an alert should mean someone must act now; everything else belongs on "
        "a dashboard.\n\n"
        "Tell me how your team handles on-call.\n\n"
        "#OnCallRotations #SRE"),
    row({"theme": "Machine Learning in Production", "tone": "Professional",
         "audience": "data scientists", "cta": "Read the full write-up on our engineering blog"},
        "Our fraud model scored 94 percent accuracy in testing. In production it quietly dropped to 81.\n\n"
        "The cause was data drift: customer behaviour changed after a holiday promotion, and nothing "
        "alerted us for six weeks. We now monitor input distributions daily and retrain monthly. Data "
        "scientists, the notebook is maybe a fifth of the work, and the rest is keeping the model honest "
        "once it meets real traffic.\n\n"
        "Read the full write-up on our engineering blog.\n\n"
        "#MachineLearningInProduction #MLOps"),
    row({"theme": "Shutting Down a Startup", "tone": "Reflective",
         "audience": "founders", "cta": "Reach out if you are going through the same thing"},
        "Last Friday we shut down the company I spent four years building.\n\n"
        "We had good customers, but not enough of them, and the next round was not coming. The hardest "
        "part was telling our eleven employees, all of whom had turned down safer jobs. Every one of them "
        "now has an offer. Founders, decide in advance which numbers would make you stop, while you can "
        "still think clearly.\n\n"
        "Reach out if you are going through the same thing.\n\n"
        "#ShuttingDownAStartup #Startups"),
    row({"theme": "Ten-Year Work Anniversary", "tone": "Grateful",
         "audience": "coworkers", "cta": "Share your favourite memory from our time together"},
        "Ten years at the same hospital lab today, and I have a lot of people to thank.\n\n"
        "I started by labelling samples on the late shift. Since then we have moved buildings twice, "
        "survived a pandemic and trained more than forty new technicians together. My coworkers turned a "
        "job into a place I look forward to every morning. Thank you for the coffee, the patience and the "
        "terrible jokes.\n\n"
        "Share your favourite memory from our time together.\n\n"
        "#TenYearWorkAnniversary #LabLife"),
    row({"theme": "Chatbots in Customer Service", "tone": "Visionary",
         "audience": "customer experience leaders", "cta": "Join our roundtable on June 20"},
        "Within five years, the best customer service will feel less automated, not more, even as "
        "chatbots take on most of the work.\n\n"
        "Bots already resolve password resets and delivery questions faster than any queue. The real "
        "shift is what happens to the human agents they free up. In our pilot, agents spent that time on "
        "complex cases and satisfaction scores rose by 14 points. Customer experience leaders, design the "
        "handoff from bot to person first, because that moment decides whether customers trust you.\n\n"
        "Join our roundtable on June 20.\n\n"
        "#ChatbotsInCustomerService #CustomerExperience #AI"),
    row({"theme": "Electric Delivery Fleets", "tone": "Visionary",
         "audience": "fleet managers", "cta": "Download our fleet electrification checklist"},
        "The delivery van of 2030 will be electric, quiet and charged overnight in the depot. Most fleets "
        "are closer to that than they realise.\n\n"
        "We tracked 120 of our vans for a year and found that 90 percent of daily routes were under 150 "
        "kilometres. Fuel and maintenance costs on the electric vans ran 40 percent lower. Fleet "
        "managers, start with your shortest, most predictable routes and let the data choose the next "
        "ones.\n\n"
        "Download our fleet electrification checklist.\n\n"
        "#ElectricDeliveryFleets #Fleet #EVs"),
    row({"theme": "Hiring for Potential", "tone": "Inspirational",
         "audience": "Hiring Managers", "cta": "Share a hire who proved everyone wrong"},
        "The best hire I ever made had no degree, no relevant experience and the sharpest questions of "
        "any candidate that year.\n\n"
        "She had managed a busy restaurant for six years, which meant she could handle pressure, staff "
        "rotas and angry customers before lunch. Two years later she runs our customer operations team. "
        "Hiring managers, look past the keywords on a resume and ask what problems a person has already "
        "solved. Potential is everywhere once you look for it!\n\n"
        "Share a hire who proved everyone wrong!\n\n"
        "#HiringForPotential #Hiring"),
    row({"theme": "Quarterly OKRs", "tone": "Practical",
         "audience": "startup teams", "cta": "Tell me how many objectives your team sets"},
        "We set eleven OKRs last quarter and hit two. This quarter we set three.\n\n"
        "Too many goals meant every team was busy and nothing moved. Now each objective has one owner, no "
        "more than three key results and a short weekly check-in. Anything that does not fit waits for "
        "next quarter. Startup teams, if everything is a priority, your calendar will decide for you.\n\n"
        "Tell me how many objectives your team sets.\n\n"
        "#QuarterlyOKRs #Strategy"),
    row({"theme": "Product Discovery", "tone": "Curious",
         "audience": "Founders", "cta": "Reply with the best question you ask customers"},
        "What if the feature your biggest customer keeps requesting is not the thing they need?\n\n"
        "A logistics client asked us for a custom report every month for a year. When we finally watched "
        "them use the product, we saw they exported the report to answer one question: which trucks would "
        "arrive late. A single alert solved it. Founders, ask customers to show you their workaround, "
        "because the request is only a guess at the solution.\n\n"
        "Reply with the best question you ask customers.\n\n"
        "#ProductDiscovery #ProductManagement"),
    row({"theme": "User Research", "tone": "Humble",
         "audience": "Engineers", "cta": "Sit in on one user interview this month"},
        "I have been a backend engineer for twelve years, and last month I watched my first user "
        "interview.\n\n"
        "It was humbling. A feature I was proud of took the user four tries to find, and she blamed "
        "herself each time. I had assumed the problem was speed, but it was a label. Engineers, an hour "
        "watching real users will change how you prioritise your next sprint more than any spec. I still "
        "have a lot to learn here.\n\n"
        "Sit in on one user interview this month.\n\n"
        "#UserResearch #UX"),
    row({"theme": "A/B Testing", "tone": "Candid",
         "audience": "growth marketers", "cta": "Share a test result that surprised you"},
        "Our biggest A/B test win last year was a mistake.\n\n"
        "A developer shipped the wrong button colour to half our visitors, and sign-ups in that group "
        "went up 6 percent. We spent weeks trying to explain it. The honest answer was that we did not "
        "know, and the effect faded after a month. Growth marketers, run tests long enough to catch "
        "novelty effects, and be suspicious of results that seem too good.\n\n"
        "Share a test result that surprised you.\n\n"
        "#ABTesting #GrowthMarketing"),
    row({"theme": "Free Trials", "tone": "Analytical",
         "audience": "product-led growth teams", "cta": "Ask me for the cohort breakdown"},
        "We shortened our free trial from 30 days to 14 and conversions went up. Here is why.\n\n"
        "In the 30-day version, most people signed up, poked around once and forgot about us. The shorter "
        "window created a reason to explore in the first week. Trial users who connected their own data "
        "within three days converted at four times the average rate. Product-led growth teams, measure "
        "time to first value rather than trial length.\n\n"
        "Ask me for the cohort breakdown.\n\n"
        "#FreeTrials #ProductLedGrowth"),
    row({"theme": "Customer Onboarding", "tone": "Professional",
         "audience": "customer success managers", "cta": "Download our onboarding scorecard"},
        "Customers decide in the first 30 days whether they will renew, even if the contract runs for a "
        "year.\n\n"
        "We reviewed two years of accounts and found that clients who had a kickoff call within a week "
        "renewed at 92 percent. Clients left to onboard themselves renewed at 71 percent. The difference "
        "was not product knowledge; it was an early, named contact. Customer success managers, book that "
        "first call before the invoice is even paid.\n\n"
        "Download our onboarding scorecard.\n\n"
        "#CustomerOnboarding #CustomerSuccess"),
    row({"theme": "Lean Manufacturing", "tone": "Proud",
         "audience": "plant managers", "cta": "Visit our plant during open day on May 9"},
        "Proud of our assembly team: changeover time on line 3 dropped from 45 minutes to 12 this year.\n\n"
        "No new machines were involved, only basic lean manufacturing tools. Operators filmed their own "
        "changeovers, spotted the wasted steps and redesigned the tool carts themselves. The ideas that "
        "stuck were the ones the floor came up with. Plant managers, give your operators the stopwatch "
        "and the authority to change what they find.\n\n"
        "Visit our plant during open day on May 9.\n\n"
        "#LeanManufacturing #Manufacturing #ContinuousImprovement"),
    row({"theme": "Quality Control", "tone": "Humble",
         "audience": "quality engineers", "cta": "Tell me about a defect that taught you something"},
        "A customer found a defect that our quality checks missed for three months, and it was my process "
        "that let it through.\n\n"
        "We sampled one part in fifty, but the fault only appeared when a specific mould heated up in the "
        "afternoon. Nobody had thought to check by time of day. I have rewritten the sampling plan with "
        "the operators who first noticed the pattern. Quality engineers, talk to the people running the "
        "machines before you trust the statistics alone.\n\n"
        "Tell me about a defect that taught you something.\n\n"
        "#QualityControl #QualityEngineering"),
    row({"theme": "Truck Driver Shortage", "tone": "Visionary",
         "audience": "logistics executives", "cta": "Read our full workforce report"},
        "The truck driver shortage will not be solved by autonomous trucks alone, and companies betting "
        "on that will fall behind.\n\n"
        "The average driver age in our network is 52. Younger drivers tell us they want predictable "
        "schedules and nights at home far more than higher pay. Regional hub-and-spoke routes can give "
        "them that. Logistics executives, redesign routes around people now, and automation will be a "
        "bonus instead of a rescue plan.\n\n"
        "Read our full workforce report.\n\n"
        "#TruckDriverShortage #Logistics #Trucking"),
    row({"theme": "Last-Mile Delivery", "tone": "Excited",
         "audience": "e-commerce brands", "cta": "Sign up for the pilot through our website"},
        "We just completed our first month of same-day cargo bike deliveries across the city centre!\n\n"
        "Riders handled 18,000 parcels, with an average delivery time of 94 minutes. Not one parcel was "
        "stuck in traffic. Local shops told us customers loved the quiet, friendly riders at the door. "
        "E-commerce brands, dense city routes are where bikes beat vans on both speed and cost. More "
        "neighbourhoods are coming soon!\n\n"
        "Sign up for the pilot through our website!\n\n"
        "#LastMileDelivery #Ecommerce"),
    row({"theme": "Online Returns", "tone": "Data-driven",
         "audience": "online retailers", "cta": "Ask me how we built the size guide"},
        "Returns cost us 19 percent of online revenue last year, so we dug into the data.\n\n"
        "Seventy percent of returned items were the wrong size, and most of those came from shoppers who "
        "ordered two sizes of the same item. After we added fit notes from real customers to every "
        "product page, size-related returns fell by a third. Online retailers, your return reasons are "
        "free product research.\n\n"
        "Ask me how we built the size guide.\n\n"
        "#OnlineReturns #Retail"),
    row({"theme": "Visual Merchandising", "tone": "Inspirational",
         "audience": "store teams", "cta": "Post a photo of your best window display"},
        "A great shop window can stop someone mid-conversation on a busy street.\n\n"
        "Last autumn our team built a window entirely from donated books, stacked into the shape of a "
        "tree. Foot traffic rose by a quarter that month, and three local schools asked to visit. It cost "
        "almost nothing except imagination and a long Sunday. Store teams, visual merchandising does not "
        "need a big budget to create something people remember. Dream a little bigger this season!\n\n"
        "Post a photo of your best window display!\n\n"
        "#VisualMerchandising #RetailDesign"),
    row({"theme": "First-Time Homebuyers", "tone": "Encouraging",
         "audience": "young couples", "cta": "Send me a message to get our free buyer's guide"},
        "Buying your first home can feel impossible until you break it into steps.\n\n"
        "Last month I handed keys to a couple who had been told for two years that they would never "
        "qualify. They cleared one small debt, saved for eighteen months and used a first-time buyer "
        "scheme most people never hear about. Young couples, get a mortgage adviser involved early, long "
        "before you start browsing listings. Your first front door may be closer than it looks!\n\n"
        "Send me a message to get our free buyer's guide!\n\n"
        "#FirstTimeHomebuyers #RealEstate"),
    row({"theme": "Property Management", "tone": "Candid",
         "audience": "landlords", "cta": "Tell me how you handle repair requests"},
        "I have managed rental properties for fifteen years, and most bad tenancies I have seen started "
        "with a slow repair.\n\n"
        "A dripping tap ignored for a month tells a tenant exactly how much you care. The landlords with "
        "the longest tenancies in our portfolio answer repair requests within 48 hours, even if the fix "
        "takes longer. They also raise rents modestly every year instead of sharply every five. "
        "Landlords, cheap repairs now are far cheaper than an empty flat later.\n\n"
        "Tell me how you handle repair requests.\n\n"
        "#PropertyManagement #Landlords"),
    row({"theme": "Retirement Planning", "tone": "Practical",
         "audience": "people in their thirties", "cta": "Check your pension contribution today"},
        "Retirement planning in your thirties is mostly about one boring decision made early.\n\n"
        "A colleague and I started at the same firm on the same salary. She raised her pension "
        "contribution by 3 percent at 31, and I waited until 38. On current projections, that seven-year "
        "gap is worth more than a full year of my salary. People in their thirties, small increases now "
        "do more than heroic saving later.\n\n"
        "Check your pension contribution today.\n\n"
        "#RetirementPlanning #PersonalFinance"),
    row({"theme": "Insurance Claims", "tone": "Empathetic",
         "audience": "claims adjusters", "cta": "Share how your team supports customers after a loss"},
        "People rarely call their insurer on a good day.\n\n"
        "When a family lost their kitchen to a fire last winter, the first thing the mother asked me was "
        "whether the children's drawings on the fridge could be saved. The policy questions came later. "
        "We found the drawings, slightly singed, in a drawer. Claims adjusters, slow down for the first "
        "five minutes of every call; those minutes decide how people remember the whole claim.\n\n"
        "Share how your team supports customers after a loss.\n\n"
        "#InsuranceClaims #Insurance #CustomerCare"),
    row({"theme": "Anti-Money Laundering", "tone": "Professional",
         "audience": "fintech founders", "cta": "Book a compliance review with our team"},
        "Regulators will not accept \"we are a startup\" as an excuse for weak anti-money laundering "
        "controls.\n\n"
        "Over the past year we have seen three payment startups lose banking partners after failed "
        "audits. Each one had documented policies but could not show that anyone followed them. "
        "Transaction monitoring tuned to real customer behaviour, plus clear escalation records, solved "
        "most of what the auditors asked for. Fintech founders, build compliance into the product before "
        "your first bank partner asks for it.\n\n"
        "Book a compliance review with our team.\n\n"
        "#AntiMoneyLaundering #Fintech #Compliance"),
    row({"theme": "Angel Investing", "tone": "Humble",
         "audience": "new angel investors", "cta": "Tell me what you look for in a first meeting"},
        "I made my first ten angel investments three years ago, and I was wrong about most of them.\n\n"
        "The founder I thought would struggle is now running a company with fifty employees. The two "
        "teams I was sure about closed within eighteen months. My notes show that I was judging "
        "confidence instead of how quickly people learned. New angel investors, write down why you "
        "invest, then revisit those notes a year later.\n\n"
        "Tell me what you look for in a first meeting.\n\n"
        "#AngelInvesting #VentureCapital"),
    row({"theme": "Startup Accelerators", "tone": "Grateful",
         "audience": "Founders", "cta": "Apply to the next cohort before September 1"},
        "Twelve weeks in an accelerator gave our company two years of lessons.\n\n"
        "We arrived with a product nobody was paying for. Our mentors made us call forty potential "
        "customers in the first fortnight, and those calls changed our entire pricing model. By demo day "
        "we had our first six paying clients. Founders, the real value is in the people who will tell you "
        "the truth about your idea. I am so grateful for every one of them.\n\n"
        "Apply to the next cohort before September 1.\n\n"
        "#StartupAccelerators #Startups"),
    row({"theme": "Hackathons", "tone": "Excited", "audience": "Students", "cta": "Register your team before Friday"},
        "Registrations are open for our third student hackathon, and this year it runs for 36 hours!\n\n"
        "Last year's winners built an app that helps food banks track expiry dates, and two local "
        "charities still use it. You do not need to be an expert coder to join. Designers, writers and "
        "people who simply like solving problems make every team better. Students, bring a friend and "
        "come build something useful with us!\n\n"
        "Register your team before Friday!\n\n"
        "#Hackathons #Students #Coding"),
    row({"theme": "Developer Relations", "tone": "Reflective",
         "audience": "developer advocates", "cta": "Share how you measure your DevRel work"},
        "After five years in developer relations, I trust forum answers more than conference talks.\n\n"
        "The talks felt like impact because the room was full. But when I checked, the most-visited page "
        "we ever published was a reply I wrote to a confusing error on a Saturday. That single answer "
        "brought in more sign-ups than my last three keynotes. Developer advocates, measure what actually "
        "helps people, even when it is unglamorous.\n\n"
        "Share how you measure your DevRel work.\n\n"
        "#DeveloperRelations #DevRel"),
    row({"theme": "Community Building", "tone": "Inspirational",
         "audience": "community managers", "cta": "Invite one quiet member to speak at your next event"},
        "Communities are built by the people who show up before there is anything to show up for.\n\n"
        "Our meetup started with four people in a library meeting room. One of them offered to bring "
        "coffee every month, and another started a shared reading list. Today the group has 2,000 members "
        "and runs events in three cities. Community managers, the small rituals matter more than the "
        "platform you choose. Keep showing up!\n\n"
        "Invite one quiet member to speak at your next event!\n\n"
        "#CommunityBuilding #Community"),
    row({"theme": "Strategic Partnerships", "tone": "Visionary",
         "audience": "business development leads", "cta": "Follow me for more on partnership strategy"},
        "The next decade of growth will come from partnerships rather than standalone products.\n\n"
        "Customers no longer want ten tools that do not talk to each other. Our integration with a "
        "payroll provider last year brought in more new accounts than our entire paid advertising budget. "
        "The companies that win will build ecosystems around shared customers. Business development "
        "leads, look for partners who serve the same people, not only the same industry.\n\n"
        "Follow me for more on partnership strategy.\n\n"
        "#StrategicPartnerships #BusinessDevelopment"),
    row({"theme": "Franchise Ownership", "tone": "Candid",
         "audience": "aspiring franchisees", "cta": "Ask me your questions before you sign"},
        "Owning a franchise is not passive income, whatever the brochure says.\n\n"
        "In my first year I worked six days a week, covered shifts when staff called in sick and learned "
        "more about payroll software than I ever wanted to. The brand gave me a proven menu, but not a "
        "proven manager. Aspiring franchisees, talk to at least five current owners before you sign "
        "anything, and ask them about their worst month.\n\n"
        "Ask me your questions before you sign.\n\n"
        "#FranchiseOwnership #SmallBusiness"),
    row({"theme": "Running a Bakery", "tone": "Grateful",
         "audience": "local customers", "cta": "Stop by for a free coffee this Saturday"},
        "Our little bakery turned three today, and I still start every morning at 4:30 with flour on my "
        "sleeves.\n\n"
        "We opened with two ovens, one recipe for sourdough and no idea whether anyone would come. You "
        "came. You brought friends, ordered birthday cakes and forgave us when the croissants ran out by "
        "nine. To our local customers, thank you for making this corner of the street feel like home.\n\n"
        "Stop by for a free coffee this Saturday.\n\n"
        "#RunningABakery #Bakery"),
    row({"theme": "Coffee Roasting", "tone": "Proud",
         "audience": "café owners", "cta": "Order a sample box through our website"},
        "Our small roastery just won gold at the regional coffee awards for a washed Ethiopian we almost "
        "did not release.\n\n"
        "The first three roasts tasted flat. Our head roaster kept adjusting the curve for two weeks, a "
        "few seconds at a time, until the fruit came through. Café owners, ask your roaster about their "
        "process; the best partners will happily show you the data. I could not be prouder of this team.\n\n"
        "Order a sample box through our website.\n\n"
        "#CoffeeRoasting #SpecialtyCoffee"),
    row({"theme": "Vineyard Management", "tone": "Visionary",
         "audience": "winemakers", "cta": "Join our growers' webinar on climate adaptation"},
        "The wine regions of 2050 will look very different, and vineyards are already preparing.\n\n"
        "Our harvest now starts almost three weeks earlier than it did when my father ran the estate. We "
        "are testing heat-tolerant grape varieties on two hectares and planting cover crops to hold water "
        "in the soil. Winemakers, decisions you make about rootstock today will shape your wine for "
        "thirty years. Patience has always been part of this craft.\n\n"
        "Join our growers' webinar on climate adaptation.\n\n"
        "#VineyardManagement #Wine #ClimateAdaptation"),
    row({"theme": "Fitness Coaching", "tone": "Encouraging",
         "audience": "busy professionals", "cta": "Try one 20-minute session this week"},
        "You do not need ninety minutes at the gym to get stronger.\n\n"
        "Most of my fitness coaching clients are parents and shift workers with very little free time. "
        "The ones who make the most progress train three times a week for twenty minutes, and they rarely "
        "skip. When life is busy, showing up beats going hard. Busy professionals, put the session in "
        "your calendar like a meeting and protect it. You will be surprised how fast it adds up!\n\n"
        "Try one 20-minute session this week!\n\n"
        "#FitnessCoaching #Fitness"),
    row({"theme": "Youth Sports Coaching", "tone": "Warm",
         "audience": "volunteer coaches", "cta": "Thank a coach who made a difference for your child"},
        "Our under-10s football team lost every match this season, and it was one of the best seasons I "
        "have coached.\n\n"
        "The kids learned to pass instead of chasing the ball in a crowd. A shy goalkeeper started "
        "calling out instructions by March. Parents stayed after games to help pack up the nets. "
        "Volunteer coaches, the scoreboard matters far less than whether children want to come back next "
        "year.\n\n"
        "Thank a coach who made a difference for your child.\n\n"
        "#YouthSportsCoaching #Coaching"),
    row({"theme": "new job", "tone": "excited", "audience": "my network", "cta": "Say hi if you are in Leeds"},
        "New job announcement: on Monday I join a renewable energy cooperative as its first head of "
        "marketing!\n\n"
        "For six years I sold software. Now I get to tell the story of 4,000 local members who own the "
        "wind turbines on the hills behind their homes. I will be building the team from scratch, so "
        "expect posts about hiring soon. To my network, thank you for every referral, coffee and pep talk "
        "during the search!\n\n"
        "Say hi if you are in Leeds!\n\n"
        "#NewJob #CommunityEnergy"),
    row({"theme": "Delegation", "tone": "Humble",
         "audience": "Team Leads", "cta": "Tell me what you find hardest to hand over"},
        "I used to think delegating meant dumping work on people. I was wrong, and my team paid for it.\n\n"
        "For two years I kept every client presentation for myself because I knew the clients best. "
        "Meanwhile, two capable analysts never got the chance to present. When I finally handed one over, "
        "the client asked for that analyst by name the next month. Team leads, the tasks you guard most "
        "tightly are often the ones your people need most.\n\n"
        "Tell me what you find hardest to hand over.\n\n"
        "#Delegation #Leadership"),
    row({"theme": "saying no", "tone": "Direct",
         "audience": "people pleasers", "cta": "Practise one polite no this week"},
        "Saying yes to everything is how I ended up doing nothing well.\n\n"
        "Last year I joined four committees and missed two product deadlines. Now every request gets the "
        "same question: what will I stop doing to make room for this? People pleasers, a clear no "
        "delivered early is kinder than a late, half-finished yes.\n\n"
        "Practise one polite no this week.\n\n"
        "#SayingNo #Productivity"),
    row({"theme": "Feedback Culture", "tone": "Visionary",
         "audience": "people and culture teams", "cta": "Read our feedback playbook"},
        "The companies that grow fastest over the next decade will be the ones where a junior analyst can "
        "tell a director their plan has a flaw.\n\n"
        "Annual surveys cannot build that. It comes from leaders who thank people for bad news in public "
        "and act on it quickly. At our firm, every leadership meeting now opens with one concern raised "
        "by someone more junior that month. People and culture teams, make speaking up visibly safe and "
        "the rest follows.\n\n"
        "Read our feedback playbook.\n\n"
        "#FeedbackCulture #CompanyCulture"),
    row({"theme": "Difficult Conversations", "tone": "Professional",
         "audience": "managers of remote teams", "cta": "Save this for your next one-to-one"},
        "Five phrases that make difficult conversations easier, from a decade of managing support teams.\n\n"
        "\"I want to talk about something specific, and I want to hear your view.\" \"Here is what I saw.\" "
        "\"Here is the impact it had.\" \"What is going on from your side?\" \"What do we agree to try next?\" "
        "Managers of remote teams, have these conversations on video, never over chat, and follow up in "
        "writing the same day.\n\n"
        "Save this for your next one-to-one.\n\n"
        "#DifficultConversations #Management"),
    row({"theme": "Negotiation Skills", "tone": "Witty",
         "audience": "Sales Professionals", "cta": "Share your favourite negotiation tactic"},
        "My six-year-old is the best negotiator I know. She never accepts the first offer on bedtime.\n\n"
        "She also does three things most sales professionals forget. She asks what I actually care about "
        "(sleep, mostly). She offers trades instead of demands. And she smiles and stays silent after "
        "making her case. Sales professionals, silence after your price is uncomfortable for about four "
        "seconds and often worth thousands.\n\n"
        "Share your favourite negotiation tactic.\n\n"
        "#NegotiationSkills #Sales"),
    row({"theme": "Kubernetes Migration", "tone": "Candid",
         "audience": "platform engineers", "cta": "Ask me anything about our migration in the comments"},
        "We spent nine months moving to Kubernetes. For our team size, it was probably the wrong call.\n\n"
        "We run six services and have four engineers. The cluster gave us autoscaling we rarely needed "
        "and a steep learning curve we definitely felt. Deploys got slower before they got faster. "
        "Platform engineers, pick infrastructure for the team you have today, not the one on your "
        "three-year hiring plan.\n\n"
        "Ask me anything about our migration in the comments.\n\n"
        "#KubernetesMigration #Kubernetes #DevOps"),
    row({"theme": "Database Migration", "tone": "Proud",
         "audience": "Engineers", "cta": "Read how we did it on our tech blog"},
        "Zero downtime, zero lost rows: our team finished moving 2.3 billion records to a new database "
        "last night.\n\n"
        "The migration took eleven weeks of dual writes, daily consistency checks and two rehearsals on a "
        "full copy of production. When the final cutover came, it took nine minutes and nobody outside "
        "the team noticed. Engineers, boring migrations are the result of a lot of careful, unglamorous "
        "preparation. I am incredibly proud of these six people.\n\n"
        "Read how we did it on our tech blog.\n\n"
        "#DatabaseMigration #Engineering"),
    row({"theme": "Developer Experience", "tone": "Visionary",
         "audience": "VPs of Engineering", "cta": "Join our developer experience meetup next month"},
        "The next competitive advantage in software will not be a framework. It will be how quickly a new "
        "engineer can ship safely.\n\n"
        "At our company, local setup used to take two days and a senior engineer's afternoon. Now it "
        "takes one command and twenty minutes. Our time from first commit to production fell from eleven "
        "days to three. VPs of Engineering, measure the friction your developers feel each week, because "
        "talent goes where the friction is lowest.\n\n"
        "Join our developer experience meetup next month.\n\n"
        "#DeveloperExperience #DevEx"),
    row({"theme": "QA Testing", "tone": "Grateful",
         "audience": "QA engineers", "cta": "Tag the tester who saved your release"},
        "Our release last week went out without a single critical bug, and I know exactly who to thank.\n\n"
        "Our QA engineers caught a timezone bug that would have charged customers in Australia twice. "
        "They found it by testing at 11 p.m. on the last day of the month, a case nobody else had "
        "considered. QA engineers, you rarely get credit when nothing goes wrong, so here it is, in "
        "public.\n\n"
        "Tag the tester who saved your release.\n\n"
        "#QATesting #SoftwareTesting"),
    row({"theme": "Mobile App Launch", "tone": "Excited",
         "audience": "our beta testers", "cta": "Download the app and leave us a review"},
        "Our mobile app is finally live on both app stores!\n\n"
        "It started as a request from a single customer who wanted to approve invoices from the train. "
        "After 400 beta testers, 62 builds and one very long night before submission, it is ready. Our "
        "beta testers found more than 300 bugs, and every fix made the app better. Thank you for your "
        "patience and your screenshots!\n\n"
        "Download the app and leave us a review!\n\n"
        "#MobileAppLaunch #ProductLaunch"),
    row({"theme": "API Design", "tone": "Practical",
         "audience": "backend developers", "cta": "Bookmark this for your next API review"},
        "Four API design rules we learned the hard way, after breaking a partner integration twice.\n\n"
        "Version everything from day one, even if you think you will never need it. Return errors that "
        "explain what to fix, not just a status code. Never rename a field in place; add the new one and "
        "retire the old one slowly. Backend developers, write the documentation before the code, because "
        "awkward docs usually mean an awkward API.\n\n"
        "Bookmark this for your next API review.\n\n"
        "#APIDesign #BackendDevelopment"),
    row({"theme": "prompt engineering", "tone": "Curious",
         "audience": "marketers", "cta": "Share the prompt that saves you the most time"},
        "Has anyone else noticed that the best prompts read like good briefs to a freelancer?\n\n"
        "When our team started using AI for first drafts, the results were bland. Then we began including "
        "the audience, one example we liked and a list of things to avoid. The drafts improved "
        "immediately, and so did our briefs to human writers. Marketers, the skill is not clever wording; "
        "it is knowing exactly what you want before you ask.\n\n"
        "Share the prompt that saves you the most time.\n\n"
        "#PromptEngineering #AIMarketing"),
    row({"theme": "Data Engineering", "tone": "Reflective",
         "audience": "analytics teams", "cta": "Tell me which pipeline keeps you up at night"},
        "Seven years of data engineering taught me that most broken dashboards are really broken "
        "conversations.\n\n"
        "The pipeline was fine when revenue looked wrong last quarter. Sales and finance simply defined a "
        "customer differently, and nobody had written either definition down. We now keep a short "
        "glossary next to every core table. Analytics teams, agree on the words before you argue about "
        "the numbers.\n\n"
        "Tell me which pipeline keeps you up at night.\n\n"
        "#DataEngineering #Analytics"),
    row({"theme": "Security Reviews", "tone": "Urgent",
         "audience": "startup CTOs", "cta": "Book a free security review before your next release"},
        "If your startup has never had a security review, assume someone else is doing one for you.\n\n"
        "Last month we tested twenty early-stage apps with their permission. Fourteen had admin panels "
        "reachable from the public internet, and six still used default passwords somewhere. None of "
        "these took more than an afternoon to fix. Startup CTOs, schedule a review before your next "
        "funding round, because investors are starting to ask.\n\n"
        "Book a free security review before your next release.\n\n"
        "#SecurityReviews #AppSec"),
    row({"theme": "Company Acquisition", "tone": "Grateful",
         "audience": "customers and team", "cta": "Read the full announcement on our blog"},
        "Today we announced that our company is joining a larger design software group, eight years after "
        "we started in a spare bedroom.\n\n"
        "Nothing changes for our customers this year: same product, same support team, same prices. What "
        "changes is that we can finally build the offline mode you have been requesting since 2019. To "
        "our customers and team, thank you for every feature request, every late release you forgave and "
        "every bet you made on us.\n\n"
        "Read the full announcement on our blog.\n\n"
        "#CompanyAcquisition #Startups"),
    row({"theme": "Graduation", "tone": "Proud",
         "audience": "first-generation students", "cta": "Congratulate a graduate in your life today"},
        "Yesterday I became the first person in my family to graduate from university.\n\n"
        "My mother cleaned offices at night so I could take an unpaid summer placement. I worked weekends "
        "at a supermarket and studied on the bus. There were two semesters when I nearly quit. "
        "First-generation students, you belong in those lecture halls, even on the days it does not feel "
        "that way. This degree is as much hers as mine.\n\n"
        "Congratulate a graduate in your life today.\n\n"
        "#Graduation #FirstGen"),
    row({"theme": "passing the CPA exam", "tone": "Excited",
         "audience": "accounting students", "cta": "Ask me about my study plan"},
        "I passed the final section of the CPA exam this morning!\n\n"
        "It took me eighteen months, four sections and one retake of the auditing paper. I studied from "
        "5:30 to 7:00 every weekday before work and kept Saturdays free so I would not burn out. "
        "Accounting students, a retake is not the end of the road; for me it was where the material "
        "finally clicked. Time to sleep in!\n\n"
        "Ask me about my study plan!\n\n"
        "#PassingTheCPAExam #Accounting"),
    row({"theme": "Industry Award", "tone": "Humble",
         "audience": "peers in the nonprofit sector", "cta": "Nominate someone for next year's awards"},
        "Our small housing charity was named Community Organisation of the Year last night, and I am "
        "still a little stunned.\n\n"
        "Honestly, the award belongs to the caseworkers who answer the phone at 10 p.m. when a family has "
        "nowhere to sleep. My job is mostly to keep the lights on and stay out of their way. Peers in the "
        "nonprofit sector, so many teams do this work quietly, and they deserve recognition too.\n\n"
        "Nominate someone for next year's awards.\n\n"
        "#IndustryAward #Housing #Nonprofit"),
    row({"theme": "Trade Shows", "tone": "Practical", "audience": "exhibitors", "cta": "Grab our trade show checklist"},
        "We have exhibited at 30 trade shows, and the booth design was never what brought in leads.\n\n"
        "What worked was booking meetings two weeks before the show, training staff to ask one qualifying "
        "question and following up within 48 hours. The expensive lighting made for nice photos and "
        "little else. Exhibitors, budget as much time for follow-up as you do for the stand itself.\n\n"
        "Grab our trade show checklist.\n\n"
        "#TradeShows #EventMarketing"),
    row({"theme": "Event Planning", "tone": "Witty",
         "audience": "event planners", "cta": "Tell me your best event rescue story"},
        "Event planning is 10 percent spreadsheets and 90 percent knowing where to find extension cables "
        "at 7 a.m.\n\n"
        "Last Saturday the keynote speaker's flight was cancelled, the projector died and the caterer "
        "delivered vegetarian food for 40 instead of 400. Guests rated the day 4.7 out of 5 anyway. Event "
        "planners, always have a plan B, a plan C and a friend with a van.\n\n"
        "Tell me your best event rescue story.\n\n"
        "#EventPlanning #Events"),
    row({"theme": "Project Management", "tone": "Professional",
         "audience": "project managers", "cta": "Download the risk register template"},
        "Most of our late projects were not late because of the work. They were late because of "
        "decisions.\n\n"
        "We reviewed 18 delayed projects across two years. In 13 of them, the biggest delay came from "
        "waiting for sign-off, not from execution. We now log every pending decision with an owner and a "
        "date, reviewed weekly. Project managers, track decisions as carefully as you track tasks, and "
        "escalate anything waiting longer than five days.\n\n"
        "Download the risk register template.\n\n"
        "#ProjectManagement #PMO"),
    row({"theme": "Agile Retrospectives", "tone": "Honest",
         "audience": "scrum masters", "cta": "Share your favourite retro format"},
        "Our retrospectives had turned into a list of complaints nobody acted on.\n\n"
        "Every two weeks we wrote the same sticky notes: too many meetings, unclear tickets, slow "
        "reviews. We changed one rule. Each retro now ends with a single action, assigned to a named "
        "person, and the next retro starts by checking it. Scrum masters, one fix delivered beats ten "
        "ideas recorded.\n\n"
        "Share your favourite retro format.\n\n"
        "#AgileRetrospectives #Agile #Scrum"),
    row({"theme": "Stakeholder Management", "tone": "Reflective",
         "audience": "product owners", "cta": "Tell me how you handle a surprised stakeholder"},
        "The worst stakeholder meeting I ever had was the one where I shared news they should have heard "
        "a month earlier.\n\n"
        "The project was fine. The timeline had slipped by three weeks, and I had hoped to catch up "
        "before anyone noticed. The director felt blindsided, and rebuilding that trust took longer than "
        "the delay itself. Product owners, bad news travels best early, in person and with a plan "
        "attached.\n\n"
        "Tell me how you handle a surprised stakeholder.\n\n"
        "#StakeholderManagement #ProductOwner"),
    row({"theme": "Change Management", "tone": "Empathetic",
         "audience": "transformation leads", "cta": "Share what helped your team through a big change"},
        "Every new system we roll out replaces a way of working that someone was proud of.\n\n"
        "When we moved our finance team to a new expense tool, the loudest critic was the person who had "
        "built the old spreadsheet. She was not resisting change. She was grieving ten years of careful "
        "work. We asked her to lead the testing, and she found problems nobody else saw. Transformation "
        "leads, invite the critics in early; they often know the most.\n\n"
        "Share what helped your team through a big change.\n\n"
        "#ChangeManagement #Transformation"),
    row({"theme": "Digital Transformation", "tone": "Visionary",
         "audience": "CIOs", "cta": "Register for our CIO breakfast on October 8"},
        "Digital transformation in the next five years will be less about new software and more about "
        "retiring old processes.\n\n"
        "Most companies I work with have already bought the tools. What they have not done is stop the "
        "paper forms, duplicate approvals and weekly spreadsheets running alongside them. One insurer we "
        "advised removed 40 percent of its approval steps before touching any technology. CIOs, the "
        "biggest wins will come from subtraction, not addition.\n\n"
        "Register for our CIO breakfast on October 8.\n\n"
        "#DigitalTransformation #CIO"),
    row({"theme": "ERP Implementation", "tone": "Candid",
         "audience": "operations directors", "cta": "Message me before you sign the contract"},
        "Our ERP implementation ran eight months late and 60 percent over budget. Here is what I would do "
        "differently.\n\n"
        "I would clean the data before migrating, not during. I would keep our best warehouse supervisor "
        "on the project full-time instead of borrowing her one day a week. I would say no to most "
        "customisations. Operations directors, an ERP project is a business project with some software "
        "attached.\n\n"
        "Message me before you sign the contract.\n\n"
        "#ERPImplementation #Operations"),
    row({"theme": "CRM Hygiene", "tone": "Playful",
         "audience": "sales leaders", "cta": "Confess your messiest CRM field below"},
        "Confession: our CRM once had 14 different spellings of the same customer.\n\n"
        "It was funny until our quarterly forecast counted one deal three times. We spent a week merging "
        "duplicates, introduced required fields for new deals and gave the cleanest pipeline of the month "
        "a ridiculous golden trophy. Sales leaders, a forecast is only as good as the data your team is "
        "willing to type in. The trophy is very popular.\n\n"
        "Confess your messiest CRM field below.\n\n"
        "#CRMHygiene #SalesOps"),
    row({"theme": "Writing a Cover Letter", "tone": "Practical",
         "audience": "Job Seekers", "cta": "Save this before your next application"},
        "I screen about 200 cover letters a month. The ones that get interviews do three things.\n\n"
        "They open with why this company and this role, in one sentence. They give one concrete example "
        "with a number in it. They are short enough to read on a phone. Job seekers, skip the paragraph "
        "that repeats your resume and tell me something your resume cannot.\n\n"
        "Save this before your next application.\n\n"
        "#WritingACoverLetter #JobSearch"),
    row({"theme": "LinkedIn Profile Tips", "tone": "Conversational",
         "audience": "Recent Graduates", "cta": "Drop your headline below and I will give feedback"},
        "Your LinkedIn headline is probably doing less work than it could.\n\n"
        "\"Recent graduate seeking opportunities\" tells a recruiter nothing. \"Economics graduate who "
        "builds forecasting models in Python\" tells them what to search for. I changed mine last year and "
        "recruiter messages went from zero to about two a week. Recent graduates, write the headline for "
        "the person searching, not for yourself.\n\n"
        "Drop your headline below and I will give feedback.\n\n"
        "#LinkedInProfileTips #CareerTips"),
    row({"theme": "Personal Branding", "tone": "Reflective",
         "audience": "consultants", "cta": "Tell me what you want to be known for"},
        "Two years ago nobody outside my clients knew what I did. Today most of my new work comes from "
        "people who read my posts.\n\n"
        "I did not build a brand on purpose. I simply wrote one short post every week about a problem I "
        "had solved for a client, with their permission and without names. Consultants, specific lessons "
        "travel further than polished opinions. Pick one topic and stay with it longer than feels "
        "comfortable.\n\n"
        "Tell me what you want to be known for.\n\n"
        "#PersonalBranding #Consulting"),
    row({"theme": "Reading Habit", "tone": "Inspirational",
         "audience": "busy leaders", "cta": "Share the book that changed how you work"},
        "Twenty pages a day adds up to about thirty books a year.\n\n"
        "I used to tell myself I was too busy to read. Then I swapped the first twenty minutes of morning "
        "scrolling for a book, and the ideas started turning up in my work. A chapter about hospitals "
        "changed how I run our project handovers. Busy leaders, you do not need more time, just a smaller "
        "daily habit. Start tomorrow morning!\n\n"
        "Share the book that changed how you work!\n\n"
        "#ReadingHabit #Leadership"),
    row({"theme": "Deep Work", "tone": "Reflective",
         "audience": "knowledge workers", "cta": "Tell me when your best thinking happens"},
        "For most of last year, my calendar looked productive and my work did not.\n\n"
        "I had 31 meetings a week and not a single block of more than an hour to think. The strategy "
        "document I owed my director sat at two paragraphs for a month. In January I started protecting "
        "three mornings a week for deep work, with no meetings, no chat and my phone in another room. The "
        "document was finished in ten days, and it was the best thing I wrote all year. Knowledge "
        "workers, the work that matters most rarely fits into the gaps between calls.\n\n"
        "Tell me when your best thinking happens.\n\n"
        "#DeepWork #Focus"),
    row({"theme": "Time Management", "tone": "Inspirational",
         "audience": "Students", "cta": "Pick one hour tomorrow and guard it"},
        "You have the same 24 hours as everyone else, but you do not have to spend them the same way.\n\n"
        "In my final year I worked twenty hours a week at a café and still finished my dissertation "
        "early. The secret was not discipline. It was deciding every Sunday evening which three things "
        "mattered that week, then doing them first. Students, time management starts with a plan on "
        "paper, which is really a promise to your future self. You are capable of far more than you "
        "think!\n\n"
        "Pick one hour tomorrow and guard it!\n\n"
        "#TimeManagement #StudentLife"),
    row({"theme": "Conflict Resolution", "tone": "Professional",
         "audience": "HR generalists", "cta": "Download our mediation checklist"},
        "Most workplace conflicts we mediate are not about personalities. They are about unclear roles.\n\n"
        "In the last year our team handled 26 formal disputes. In 19 of them, two people believed they "
        "owned the same decision, whether it was approving a budget or choosing a supplier. Once we wrote "
        "down who decides, who is consulted and who is informed, most disagreements eased within weeks. "
        "HR generalists, ask about decision rights before you ask about feelings.\n\n"
        "Download our mediation checklist.\n\n"
        "#ConflictResolution #HumanResources"),
    row({"theme": "Customer Success", "tone": "Optimistic",
         "audience": "account managers", "cta": "Share how you celebrate customer wins"},
        "Renewal season used to fill our team with dread. This year it felt like a reunion.\n\n"
        "Six months ago we started sending every customer a short quarterly note showing what they had "
        "achieved with our product, in their own numbers. One school district learned that it had saved "
        "1,400 staff hours. When renewal time came, several customers asked to expand before we did. "
        "Account managers, show customers their progress often, and renewals stop being a negotiation.\n\n"
        "Share how you celebrate customer wins.\n\n"
        "#CustomerSuccess #AccountManagement"),
    row({"theme": "Employee Resource Groups", "tone": "Proud",
         "audience": "ERG leaders", "cta": "Tell me what your group achieved this year"},
        "Our disability employee resource group started with three members and a shared calendar invite. "
        "This year it changed company policy.\n\n"
        "The group mapped every barrier members had faced, from inaccessible office kitchens to interview "
        "tests with strict time limits. They presented the list to the executive team with a proposed fix "
        "for each. Eleven of the fourteen proposals are now in place. ERG leaders, bring solutions "
        "alongside the stories, and leadership finds it much easier to say yes.\n\n"
        "Tell me what your group achieved this year.\n\n"
        "#EmployeeResourceGroups #DisabilityInclusion"),
    row({"theme": "Upskilling", "tone": "Visionary", "audience": "L&D teams", "cta": "Join our learning leaders forum"},
        "Within five years, most people will change the core tools of their job at least twice. "
        "Upskilling will stop being a perk and become part of the job itself.\n\n"
        "The employers pulling ahead are not buying bigger course libraries. They give people two hours a "
        "week to learn on real projects and reward managers whose teams grow new skills. L&D teams, "
        "design programmes around the work people will be doing next year, not the work they did last "
        "year.\n\n"
        "Join our learning leaders forum.\n\n"
        "#Upskilling #LearningAndDevelopment"),
    row({"theme": "Learning Budgets", "tone": "Grateful",
         "audience": "employers", "cta": "Tell me what your company's learning budget covers"},
        "Two years ago my employer paid for an evening course in statistics that I was too nervous to ask "
        "for.\n\n"
        "My manager noticed me reading about it at lunch and suggested I use my learning budget. That "
        "course led to a new role on our pricing team and a raise I did not expect. I am grateful for a "
        "company that treats learning as an investment rather than a cost. Employers, a few hundred "
        "pounds a year per person can change a career and keep that person with you.\n\n"
        "Tell me what your company's learning budget covers.\n\n"
        "#LearningBudgets #CareerDevelopment"),
    row({"theme": "Cloud Certification", "tone": "Humble",
         "audience": "IT professionals", "cta": "Ask me which resources helped most"},
        "I failed my first cloud certification exam by 19 points, after ten years working in IT.\n\n"
        "I had assumed experience would carry me. It did not, because the exam tested services I had "
        "never touched at work. For the second attempt I built three small projects with the services I "
        "knew least and scheduled the test for a morning, not after a late shift. IT professionals, "
        "experience is a head start, not a guarantee. I passed last week, a little wiser.\n\n"
        "Ask me which resources helped most.\n\n"
        "#CloudCertification #ITCareers"),
    row({"theme": "Military to Civilian Transition", "tone": "Confident",
         "audience": "veterans", "cta": "Connect with me if you are leaving the service this year"},
        "After 14 years in the army, I walked into my first civilian interview thinking I had nothing to "
        "offer. I was wrong.\n\n"
        "I had managed budgets, trained teams of thirty and planned logistics in places without reliable "
        "roads. My mistake was describing all of it in military language nobody on the panel understood. "
        "Once I translated \"platoon sergeant\" into \"operations manager for 30 people\", the offers came. "
        "Veterans, your experience is valuable; make it easy to recognise.\n\n"
        "Connect with me if you are leaving the service this year.\n\n"
        "#MilitaryToCivilianTransition #Veterans"),
    row({"theme": "Firefighter Recruitment",
         "tone": "Inspirational",
         "audience": "young people considering emergency services",
         "cta": "Come to our open day at the station on Saturday"},
        "Nobody is born ready to run into a burning building. Every firefighter on my crew was trained "
        "for it, one drill at a time.\n\n"
        "I joined at 19 after failing the fitness test on my first attempt. Three months of early runs "
        "later, I passed. Today I help train new recruits, and the ones who succeed are not always the "
        "strongest; they are the ones who keep turning up. Young people considering emergency services, "
        "you can build the strength and the skills. Bring the heart!\n\n"
        "Come to our open day at the station on Saturday!\n\n"
        "#FirefighterRecruitment #FireService"),
    row({"theme": "Community Policing", "tone": "Reflective",
         "audience": "police officers", "cta": "Share how your department builds trust"},
        "The most effective policing I did in twenty years happened on foot, without a single arrest.\n\n"
        "For three years I walked the same neighbourhood every day. I learned which shop owners were "
        "worried about break-ins and which teenagers needed a job more than a warning. When a serious "
        "incident happened, residents called me directly with information. Police officers, trust built "
        "over coffee is worth more than any patrol car. I still think about those streets often.\n\n"
        "Share how your department builds trust.\n\n"
        "#CommunityPolicing #PublicSafety"),
    row({"theme": "Gap Year", "tone": "Curious",
         "audience": "parents of teenagers", "cta": "Tell me what you would say to a student considering a gap year"},
        "Why do we treat a gap year as a detour instead of part of the route?\n\n"
        "My son spent twelve months working at a boatyard and volunteering at a wildlife rescue before "
        "university. He started his engineering degree knowing exactly why he had chosen it, and he asked "
        "better questions than many of his classmates. Parents of teenagers, I would love to know what "
        "you have seen. Does time away help students focus, or is it harder to go back?\n\n"
        "Tell me what you would say to a student considering a gap year.\n\n"
        "#GapYear #Education"),
    row({"theme": "Studying Abroad", "tone": "Excited",
         "audience": "university students", "cta": "Apply for the exchange programme by March 15"},
        "In six weeks I will be living in Seoul for a semester of engineering classes, and I am counting "
        "the days!\n\n"
        "I applied almost on a whim, after a friend came back from her exchange with stories she still "
        "tells every week. The scholarship covers tuition and half of my rent. I have already found a "
        "Korean language partner online. University students, applying to study abroad takes an "
        "afternoon, and the experience can last a lifetime!\n\n"
        "Apply for the exchange programme by March 15!\n\n"
        "#StudyingAbroad #StudentExchange"),
    row({"theme": "Scholarship Applications", "tone": "Motivational",
         "audience": "high school students", "cta": "Start your first application this weekend"},
        "Last year I applied for 22 scholarships and won five. Together they cover almost all of my "
        "tuition.\n\n"
        "Most of the small awards had fewer than twenty applicants, because everyone else chased the big "
        "ones. I reused the core of one strong essay and tailored the opening for each. Rejections came "
        "in weekly, and I kept going. High school students, small local scholarships are the best-kept "
        "secret in college funding. Go get them!\n\n"
        "Start your first application this weekend!\n\n"
        "#ScholarshipApplications #CollegeFunding"),
    row({"theme": "Chief of Staff Role", "tone": "Humble",
         "audience": "aspiring chiefs of staff", "cta": "Message me if you are considering this path"},
        "Eighteen months as a chief of staff, and I am still working out what the job actually is.\n\n"
        "Some weeks I run the leadership meeting agenda. Other weeks I am drafting a board memo, "
        "mediating between two teams or quietly fixing a hiring process that nobody owns. The constant is "
        "that my success is measured by how well the CEO's priorities get done, not by anything with my "
        "name on it. Aspiring chiefs of staff, get comfortable with invisible work. I am learning that "
        "lesson every day.\n\n"
        "Message me if you are considering this path.\n\n"
        "#ChiefOfStaffRole #ChiefOfStaff"),
    row({"theme": "Executive Assistants", "tone": "Grateful",
         "audience": "executives", "cta": "Thank your assistant publicly this week"},
        "I would not have survived this year without my executive assistant, and it is time I said so in "
        "public.\n\n"
        "She rebooked eleven flights during a week of strikes, caught a contract clause our lawyers "
        "missed and somehow remembered the name of every investor's partner. She also told me, kindly, "
        "when I was being unreasonable. Executives, your assistant sees the whole business from a unique "
        "angle, so ask for their view more often.\n\n"
        "Thank your assistant publicly this week.\n\n"
        "#ExecutiveAssistants #Gratitude"),
    row({"theme": "Sabbatical", "tone": "Hopeful",
         "audience": "professionals considering time off", "cta": "Ask me how I planned the finances"},
        "On Friday I start a four-month sabbatical, my first real break in sixteen years of work.\n\n"
        "I plan to walk part of a long-distance trail, finally learn to cook properly and spend more time "
        "with my father. My company offers unpaid leave after ten years of service, and I almost never "
        "used it out of fear of falling behind. Professionals considering time off, talk to your manager "
        "early; most of the obstacles I imagined were not real. I hope to come back with fresh eyes.\n\n"
        "Ask me how I planned the finances.\n\n"
        "#Sabbatical #CareerBreak"),
    row({"theme": "Resigning Gracefully", "tone": "Professional",
         "audience": "employees planning to leave", "cta": "Save this if you are about to hand in your notice"},
        "How you leave a job will follow you longer than how you started it.\n\n"
        "I have managed thirty resignations over the years. The people I still recommend told me in "
        "person first, wrote clear handover notes and finished their notice period properly. One of them "
        "returned three years later as a team lead, and the door was wide open because of how she had "
        "left. Employees planning to leave, keep the exit conversation short, positive and focused on "
        "what comes next.\n\n"
        "Save this if you are about to hand in your notice.\n\n"
        "#ResigningGracefully #CareerAdvice"),
    row({"theme": "Being Laid Off", "tone": "Optimistic",
         "audience": "people who were recently laid off", "cta": "Reach out if I can introduce you to someone"},
        "Being laid off in January felt like the end of something. Three months later, it looks more like "
        "a door.\n\n"
        "I used the first two weeks to rest and the next two to list what I wanted from my next role. "
        "Then I contacted thirty former colleagues with a short, specific ask. Four introductions led to "
        "interviews, and I start a new job in product operations next month. To the people who were "
        "recently laid off, your network wants to help; make it easy for them to know how.\n\n"
        "Reach out if I can introduce you to someone.\n\n"
        "#BeingLaidOff #OpenToWork"),
    row({"theme": "Part-time MBA", "tone": "Honest",
         "audience": "working professionals", "cta": "Ask me anything about balancing work and study"},
        "My part-time MBA took three years, two promotions and roughly 1,500 hours of evenings and "
        "weekends.\n\n"
        "Was it worth it? Financially, probably yes. The finance and negotiation modules paid off at work "
        "almost immediately. The cost was harder to measure: fewer dinners with friends and a very "
        "patient partner. Working professionals, choose a programme for the people in the room as much as "
        "the syllabus, because my classmates taught me as much as the professors did.\n\n"
        "Ask me anything about balancing work and study.\n\n"
        "#PartTimeMBA #MBA"),
    row({"theme": "Sales Kickoff", "tone": "Excited",
         "audience": "sales team", "cta": "See you all in the main hall at 9"},
        "Sales kickoff is tomorrow, and this year we are doing it differently!\n\n"
        "No slide marathons. Instead, our top five reps from last year will each run a short live "
        "workshop on the one habit that won them the most deals. There will be role plays, a customer "
        "panel and a surprise guest from our very first client. To the sales team, come ready to learn "
        "from each other and bring your toughest objections!\n\n"
        "See you all in the main hall at 9!\n\n"
        "#SalesKickoff #Sales"),
    row({"theme": "Inventory Forecasting", "tone": "Visionary",
         "audience": "retail planners", "cta": "Follow me for more on retail planning"},
        "The era of forecasting inventory from last year's spreadsheet is ending faster than most "
        "retailers expect.\n\n"
        "Weather, local events and even school holidays now move demand more than seasonal averages do. "
        "In our stores, adding local weather data cut stockouts of summer items by 30 percent. The "
        "planners of the future will spend less time building forecasts and more time questioning them. "
        "Retail planners, start feeding one external signal into your models this season.\n\n"
        "Follow me for more on retail planning.\n\n"
        "#InventoryForecasting #RetailPlanning"),
    row({"theme": "Urban Tree Planting", "tone": "Visionary",
         "audience": "city councillors", "cta": "Ask your council how many trees it planted this year"},
        "The cities that stay livable in the hotter summers ahead will be the ones planting trees today.\n\n"
        "On our street, the pavement under mature trees measured 9 degrees cooler than the sunny side in "
        "July. Shade also reduced energy bills for the homes behind them. A young tree takes fifteen "
        "years to make that difference, which is why waiting is the most expensive option. City "
        "councillors, make planting targets as concrete as road budgets.\n\n"
        "Ask your council how many trees it planted this year.\n\n"
        "#UrbanTreePlanting #ClimateResilience"),
    row({"theme": "Right to Repair", "tone": "Bold",
         "audience": "electronics manufacturers", "cta": "Tell me which product you wish you could fix yourself"},
        "If a customer cannot replace the battery in a product they own, they do not really own it.\n\n"
        "Our repair café fixed 640 devices last year. A quarter of the failures came down to parts glued "
        "shut or tools we could not buy. Customers do not want to throw away a laptop over a hinge. "
        "Electronics manufacturers, design for repair now, before regulation forces you to do it in a "
        "hurry.\n\n"
        "Tell me which product you wish you could fix yourself.\n\n"
        "#RightToRepair #CircularEconomy"),
    row({"theme": "Beach Cleanups", "tone": "Celebratory",
         "audience": "local divers and surfers", "cta": "Join us for the next cleanup on the first Sunday of June"},
        "We did it: our monthly beach cleanups have now removed five tonnes of rubbish from the "
        "coastline!\n\n"
        "What began as six friends with bin bags has grown into a crew of 120 regulars. Last month we "
        "found a shopping trolley, 300 bottle caps and a surprisingly intact garden gnome. Local divers "
        "and surfers, thank you for hauling up the fishing nets none of us could reach. Here's to the "
        "next five tonnes!\n\n"
        "Join us for the next cleanup on the first Sunday of June!\n\n"
        "#BeachCleanups #OceanConservation"),
    row({"theme": "Biotech Startups", "tone": "Visionary",
         "audience": "scientists turned founders", "cta": "Subscribe to our biotech founders newsletter"},
        "Biotech startups over the next decade will look more like software companies: smaller teams, "
        "faster experiments, cheaper first proofs.\n\n"
        "Automated labs now let a team of five run experiments that needed thirty people ten years ago. "
        "Cloud lab time gets cheaper every year. Data from early experiments shapes the next design "
        "within days, not months. Scientists turned founders, learn to raise money against experiments "
        "you can run quickly, and let the results speak for the science.\n\n"
        "Subscribe to our biotech founders newsletter.\n\n"
        "#BiotechStartups #Biotech"),
    row({"theme": "Laboratory Automation", "tone": "Excited",
         "audience": "lab managers", "cta": "Book a visit to see the robot at work"},
        "Our first liquid-handling robot went live in the lab this week, and the whole team gathered to "
        "watch it run!\n\n"
        "It prepares 384 samples in forty minutes, a job that used to take two technicians most of a day. "
        "Our technicians are not going anywhere; they finally have time for the method development they "
        "have wanted to do for years. Lab managers, involve your bench staff in choosing automation "
        "equipment, because they know where the bottlenecks really are!\n\n"
        "Book a visit to see the robot at work!\n\n"
        "#LaboratoryAutomation #LifeSciences"),
    row({"theme": "Telehealth", "tone": "Professional",
         "audience": "rural GPs", "cta": "Read our telehealth evaluation report"},
        "After two years of offering telehealth in our rural practice, we have clear results.\n\n"
        "Follow-up appointments by video cut the average round trip for patients by 70 kilometres. "
        "No-show rates fell from 12 percent to 4. However, first consultations and anything involving a "
        "physical exam still work better in person. Rural GPs, use video for routine follow-ups and keep "
        "the clinic for everything that needs hands and eyes.\n\n"
        "Read our telehealth evaluation report.\n\n"
        "#Telehealth #RuralHealth"),
    row({"theme": "Blood Donation", "tone": "Grateful",
         "audience": "regular donors", "cta": "Book your next donation through the link below"},
        "Last year, 212 of you gave blood at our mobile clinic in the town hall, and one of those "
        "donations saved my nephew.\n\n"
        "He was hit by a car on his way to school in October and needed six units in the first night. I "
        "will never know whose blood it was. I do know it came from someone who spent an hour of their "
        "lunch break in a folding chair. To our regular donors, thank you, from a family that owes you "
        "everything.\n\n"
        "Book your next donation through the link below.\n\n"
        "#BloodDonation #GiveBlood"),
    row({"theme": "Thirty Years in Printing", "tone": "Nostalgic",
         "audience": "print industry colleagues", "cta": "Share your favourite memory from the press room"},
        "Thirty years ago I walked into a print shop that smelled of ink and hot paper, and I never "
        "really left.\n\n"
        "Back then we set plates by hand and checked colour against a light box for hours. Today a "
        "digital press can turn around a full catalogue overnight. What has not changed is the "
        "satisfaction of holding a finished job that came out exactly right. Print industry colleagues, I "
        "miss the noise of those old presses more than I expected.\n\n"
        "Share your favourite memory from the press room.\n\n"
        "#ThirtyYearsInPrinting #Printing"),
    row({"theme": "Customer Loyalty Programs", "tone": "Curious",
         "audience": "brand managers", "cta": "Tell me the loyalty programme you actually use"},
        "How many loyalty cards are sitting unused in your wallet right now?\n\n"
        "I counted nine in mine, and I use one. It belongs to a small bakery that gives me a free loaf "
        "every tenth visit and remembers my name. The big programmes with apps and tiers never stuck. "
        "Brand managers, I am curious whether complexity is killing loyalty programmes, or whether I am "
        "simply the wrong customer.\n\n"
        "Tell me the loyalty programme you actually use.\n\n"
        "#CustomerLoyaltyPrograms #Marketing"),
    row({"theme": "Diversity in Leadership", "tone": "Inspirational",
         "audience": "aspiring leaders", "cta": "Tag someone you think should be leading"},
        "When I became the first woman of colour on our executive team, a junior engineer sent me a note "
        "that said: \"Now I can picture it.\"\n\n"
        "That note is pinned above my desk. Representation at the top changes who applies, who stays and "
        "who believes promotion is possible. In the two years since, the number of women applying for our "
        "senior roles has doubled. Aspiring leaders, your presence in the room matters before you say a "
        "word. Step forward!\n\n"
        "Tag someone you think should be leading!\n\n"
        "#DiversityInLeadership #Leadership"),
    row({"theme": "reverse mentoring", "tone": "reflective",
         "audience": "senior leaders", "cta": "Try a reverse mentoring pair this quarter"},
        "For six months, a 24-year-old analyst has been mentoring me, and I have learned more than I "
        "expected to.\n\n"
        "She showed me how younger customers actually find our products, which is rarely through the "
        "channels in our marketing plan. She also pointed out, politely, that my team updates were too "
        "long for anyone to read on a phone. I now write them in five bullet points. Senior leaders, the "
        "people closest to your customers are often furthest from your calendar.\n\n"
        "Try a reverse mentoring pair this quarter.\n\n"
        "#ReverseMentoring #Leadership"),
    row({"theme": "Holiday Code Freeze", "tone": "Witty",
         "audience": "release managers", "cta": "Tell me how your team survives December"},
        "Every December we announce a code freeze, and every December someone asks for \"just one tiny "
        "change\".\n\n"
        "Last year that tiny change took down gift card payments on the busiest shopping day of the "
        "season. This year the freeze comes with a simple rule: any exception needs two approvals and a "
        "rollback plan written before the code. Release managers, a freeze only works when leadership "
        "respects it too. The snacks in the war room remain exempt.\n\n"
        "Tell me how your team survives December.\n\n"
        "#HolidayCodeFreeze #ReleaseManagement"),
    row({"theme": "Customer Feedback", "tone": "Grateful",
         "audience": "our users", "cta": "Keep the feedback coming through the form in our app"},
        "In March we asked for your feedback, and 3,200 of you replied.\n\n"
        "You told us search was slow, exports were confusing and the dark mode was too dark. We fixed all "
        "three. You also asked for shared folders, which shipped last Tuesday because so many of you "
        "explained exactly how you would use them. To our users, thank you for taking the time to tell us "
        "where we fall short. This product is better because you were honest.\n\n"
        "Keep the feedback coming through the form in our app.\n\n"
        "#CustomerFeedback #ProductDevelopment"),
    row({"theme": "Cycle to Work Schemes", "tone": "Optimistic",
         "audience": "office managers", "cta": "Ask our team about setting up a scheme"},
        "A year after launching our cycle to work scheme, 46 of our 300 staff now ride in at least twice "
        "a week.\n\n"
        "We added secure bike parking, two showers and a small repair stand near reception. Sick days "
        "among regular riders are noticeably lower, and the car park finally has free spaces at nine. "
        "Several people told us the ride home is the best part of their day. Office managers, the "
        "facilities matter more than the incentive, so start with somewhere safe to lock a bike.\n\n"
        "Ask our team about setting up a scheme.\n\n"
        "#CycleToWorkSchemes #SustainableCommuting"),
    row({"theme": "Pricing Your Services", "tone": "Confident",
         "audience": "freelance designers", "cta": "Raise your rates for your next new client"},
        "I doubled my day rate two years ago. I lost one client and gained three better ones.\n\n"
        "Cheap rates attracted projects with endless revisions and slow payments. Higher rates came with "
        "clients who had clear briefs and respected deadlines. The quality of my work did not change; the "
        "way I described its value did. Freelance designers, when pricing your services, charge for the "
        "outcome you deliver, such as a rebrand that wins investors, not the hours it takes.\n\n"
        "Raise your rates for your next new client.\n\n"
        "#PricingYourServices #Design"),
    row({"theme": "hiring your first employee", "tone": "Practical",
         "audience": "solo founders", "cta": "Ask me for my first-hire checklist"},
        "Hiring your first employee is the moment a side business becomes a company, and it deserves a "
        "plan.\n\n"
        "Before I hired my first operations assistant, I wrote down every task I did for two weeks. "
        "Anything repetitive and rule-based went into the job description. Payroll, contracts and "
        "insurance took longer to set up than the hiring itself. Solo founders, hire for the work that "
        "drains you most, not the work you enjoy least, because those are often different things.\n\n"
        "Ask me for my first-hire checklist.\n\n"
        "#HiringYourFirstEmployee #SmallBusiness"),
    row({"theme": "Bootstrapping", "tone": "Proud",
         "audience": "Founders", "cta": "Tell me how you funded your first year"},
        "Six years, no investors and, as of this month, one million dollars in annual revenue.\n\n"
        "We bootstrapped our invoicing software because nobody would fund two accountants from a small "
        "town. That constraint forced us to charge from the first week and to build only what customers "
        "paid for. We still have nine employees, no debt and a waiting list for features. Founders, "
        "outside money is a tool, not a measure of whether your idea deserves to exist.\n\n"
        "Tell me how you funded your first year.\n\n"
        "#Bootstrapping #Startups"),
    row({"theme": "Closing a Seed Round", "tone": "Excited",
         "audience": "our community", "cta": "Check out our open roles on the careers page"},
        "We just closed our seed round, and we can finally say it out loud!\n\n"
        "It took 64 investor meetings, three months and more coffee than I care to admit. The money will "
        "fund our first four engineers and a pilot with two regional hospitals. Every investor who said "
        "no taught us to sharpen our story a little more. To our community, thank you for every "
        "introduction and every word of encouragement along the way!\n\n"
        "Check out our open roles on the careers page!\n\n"
        "#ClosingASeedRound #Startups #Fundraising"),
    row({"theme": "Co-founder Conflict", "tone": "Candid",
         "audience": "co-founders", "cta": "Share this with your co-founder before your next planning session"},
        "My co-founder and I stopped speaking for two weeks last autumn. The company almost did not "
        "survive it.\n\n"
        "We disagreed about whether to take a large enterprise contract that would pull us away from our "
        "main product. Neither of us was wrong; we just had never agreed how to decide. A coach helped us "
        "write down who has the final say on product, hiring and money. Co-founders, settle your decision "
        "rules while you still like each other.\n\n"
        "Share this with your co-founder before your next planning session.\n\n"
        "#CoFounderConflict #Startups"),
    row({"theme": "Board Meetings", "tone": "Professional",
         "audience": "first-time CEOs", "cta": "Download our board deck template"},
        "Three changes that turned our board meetings from status reports into useful conversations.\n\n"
        "We now send the deck five days ahead and assume everyone has read it. The meeting itself starts "
        "with the two hardest problems we face, not the wins. Each director gets a short call from me "
        "before the meeting, so there are no surprises in the room. First-time CEOs, use your board's "
        "time for the decisions where their experience actually helps.\n\n"
        "Download our board deck template.\n\n"
        "#BoardMeetings #CEO #Governance"),
    row({"theme": "Email Newsletters", "tone": "Data-driven",
         "audience": "Marketers", "cta": "Subscribe to see what we test next"},
        "We tested three send times, two subject line styles and one very long newsletter over twelve "
        "weeks.\n\n"
        "Tuesday at 7 a.m. beat Friday afternoon by 11 points on open rate. Subject lines phrased as "
        "questions did slightly better, but only for readers under 35. The surprise was the long issue: "
        "fewer people opened it, yet clicks per reader tripled. Marketers, test one variable at a time "
        "and keep a log, because memory is a poor analytics tool.\n\n"
        "Subscribe to see what we test next.\n\n"
        "#EmailNewsletters #EmailMarketing"),
    row({"theme": "SEO for Small Websites", "tone": "Practical",
         "audience": "content teams", "cta": "Pick one old post and update it this week"},
        "Our small website doubled its organic traffic last year without writing a single new article.\n\n"
        "We updated forty old posts instead. Each one got a clearer title, current statistics, a short "
        "summary at the top and links to related pages. Three posts that had slipped to page four "
        "returned to the first page within two months. Content teams, your archive is often the fastest "
        "win you have.\n\n"
        "Pick one old post and update it this week.\n\n"
        "#SEOForSmallWebsites #SEO #ContentStrategy"),
    row({"theme": "Content Marketing", "tone": "Humble",
         "audience": "B2B marketers", "cta": "Tell me what content has worked for you"},
        "I have been in content marketing for nine years, and I still cannot predict which posts will "
        "work.\n\n"
        "The guide we spent six weeks on brought in forty visitors. A rough checklist I wrote in an hour "
        "has been downloaded 12,000 times. I used to think I knew our audience well. B2B marketers, "
        "publish more small experiments and let readers show you what they value. I am still learning "
        "that every single month.\n\n"
        "Tell me what content has worked for you.\n\n"
        "#ContentMarketing #B2BMarketing"),
    row({"theme": "Referral Programs", "tone": "Analytical",
         "audience": "growth teams", "cta": "Ask me for our referral funnel benchmarks"},
        "Our referral programme brought in 18 percent of new customers last year at a quarter of our "
        "usual acquisition cost.\n\n"
        "Three details made the difference. Both the referrer and the friend received the reward, which "
        "doubled participation compared with a one-sided offer. The invite link appeared right after a "
        "customer's first successful project, when satisfaction was highest. Rewards were credits, not "
        "cash, so they kept people inside the product. Growth teams, timing the ask matters more than the "
        "size of the reward.\n\n"
        "Ask me for our referral funnel benchmarks.\n\n"
        "#ReferralPrograms #GrowthMarketing"),
    row({"theme": "Public Sector Procurement", "tone": "professional",
         "audience": "suppliers bidding for government contracts", "cta": "Register for our free bid-writing workshop"},
        "We evaluated 140 public sector tender responses last year. Most of the losing bids made the same "
        "avoidable mistakes.\n\n"
        "They answered the question they wished we had asked instead of the one on the form. They "
        "exceeded word limits, which meant evaluators stopped reading. Many priced services in a way that "
        "could not be compared with other bids. Suppliers bidding for government contracts, mirror the "
        "structure of the tender in your answer and make scoring easy for the panel.\n\n"
        "Register for our free bid-writing workshop.\n\n"
        "#PublicSectorProcurement #GovernmentContracts"),
    row({"theme": "Literary Translation", "tone": "Reflective",
         "audience": "translators", "cta": "Share a sentence you found impossible to translate"},
        "My translation of a Portuguese novel came out this week, four years after I first read it on a "
        "train.\n\n"
        "The hardest part was not vocabulary. It was a grandmother's way of speaking, full of proverbs "
        "that make no sense in English when translated word for word. I rewrote her opening line more "
        "than thirty times. Translators, our job is to carry the voice across, even when the words have "
        "to change completely.\n\n"
        "Share a sentence you found impossible to translate.\n\n"
        "#LiteraryTranslation #Translation"),
    row({"theme": "Court Interpreting", "tone": "Urgent",
         "audience": "court administrators", "cta": "Sign the open letter linked in the comments"},
        "Last month a defendant in our district waited three days in custody because no qualified "
        "interpreter was available.\n\n"
        "There are only four certified interpreters for his language in the whole region, and two of them "
        "are close to retiring. Court interpreting pays less than many agency jobs that need half the "
        "training. Court administrators, fair hearings depend on people who are leaving the profession "
        "right now. Fund training and raise rates before the gap becomes permanent.\n\n"
        "Sign the open letter linked in the comments.\n\n"
        "#CourtInterpreting #AccessToInterpreters"),
    row({"theme": "Paralegal Careers", "tone": "Encouraging",
         "audience": "aspiring paralegals", "cta": "Message me if you want to talk about getting started"},
        "Five years ago I was a receptionist at a small law firm. Today I run the litigation support team "
        "there.\n\n"
        "I started by asking the paralegals if I could help with filing during quiet afternoons. A "
        "partner noticed my organised case binders and paid for my paralegal certificate. Aspiring "
        "paralegals, attention to detail and calm under deadlines matter as much as any qualification. "
        "Start where you are and raise your hand often!\n\n"
        "Message me if you want to talk about getting started!\n\n"
        "#ParalegalCareers #LegalCareers"),
    row({"theme": "First Year as an Associate", "tone": "Humble",
         "audience": "law students", "cta": "Ask me what I wish I had known"},
        "My first year as an associate taught me how little I knew after three years of law school.\n\n"
        "I spent a whole weekend researching a point the partner already knew the answer to; she wanted "
        "to see how I reasoned. I learned to send short updates before anyone asked for them. I also "
        "learned that the paralegals know where everything is. Law students, the best associates I work "
        "with ask questions early and admit when they are stuck.\n\n"
        "Ask me what I wish I had known.\n\n"
        "#FirstYearAsAnAssociate #LawFirmLife"),
    row({"theme": "Interior Design", "tone": "Excited",
         "audience": "clients planning a renovation", "cta": "Book a free consultation this month"},
        "Our interior design studio just finished its biggest project yet: a 1920s townhouse turned into "
        "four bright family flats!\n\n"
        "We kept the original staircase, restored the tiled hallway and opened the back of the house to a "
        "shared garden. The whole build came in under budget because we made every key decision before "
        "the builders arrived. Clients planning a renovation, choose your finishes early; late changes "
        "cost far more than the materials themselves!\n\n"
        "Book a free consultation this month!\n\n"
        "#InteriorDesign #Renovation"),
    row({"theme": "Beauty Salon Ownership", "tone": "Grateful",
         "audience": "stylists", "cta": "Tell me who gave you your first chair"},
        "Ten years ago I rented a single chair in the back of someone else's salon. Today our salon "
        "employs twelve stylists.\n\n"
        "The woman who rented me that chair charged me half price for the first six months because she "
        "remembered starting out herself. She also taught me to book the next appointment before a client "
        "leaves. I have passed both lessons on to every stylist who has joined us. Stylists, whoever gave "
        "you your first chance deserves a phone call this week. I owe her more than I can say.\n\n"
        "Tell me who gave you your first chair.\n\n"
        "#BeautySalonOwnership #SalonLife"),
    row({"theme": "Starting a Dog Grooming Business", "tone": "Witty",
         "audience": "aspiring pet business owners", "cta": "Ask me anything about the first year"},
        "Eighteen months ago I left accounting to start a dog grooming business. My clients now bite less "
        "than my old ones did.\n\n"
        "The spreadsheets came with me, though. Knowing my cost per appointment helped me price properly "
        "from the start, while many new groomers undercharge for years. Aspiring pet business owners, "
        "love for animals gets you started, but a booking system and clear cancellation rules keep you "
        "open. Also, buy more towels than you think you need.\n\n"
        "Ask me anything about the first year.\n\n"
        "#StartingADogGroomingBusiness #SmallBusiness"),
    row({"theme": "Microfinance", "tone": "Inspirational",
         "audience": "impact investors", "cta": "Learn more about our lending circles through the link below"},
        "A loan of 300 dollars can change the direction of an entire family.\n\n"
        "Amina borrowed that amount from our lending circle four years ago to buy a second sewing "
        "machine. She now employs three women from her village and pays school fees for seven children. "
        "Repayment rates across our microfinance circles have stayed above 97 percent. Impact investors, "
        "small amounts placed close to the people who use them can travel a remarkably long way. Believe "
        "in the borrowers!\n\n"
        "Learn more about our lending circles through the link below!\n\n"
        "#Microfinance #ImpactInvesting"),
    row({"theme": "Social Enterprise", "tone": "Visionary",
         "audience": "business students", "cta": "Join our social enterprise challenge this spring"},
        "In the next generation of business, profit and purpose will not sit in separate departments.\n\n"
        "Our social enterprise sells refurbished office furniture and trains people leaving prison to do "
        "the refurbishing. Last year we kept 80 tonnes of furniture out of landfill and placed 22 "
        "trainees in permanent jobs, while turning a profit. Business students, the companies you will "
        "build can be judged on both columns of the ledger at once. Design them that way from the first "
        "day.\n\n"
        "Join our social enterprise challenge this spring.\n\n"
        "#SocialEnterprise #ImpactBusiness"),
    row({"theme": "Grant Writing", "tone": "Practical",
         "audience": "nonprofit staff", "cta": "Download our grant calendar template"},
        "Our small charity won 11 of 16 grant applications last year. The process mattered more than the "
        "prose.\n\n"
        "We keep one master document with our mission, outcomes and budget, updated every quarter. Every "
        "application starts from it, so no one writes from scratch. We call the funder before applying "
        "whenever the guidelines allow it. Nonprofit staff, a funder who has heard your voice reads your "
        "proposal differently.\n\n"
        "Download our grant calendar template.\n\n"
        "#GrantWriting #Nonprofits"),
    row({"theme": "Nonprofit Board Service",
         "tone": "Reflective",
         "audience": "professionals thinking about joining a board",
         "cta": "Message me if you want to know what board service involves"},
        "Three years on the board of a youth music charity have taught me as much as any job I have held.\n\n"
        "I joined thinking my finance background would be the main thing I offered. It turned out the "
        "staff needed someone who could ask calm questions in a crisis, like the night our main funder "
        "pulled out. We rebuilt the budget in a weekend and no programme closed. Professionals thinking "
        "about joining a board, expect to give more time than the role description says, and to get more "
        "back.\n\n"
        "Message me if you want to know what board service involves.\n\n"
        "#NonprofitBoardService #BoardGovernance"),
    row({"theme": "Co-op Programs",
         "tone": "Grateful",
         "audience": "companies that host co-op students",
         "cta": "Thank the company that gave you your first placement"},
        "My first co-op placement was at a water treatment plant, and it is the reason I became an "
        "environmental engineer.\n\n"
        "The plant manager let me shadow every shift for a week before giving me a real project on sludge "
        "monitoring. My report was clumsy, but they used two of my recommendations. Companies that host "
        "co-op students, you are shaping careers you will never see the end of. Thank you for the "
        "patience you showed me.\n\n"
        "Thank the company that gave you your first placement.\n\n"
        "#CoOpPrograms #EngineeringCareers"),
    row({"theme": "Kitchen Culture", "tone": "Candid",
         "audience": "head chefs", "cta": "Tell me how your kitchen handles the busiest nights"},
        "For years I ran my kitchen the way I was trained: shouting during service and calling it "
        "passion.\n\n"
        "Staff turnover was close to 80 percent a year, and I blamed the industry. When my sous chef quit "
        "in the middle of a Saturday, I finally asked why. We now hold a five-minute briefing before "
        "service, keep fixed days off and never raise voices on the pass. Turnover has halved. Head "
        "chefs, a calm kitchen still cooks with fire.\n\n"
        "Tell me how your kitchen handles the busiest nights.\n\n"
        "#KitchenCulture #Chefs #Hospitality"),
    row({"theme": "Rail Maintenance", "tone": "Proud",
         "audience": "rail engineers", "cta": "Follow our page for more behind-the-scenes updates"},
        "Over one long weekend, our crews replaced 2.4 kilometres of track and reopened the line an hour "
        "early.\n\n"
        "Planning started eight months ago, with every machine, crew change and meal break scheduled down "
        "to the quarter hour. Overnight temperatures dropped below freezing, and nobody was hurt. Rail "
        "engineers, the work that keeps millions of journeys safe mostly happens while passengers are "
        "asleep, and it deserves to be seen. I am proud to work with this team.\n\n"
        "Follow our page for more behind-the-scenes updates.\n\n"
        "#RailMaintenance #Railways #Engineering"),
    row({"theme": "Maritime Careers", "tone": "Inspirational",
         "audience": "school leavers", "cta": "Apply for our cadet scheme before the summer"},
        "At 18 I had never been on a ship. At 29 I am the second officer on a container vessel crossing "
        "the Indian Ocean.\n\n"
        "The maritime industry moves about 80 percent of the world's goods, and it needs new officers, "
        "engineers and technicians every year. Many cadet schemes are sponsored, so you earn while you "
        "train and graduate without debt. School leavers, a career at sea is hard, but the view from the "
        "bridge at dawn is worth it. The horizon is waiting!\n\n"
        "Apply for our cadet scheme before the summer!\n\n"
        "#MaritimeCareers #Shipping"),
    row({"theme": "Fact-Checking", "tone": "Urgent",
         "audience": "newsroom editors", "cta": "Share your verification checklist with other editors"},
        "A fake photo of a flooded airport reached 2 million views last week before any outlet checked "
        "it.\n\n"
        "Three regional sites ran it within an hour. A reverse image search would have shown it was taken "
        "in another country six years earlier. Speed matters in news, but a correction never travels as "
        "far as the original mistake. Newsroom editors, make a two-minute verification step mandatory for "
        "every image, starting today.\n\n"
        "Share your verification checklist with other editors.\n\n"
        "#FactChecking #Journalism"),
    row({"theme": "Video Editing Workflow", "tone": "Practical",
         "audience": "video creators", "cta": "Reply with the shortcut you use most"},
        "I cut my editing time per video from nine hours to four without buying any new software.\n\n"
        "The biggest change was sorting footage into folders before opening the editor, instead of "
        "scrubbing through everything on the timeline. I also built templates for intros, lower thirds "
        "and end screens. Finally, I stopped colour grading clips that would end up on the cutting room "
        "floor. Video creators, organise first and edit second.\n\n"
        "Reply with the shortcut you use most.\n\n"
        "#VideoEditingWorkflow #ContentCreation"),
    row({"theme": "Localization", "tone": "Curious",
         "audience": "product managers", "cta": "Tell me what surprised you when you launched in a new market"},
        "When we launched in Japan, our sign-up rate was a third of what we saw at home. Can you guess "
        "why?\n\n"
        "The translation was fine. The problem was that our form asked for first name and last name in "
        "the Western order, and many people entered them backwards, then failed verification. Fixing one "
        "field doubled completed sign-ups. Product managers, localization is much more than language, so "
        "what else are we all missing?\n\n"
        "Tell me what surprised you when you launched in a new market.\n\n"
        "#Localization #InternationalGrowth"),
    row({"theme": "Penetration Testing", "tone": "Honest",
         "audience": "security students", "cta": "Ask me how I got my first security job"},
        "Penetration testing is less like the movies and more like very careful paperwork.\n\n"
        "On a typical engagement I spend two days testing and three days writing the report. Clients pay "
        "for clear findings they can fix, ranked by risk, not for clever tricks. My most valuable skill "
        "turned out to be explaining a vulnerability to a finance director in plain words. Security "
        "students, practise writing as much as you practise hacking.\n\n"
        "Ask me how I got my first security job.\n\n"
        "#PenetrationTesting #InfoSecCareers"),
    row({"theme": "Spreadsheet Skills", "tone": "witty",
         "audience": "analysts", "cta": "Share the formula you cannot live without"},
        "My most valuable career skill is not on my degree certificate. It is knowing how to use a lookup "
        "function properly.\n\n"
        "Early in my first job, I saved my team four hours a week by replacing a copy-and-paste routine "
        "with two formulas. My manager thought I was a genius, and I did not correct her. Analysts, learn "
        "pivot tables, lookups and keyboard shortcuts before anything fancier. The spreadsheet will "
        "outlive us all.\n\n"
        "Share the formula you cannot live without.\n\n"
        "#SpreadsheetSkills #Excel"),
    row({"theme": "Hybrid Meetings", "tone": "Practical",
         "audience": "meeting organisers", "cta": "Try the one-laptop rule at your next meeting"},
        "In hybrid meetings, the people on the screen usually become spectators.\n\n"
        "We tried a simple fix: if one person joins remotely, everyone joins from their own laptop, even "
        "in the same room. Chat, hand raises and shared notes work the same for all. Remote colleagues "
        "told us it was the first time they felt equal in a discussion. Meeting organisers, design the "
        "meeting around the person furthest from the room.\n\n"
        "Try the one-laptop rule at your next meeting.\n\n"
        "#HybridMeetings #HybridWork"),
    row({"theme": "Digital Nomad Life", "tone": "Reflective",
         "audience": "remote workers", "cta": "Tell me where you would work from if you could choose"},
        "I spent a year working from eleven cities, and the thing I missed most was boredom.\n\n"
        "Every month meant a new flat, new internet, new supermarket and a new time zone for my clients. "
        "The views were wonderful, but deep focus was rare. I now spend three months in one place at a "
        "time, and my work is better for it. Remote workers, the freedom of digital nomad life is real, "
        "but so is the cost of constant change.\n\n"
        "Tell me where you would work from if you could choose.\n\n"
        "#DigitalNomadLife #RemoteWork"),
    row({"theme": "Second-Career Teachers", "tone": "Inspirational",
         "audience": "professionals thinking about teaching", "cta": "Visit our teacher training open evening"},
        "I left a marketing job at 38 to teach secondary maths, and I have never worked harder or laughed "
        "more.\n\n"
        "My students are not interested in my old job title. They care that I can explain why compound "
        "interest matters, because I used it every day in budgeting meetings. Real-world experience makes "
        "abstract lessons concrete. Professionals thinking about teaching, schools need people who have "
        "seen how subjects are used outside the classroom. It is never too late to start!\n\n"
        "Visit our teacher training open evening!\n\n"
        "#SecondCareerTeachers #Teaching"),
    row({"theme": "Quiet Quitting", "tone": "Thoughtful",
         "audience": "middle managers", "cta": "Tell me what brought back your own motivation"},
        "What gets called quiet quitting is usually a message rather than a mood.\n\n"
        "On my team, the two people who pulled back most last year had both been passed over for "
        "promotions with no explanation. Nobody had talked them through what came next. Once we set clear "
        "growth plans and a review date, one of them became our strongest contributor again. Middle "
        "managers, ask what changed before you decide someone has checked out.\n\n"
        "Tell me what brought back your own motivation.\n\n"
        "#QuietQuitting #EmployeeEngagement"),
    row({"theme": "AI Tools for Small Teams", "tone": "Optimistic",
         "audience": "small agency owners", "cta": "Ask me which tools we kept and which we dropped"},
        "Our five-person agency now produces the proposals of a team twice our size, and nobody works "
        "late.\n\n"
        "We use AI tools for first drafts of reports, meeting summaries and research outlines. Every "
        "client-facing word is still edited by a person. The time saved goes into strategy workshops, "
        "which clients value far more than polished formatting. Small agency owners, the gain is not "
        "replacing people but freeing them for the work only they can do.\n\n"
        "Ask me which tools we kept and which we dropped.\n\n"
        "#AIToolsForSmallTeams #AgencyLife"),
    row({"theme": "Morale After Restructuring", "tone": "Empathetic",
         "audience": "leaders of teams that survived cuts", "cta": "Share what helped your team rebuild trust"},
        "The people who keep their jobs after a restructuring often feel worse than leaders expect.\n\n"
        "After our reorganisation in the spring, three of my remaining engineers told me they felt guilty "
        "and were waiting for the next round. Reassurance did not help. What helped was honesty about the "
        "company's finances, a clear plan for the next six months and time to say goodbye properly to "
        "former colleagues. Leaders of teams that survived cuts, make room for grief before you ask for "
        "energy.\n\n"
        "Share what helped your team rebuild trust.\n\n"
        "#MoraleAfterRestructuring #Leadership"),
    row({"theme": "Annual Report Writing", "tone": "Professional",
         "audience": "communications teams", "cta": "See our latest annual report on the website"},
        "This year we cut our annual report from 86 pages to 24, and more people read it than ever "
        "before.\n\n"
        "We moved the detailed financial tables to an appendix online. Each section now opens with one "
        "number and one story about a real customer or employee. Designers and writers worked together "
        "from the first week instead of passing files back and forth. Communications teams, write the "
        "annual report for the reader who has five minutes, not the one who has an afternoon.\n\n"
        "See our latest annual report on the website.\n\n"
        "#AnnualReportWriting #CorporateCommunications"),
    row({"theme": "Marathon Training", "tone": "Proud",
         "audience": "busy parents", "cta": "Tell me what goal you are training for this year"},
        "On Sunday I crossed the finish line of my first marathon in 4 hours and 41 minutes, eleven "
        "months after I could barely run for ten minutes.\n\n"
        "I trained while working full time and raising two kids, so most runs happened at 5:45 before "
        "anyone else was awake. Long runs moved to Saturday mornings, and my partner took the school "
        "swimming lessons in return. What got me through was a rule I borrowed from work: never miss "
        "twice in a row. Busy parents, the time exists in small pieces; the trick is deciding in advance "
        "where it goes. My legs hurt, and I am very proud.\n\n"
        "Tell me what goal you are training for this year.\n\n"
        "#MarathonTraining #Running"),
    row({"theme": "customer complaints", "tone": "calm",
         "audience": "call centre agents", "cta": "Share the phrase that calms an angry caller"},
        "An angry customer is usually a worried customer wearing armour.\n\n"
        "In my first week in the call centre, a man shouted at me for six minutes about a late refund. "
        "When I finally asked what the money was for, he told me it was his daughter's rent. Call centre "
        "agents, find the worry behind the words and the tone often changes on its own.\n\n"
        "Share the phrase that calms an angry caller.\n\n"
        "#CustomerComplaints #CallCentre"),
    row({"theme": "Hiring Without Whiteboard Interviews", "tone": "Bold",
         "audience": "Hiring Managers", "cta": "Tell me what your technical interview looks like"},
        "We stopped asking engineering candidates to solve puzzles on a whiteboard two years ago, and our "
        "hiring got better by every measure we track.\n\n"
        "The old process rewarded people who had practised interview tricks, not people who write "
        "maintainable code. Now candidates spend ninety minutes pairing with one of our engineers on a "
        "small bug from our real codebase, with documentation and search allowed. Offer acceptance went "
        "up, and first-year attrition dropped from 22 percent to 9. Hiring managers, test the job you are "
        "actually hiring for; if nobody on your team writes sorting algorithms from memory, do not ask "
        "candidates to.\n\n"
        "Tell me what your technical interview looks like.\n\n"
        "#HiringWithoutWhiteboardInterviews #Hiring #TechRecruiting"),
    row({"theme": "Asking for Help", "tone": "Humble",
         "audience": "new hires", "cta": "Ask one question today that you have been saving"},
        "It took me three months in my new job to admit I did not understand our pricing model.\n\n"
        "When I finally asked, my colleague laughed and said half the sales team had never understood it "
        "either. We rewrote the guide together that afternoon. New hires, ask for help early, because the "
        "question you are embarrassed to ask is usually the one everyone is waiting for.\n\n"
        "Ask one question today that you have been saving.\n\n"
        "#AskingForHelp #NewJob"),
    row({"theme": "Returning After Illness", "tone": "Grateful",
         "audience": "HR teams", "cta": "Share how your workplace supports people coming back"},
        "Nine months ago I was diagnosed with breast cancer. Last Monday I went back to work, and I want "
        "to thank the people who made that possible.\n\n"
        "My HR partner set up a phased return, starting with three short days a week and no client travel "
        "until I felt ready. My manager kept me updated with one friendly email a fortnight, never with "
        "pressure to reply. On my first morning there were flowers on my desk and a note listing "
        "everything that had changed, so I did not have to ask. HR teams, flexible return plans cost "
        "little and mean everything to the person coming back.\n\n"
        "Share how your workplace supports people coming back.\n\n"
        "#ReturningAfterIllness #Wellbeing"),
    row({"theme": "Writing Better Emails", "tone": "Direct",
         "audience": "busy colleagues", "cta": "Try this on your next email"},
        "Put the request in the first line of your email. Always.\n\n"
        "Most emails I receive bury the question under three paragraphs of background. The reply takes "
        "longer because I have to dig for what is needed and by when. Busy colleagues will thank you for "
        "one clear ask, a deadline and the context underneath, in that order.\n\n"
        "Try this on your next email.\n\n"
        "#WritingBetterEmails #Communication"),
    row({"theme": "Opening Our Second Office", "tone": "Excited",
         "audience": "job seekers in Lisbon", "cta": "Apply through our careers page before July 15"},
        "We are opening our second office, in Lisbon, and hiring twenty people over the next six months!\n\n"
        "When we started the company in Dublin five years ago, three of our first ten customers were "
        "Portuguese. Since then Portugal has become our fastest-growing market, and our support team is "
        "tired of answering calls at odd hours. The new office will house customer success, support and "
        "our first product team outside Ireland. We are looking for people who speak Portuguese and "
        "English and enjoy building things from scratch. Job seekers in Lisbon, we would love to meet you "
        "at our launch evening next month!\n\n"
        "Apply through our careers page before July 15!\n\n"
        "#OpeningOurSecondOffice #Hiring #Lisbon"),
    row({"theme": "Unpaid Internships", "tone": "candid", "audience": "creative agencies", "cta": "Pay your interns"},
        "Unpaid internships quietly decide who gets to start a career.\n\n"
        "I could afford one at 21 because my parents paid my rent. Most of my classmates could not, no "
        "matter how talented they were. Three of them left the industry before they ever got a foot in "
        "the door. Creative agencies, if the work is valuable enough to do, it is valuable enough to pay "
        "for.\n\n"
        "Pay your interns.\n\n"
        "#UnpaidInternships #FairWork"),
    row({"theme": "Knowledge Management", "tone": "Visionary",
         "audience": "operations leaders", "cta": "Join our knowledge management webinar"},
        "In ten years, the most resilient companies will answer hard questions without hunting down the "
        "one colleague who remembers.\n\n"
        "Right now, too much of what organisations know lives in inboxes, chat threads and the heads of "
        "people close to retirement. When our longest-serving planner retired last year, it took us four "
        "months to rebuild what she knew about our suppliers. We now record short explainer videos for "
        "every critical process and link them to the systems people already use. Search has become the "
        "first place new staff look, not the last. Operations leaders, treat knowledge as infrastructure "
        "and fund it like any other.\n\n"
        "Join our knowledge management webinar.\n\n"
        "#KnowledgeManagement #Operations"),
    row({"theme": "Plain Language", "tone": "Friendly",
         "audience": "government writers", "cta": "Send me a form you think needs rewriting"},
        "Short words help everyone, including experts.\n\n"
        "Last spring we rewrote a benefits letter in plain language. Calls to the helpline about that "
        "letter fell by 40 percent in two months. Nobody complained that it sounded too simple. "
        "Government writers, test your next letter on someone outside your team and cut anything they "
        "stumble over.\n\n"
        "Send me a form you think needs rewriting.\n\n"
        "#PlainLanguage #PublicServices"),
]
