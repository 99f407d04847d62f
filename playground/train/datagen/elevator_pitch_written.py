"""Hand-written elevator-pitch rows: data only, nothing to run.

``WRITTEN`` pairs realistic field values (positions far beyond the suggested ones, experiences typed tersely or
in detail) with 55-95 word first-person pitches, each in its own sentence plan: varied openings, orderings of
experience, goals and strengths, at most one concrete achievement and a forward-looking close. They teach the
adapter natural pitches where the template rows of ``elevator_pitch`` repeat one frame. No person, employer,
place or sentence of the challenge split appears here.
"""

from playground.train.datagen import row

WRITTEN = [
    row({"position": "Accountant", "experience": "staff accountant at a mid-size construction company, 4 years",
         "goals": "become a controller",
         "strengths": "month-end close, reconciliations, explaining numbers to non-finance people"},
        "Numbers only help a business when people understand them, and that is where I shine as an accountant. For "
        "four years I have been a staff accountant at a mid-size construction company, and I shortened our month-end "
        "close from ten days to six. I'm working toward a controller role. A fast, clean close, careful "
        "reconciliations and a talent for explaining figures to project managers make me a steady partner for any "
        "finance team."),
    row({"position": "ER Nurse", "experience": "3 yrs in the emergency department of a level 1 trauma center",
         "goals": "become a flight nurse", "strengths": "triage, keeping families informed, quick thinking"},
        "When an ambulance pulls in with three patients at once, I'm the nurse who decides who needs help first. I "
        "have spent three years in the emergency department of a level one trauma center, and last spring I was "
        "asked to lead triage training for our new hires. My goal is to become a flight nurse. Sharp triage skills, "
        "quick thinking and a habit of keeping families informed would serve a transport team well."),
    row({"position": "software engineer",
         "experience": "backend dev at a food delivery app, mostly Go and Postgres",
         "goals": "move into platform engineering",
         "strengths": "debugging production issues, writing docs people actually read"},
        "Hi, I'm a software engineer who enjoys the part of the job most people avoid: figuring out why production "
        "broke at two in the morning. I build backend services in Go and Postgres for a food delivery app, and I "
        "traced a memory leak that had been causing weekly outages. Platform engineering is where I want to go from "
        "here. I debug calmly, and I write documentation people actually read, so the fixes stick."),
    row({"position": "Primary School Teacher", "experience": "Year 3 teacher, 7 years, in an inner-city school",
         "goals": "to become a deputy head", "strengths": "behaviour management, phonics, working with parents"},
        "For the past seven years, I have taught Year 3 in an inner-city primary school, and I still love the moment "
        "a child starts reading on their own. I introduced a daily phonics routine that lifted our reading scores "
        "above the national average for the first time. I'm now ready to step up as a deputy head. Calm behaviour "
        "management, strong phonics teaching and good relationships with parents are what I would bring to a "
        "leadership team."),
    row({"position": "Electrician (residential)",
         "experience": "licensed residential electrician, mostly old-house rewires and panel upgrades",
         "goals": "specialize in home battery and heat pump installs",
         "strengths": "troubleshooting, tidy work, customers trust me"},
        "Old houses hide a lot of surprises behind the walls, and finding them safely is my specialty as a "
        "residential electrician. Most of my work is rewiring older homes and upgrading panels, and I have completed "
        "more than eighty rewires without a failed inspection. I want to specialize in home battery and heat pump "
        "installations next. Patient troubleshooting, tidy work and the trust homeowners place in me make every job "
        "go smoothly."),
    row({"position": "Data Analyst",
         "experience": "2 years doing marketing analytics for an online furniture retailer",
         "goals": "move into product analytics", "strengths": "python, a/b testing, storytelling with charts"},
        "What I love about data analysis is the moment a chart settles an argument. I've spent two years as a data "
        "analyst in marketing analytics at an online furniture retailer, where my test of a new checkout banner "
        "raised conversion by four percent in its first month. Now I'd like to move into product analytics and get "
        "closer to how people use a product. Python, rigorous A/B testing and clear storytelling with charts are the "
        "tools I'd bring."),
    row({"position": "Chef de Partie",
         "experience": "running the fish section at a busy hotel restaurant in Edinburgh",
         "goals": "to become a sous chef within two years", "strengths": "speed, consistency, calm during service"},
        "I'm a chef de partie running the fish section at a busy hotel restaurant in Edinburgh. On a full Saturday "
        "my station sends out more than a hundred plates, and I reworked our prep lists so nothing runs out before "
        "the last table. Within two years I want to become a sous chef. Speed, consistency and a calm head during "
        "service are why head chefs trust my section on their busiest nights."),
    row({"position": "Corporate Lawyer", "experience": "associate at a commercial law firm, M&A team, 5 years",
         "goals": "move in-house as legal counsel for a tech company",
         "strengths": "drafting, negotiation, commercial thinking"},
        "After five years on the M&A team of a commercial law firm, I know that good deals live or die on clear "
        "contracts. As a corporate lawyer, I have drafted and negotiated the documents for more than twenty "
        "transactions, including a cross-border acquisition that closed a month early. I'm now looking to move "
        "in-house as legal counsel for a tech company. Precise drafting, firm negotiation and commercial thinking "
        "help me protect a business without slowing it down."),
    row({"position": "HR Business Partner", "experience": "HRBP for a 600-person manufacturing site",
         "goals": "to lead HR for a whole region",
         "strengths": "employee relations, coaching managers, data-driven workforce planning"},
        "Hello, I'm an HR business partner for a manufacturing site with six hundred employees. I coach our managers "
        "through difficult conversations, and after I redesigned our exit interviews, voluntary turnover on the "
        "night shift fell by a third. My goal is to lead HR for an entire region. Strong employee relations, "
        "hands-on coaching and workforce planning grounded in data let me support people and the business at the "
        "same time."),
    row({"position": "Sales Rep", "experience": "selling medical devices to hospitals in the Midwest, 3 yrs",
         "goals": "become a regional sales manager",
         "strengths": "relationship building, knowing the product inside out, resilience"},
        "Have you ever tried to sell a surgical device to a room full of skeptical surgeons? That's my job as a "
        "sales rep covering hospitals across the Midwest. In three years I have grown my territory by forty percent, "
        "largely through repeat orders. I'd like to become a regional sales manager and help newer reps do the same. "
        "Strong relationships, deep product knowledge and plenty of resilience are what keep my customers coming "
        "back."),
    row({"position": "Logistics Coordinator", "experience": "coordinating inbound freight for a furniture importer",
         "goals": "move into transport planning",
         "strengths": "problem solving, carrier relationships, staying organized"},
        "I make sure containers full of sofas and tables actually arrive where they should. As a logistics "
        "coordinator for a furniture importer, I manage inbound freight from port to warehouse, and I renegotiated "
        "our trucking contracts to save around fifteen percent a year. My next step is transport planning. Practical "
        "problem solving, good relationships with carriers and a very organized inbox help me keep shipments moving "
        "when plans change."),
    row({"position": "Graphic Designer",
         "experience": "in-house designer at a craft brewery, doing labels, merch and social",
         "goals": "to build brand identities for food and drink startups",
         "strengths": "illustration, typography, quick turnaround"},
        "Every can on the shelf of the craft brewery I work for carries a label I designed. As their in-house "
        "graphic designer, I handle labels, merchandise and social media, and our seasonal range sold out twice last "
        "year after the redesign. I want to build complete brand identities for food and drink startups. Hand-drawn "
        "illustration, careful typography and quick turnaround let me give young brands a look that feels both bold "
        "and personal."),
    row({"position": "HVAC Engineer",
         "experience": "designing heating and ventilation systems for schools and offices, 6 years",
         "goals": "lead net-zero building projects",
         "strengths": "Revit, energy modelling, coordinating with architects"},
        "Comfortable, healthy buildings don't happen by accident, and making them that way is my work as an HVAC "
        "engineer. For six years I have designed heating and ventilation systems for schools and offices, and one of "
        "my school retrofits cut its energy use by a quarter. I want to lead net-zero building projects from concept "
        "to handover. Fluent Revit, solid energy modelling and smooth coordination with architects are what I'd "
        "contribute to your design team."),
    row({"position": "Customer Support Specialist", "experience": "tier 2 support at a payroll software company",
         "goals": "move into customer success",
         "strengths": "patience, explaining technical stuff simply, writing help articles"},
        "When a small business can't run payroll on a Friday afternoon, I'm the one they reach. As a customer "
        "support specialist on the tier two team of a payroll software company, I wrote help articles that now "
        "answer about a fifth of incoming tickets before anyone has to call. I'm hoping to move into customer "
        "success. Patience, simple explanations of technical problems and clear writing help customers feel looked "
        "after rather than processed."),
    row({"position": "Student (Computer Science)",
         "experience": "final-year CS student, internship at a cybersecurity startup last summer",
         "goals": "get a graduate role in security engineering",
         "strengths": "fast learner, CTF competitions, teamwork"},
        "I'm a final-year computer science student, and I spend my free weekends breaking into systems, legally, in "
        "capture-the-flag competitions. Last summer I interned at a cybersecurity startup, where I found a "
        "misconfigured storage bucket during my second week. After graduation I want a role in security engineering. "
        "I learn fast, I work well in a team, and I bring the curiosity that makes a good defender."),
    row({"position": "Career changer - ex retail manager moving into UX",
         "experience": "ran a clothing store for 8 years, just finished a UX bootcamp",
         "goals": "land a junior UX designer role", "strengths": "understanding customers, leading teams, figma"},
        "For eight years I managed a clothing store, watching every day how real customers shop, hesitate and give "
        "up. I have just finished a UX bootcamp, and my capstone project redesigned a returns process that test "
        "users completed twice as fast. Now I'm looking for my first role as a junior UX designer. I understand "
        "customers, I know how to lead a team, and I'm comfortable in Figma, so I can turn what I observe into "
        "designs."),
    row({"position": "Civil Servant",
         "experience": "policy officer in the housing department of a national ministry",
         "goals": "lead policy on homelessness prevention",
         "strengths": "writing briefings, stakeholder consultation, analysis"},
        "I'm a civil servant who turns evidence into policy that ministers can act on. As a policy officer in the "
        "housing department of a national ministry, I drafted the consultation that shaped new rules on emergency "
        "housing support. My ambition is to lead policy on homelessness prevention. Clear briefings, careful "
        "consultation with charities and councils, and sound analysis help me bring the right options to decision "
        "makers."),
    row({"position": "Pastry Chef", "experience": "pastry chef at a boutique hotel, 4 yrs",
         "goals": "open a patisserie", "strengths": "creativity, precision, costing recipes"},
        "Pastry is where creativity meets precision, and I've spent four years proving it as pastry chef at a "
        "boutique hotel. My plated dessert menu became the most photographed part of our restaurant, and afternoon "
        "tea bookings doubled within a year. One day soon I plan to open my own patisserie. A creative eye, exact "
        "technique and careful recipe costing mean I can make beautiful things that also make money."),
    row({"position": "Warehouse Supervisor",
         "experience": "supervising 25 pickers on the night shift at a grocery distribution center",
         "goals": "become operations manager", "strengths": "motivating people, safety, lean processes"},
        "Twenty-five pickers report to me on the night shift at a grocery distribution center. Since I became "
        "warehouse supervisor, I have reorganized our pick paths and raised orders per hour by eighteen percent with "
        "no rise in injuries. I'm aiming for an operations manager role next. I know how to motivate a tired crew at "
        "three in the morning, I never cut corners on safety, and I keep finding leaner ways to work."),
    row({"position": "Marketing Specialist",
         "experience": "email and CRM marketing for a pet food subscription brand",
         "goals": "lead lifecycle marketing", "strengths": "segmentation, copywriting, testing everything"},
        "I'm a marketing specialist focused on email and CRM for a pet food subscription brand, which means I think "
        "a lot about why customers cancel. My win-back series brought back nearly one in ten lapsed subscribers last "
        "year. Going forward, I'd like to lead lifecycle marketing for a growing brand. Smart segmentation, warm "
        "copywriting and a habit of testing everything help me keep customers around longer."),
    row({"position": "Physician Assistant", "experience": "PA in an urgent care clinic, 2 years",
         "goals": "transition into dermatology", "strengths": "bedside manner, efficient charting"},
        "Hi, I'm a physician assistant who has spent two years in a busy urgent care clinic, seeing everything from "
        "sprained ankles to strange rashes. Those rashes got me hooked, and I now run a weekly skin check session "
        "that has caught several early melanomas. I'm working toward a move into dermatology. A warm bedside manner "
        "and efficient charting let me give each patient real attention, even on crowded days."),
    row({"position": "Project Manager",
         "experience": "PM at a digital agency managing website builds for universities",
         "goals": "get PMP and manage bigger programmes",
         "strengths": "keeping clients happy, scope control, clear status updates"},
        "Website projects for universities involve a lot of committees, and as a project manager at a digital "
        "agency, I keep them all moving in the same direction. Last year I delivered eleven builds, every one on "
        "budget. I'm studying for my PMP certification so I can manage larger programmes. Clients stay happy with me "
        "because I control scope firmly, share honest status updates and never let surprises reach them late."),
    row({"position": "Bookkeeper",
         "experience": "freelance bookkeeper for about 30 small businesses (cafés, trades, salons)",
         "goals": "grow into a small practice with two staff", "strengths": "Xero, friendly, deadlines"},
        "About thirty small businesses, from cafés to tradespeople to salons, rely on me as their freelance "
        "bookkeeper. I moved most of them onto Xero, and none has missed a tax deadline since. My plan is to grow "
        "into a small practice with two staff so I can take on more clients. I know Xero inside out, I'm friendly "
        "and easy to reach, and deadlines simply don't slip on my watch."),
    row({"position": "Research Scientist",
         "experience": "postdoc in a materials science lab working on battery electrodes",
         "goals": "move into industry R&D", "strengths": "electron microscopy, designing experiments, publishing"},
        "My research is about making batteries last longer. As a research scientist doing a postdoc in a materials "
        "science lab, I study battery electrodes, and I identified a coating that slowed capacity loss by half in "
        "our tests. I now want to bring that work into industry research and development, where it can reach "
        "products faster. Expert electron microscopy, well-designed experiments and a strong publication record make "
        "me ready for an industrial team."),
    row({"position": "Teaching Assistant", "experience": "TA supporting children with SEN in a primary school",
         "goals": "train as a special needs teacher",
         "strengths": "patience, sign language (BSL level 2), building trust with kids"},
        "Some children need a little extra support to feel safe in a classroom, and giving it is my job as a "
        "teaching assistant. I support pupils with special educational needs at a primary school, and one boy I "
        "worked with went from refusing to enter the room to reading aloud in assembly. I'm planning to train as a "
        "special needs teacher. Patience, level two British Sign Language and a knack for earning children's trust "
        "guide everything I do."),
    row({"position": "DevOps Engineer",
         "experience": "currently leading a team of 3 running Kubernetes clusters for a healthtech company",
         "goals": "grow into an SRE manager role", "strengths": "automation, incident response, mentoring"},
        "Right now I lead a team of three DevOps engineers running the Kubernetes clusters behind a healthtech "
        "company. After we automated our deployment pipeline, releases went from monthly to several times a day. I'd "
        "like to grow into a site reliability engineering manager. I automate anything I have to do twice, I stay "
        "level-headed during incidents, and I enjoy mentoring engineers until they no longer need me."),
    row({"position": "Pharmacy Technician", "experience": "hospital pharmacy tech, IV compounding",
         "goals": "become a pharmacist", "strengths": "accuracy, sterile technique, working fast"},
        "Every IV bag that leaves our hospital pharmacy has to be exactly right, and as a pharmacy technician I make "
        "sure it is. I compound intravenous medications, and I helped set up a double-check system that has caught "
        "several dosing errors before they reached patients. I'm preparing to apply to pharmacy school so I can "
        "become a pharmacist. Accuracy, strict sterile technique and the ability to work quickly without rushing "
        "make me a dependable colleague."),
    row({"position": "Journalist", "experience": "local news reporter covering courts and council, 5 yrs",
         "goals": "move into data journalism", "strengths": "digging through records, fast writing, sources"},
        "What does a city council actually do with its budget? Finding out is how I've spent five years as a "
        "journalist covering the local courts and council. One of my investigations into unpaid contractor bills led "
        "to a full audit. I want to move into data journalism so I can tell those stories with numbers. I dig "
        "through records patiently, write fast on deadline and keep a wide network of trusted sources."),
    row({"position": "Plumber", "experience": "self-employed plumber, 10 years, mostly bathrooms and boilers",
         "goals": "take on an apprentice and grow the business", "strengths": "reliable, honest quotes, neat work"},
        "I'm a self-employed plumber, and for ten years I've fitted bathrooms and fixed boilers across my town. "
        "Nearly all of my work now comes from word of mouth, which I take as the best review there is. The next step "
        "is to take on an apprentice and grow the business. I turn up when I say I will, my quotes are honest and I "
        "leave every home as tidy as I found it."),
    row({"position": "Event Coordinator",
         "experience": "coordinating conferences for a medical association, up to 1,500 attendees",
         "goals": "become head of events", "strengths": "budgeting, supplier management, staying calm"},
        "Hi, I'm an event coordinator who plans conferences for a medical association, some with up to 1,500 "
        "attendees. Last year I moved our annual congress to a new venue and still came in ten percent under budget. "
        "My goal is to become head of events. Tight budgeting, firm supplier management and a calm presence when a "
        "keynote speaker's flight is cancelled are what I bring to every event."),
    row({"position": "Recruiter", "experience": "agency recruiter placing software developers",
         "goals": "move in-house to a tech startup's talent team",
         "strengths": "networking, understanding technical roles, honest feedback"},
        "Good developers are hard to find, and I've become very good at finding them. As an agency recruiter placing "
        "software developers, I filled forty roles last year, many within three weeks. I want to move in-house and "
        "join a tech startup's talent team, where I can build something long term. A wide network, a real "
        "understanding of technical roles and honest feedback for candidates make hiring faster and fairer."),
    row({"position": "Operations Analyst",
         "experience": "analyst at a regional bank, automating back-office processes",
         "goals": "lead process improvement projects",
         "strengths": "lean six sigma green belt, python, patience with stakeholders"},
        "Back offices are full of small, repetitive tasks, and I love automating them away. As an operations analyst "
        "at a regional bank, I built a script that now reconciles loan payments in minutes instead of a full day. "
        "I'm aiming to lead process improvement projects across the bank. My Lean Six Sigma green belt, Python "
        "skills and patience with stakeholders help me change how people work without losing their support."),
    row({"position": "Yoga Instructor", "experience": "teaching vinyasa and prenatal classes at two studios",
         "goals": "open my own studio", "strengths": "creating a welcoming space, adapting poses for every body"},
        "I teach yoga because everyone deserves to feel at home in their body. As a yoga instructor at two studios, "
        "I lead vinyasa and prenatal classes, and my prenatal course now has a waiting list every term. My dream is "
        "to open a studio of my own. I create a welcoming space for beginners and adapt every pose so each body can "
        "take part, whatever its shape or ability."),
    row({"position": "IT Support Technician", "experience": "helpdesk at a university, 2 yrs",
         "goals": "become a network engineer", "strengths": "troubleshooting, patience, CCNA in progress"},
        "If a lecturer's laptop won't connect five minutes before class, I'm usually the one who fixes it. I've "
        "worked on the university helpdesk as an IT support technician for two years, and I built a self-service "
        "guide that cut our password reset tickets by half. I'm studying for my CCNA because I want to become a "
        "network engineer. Methodical troubleshooting and genuine patience with frustrated users are my strengths. "
        "I'd welcome the chance to grow into networking with a team that values both."),
    row({"position": "Architect",
         "experience": "project architect at a small practice designing affordable housing",
         "goals": "lead my own housing projects",
         "strengths": "sustainable design, working with communities, drawing by hand"},
        "I became an architect to design homes that ordinary families can afford. As a project architect at a small "
        "practice, I work on affordable housing, and my first scheme, forty-two flats around a shared courtyard, won "
        "a regional design award. I want to lead my own housing projects from first sketch to completion. "
        "Sustainable design, genuine engagement with residents and confident hand drawing help me create places "
        "people are proud to live in."),
    row({"position": "Payroll Specialist", "experience": "running payroll for 1,200 employees across 3 countries",
         "goals": "become payroll manager", "strengths": "accuracy, tax rules, process improvement"},
        "Getting paid correctly is something people only notice when it goes wrong, and as a payroll specialist, I "
        "make sure it doesn't. I run payroll for 1,200 employees across three countries, and I cut our correction "
        "rate to almost zero by redesigning our input checks. My next goal is payroll manager. I'm accurate, I keep "
        "up with tax rules in every country we operate in, and I keep improving our processes."),
    row({"position": "Copywriter", "experience": "junior copywriter at an ad agency, 1 year",
         "goals": "write TV and radio campaigns", "strengths": "humour, fast ideas, taking feedback well"},
        "I'm a junior copywriter, one year into life at an ad agency, and I've already had a radio script make a "
        "client laugh out loud in a pitch meeting. We won that account, and my lines ran on local stations for three "
        "months. I'd love to write more television and radio campaigns. I bring humour, a steady stream of ideas and "
        "a thick skin for feedback, which every creative team needs."),
    row({"position": "Quality Engineer", "experience": "QE at an automotive parts plant",
         "goals": "become quality manager", "strengths": "root cause analysis, SPC, auditing suppliers"},
        "A single bad batch of brake components can cost a carmaker millions, and preventing that is why I love "
        "being a quality engineer. At an automotive parts plant, I led a root cause investigation that reduced our "
        "customer complaints by sixty percent in a year. Now I want to become a quality manager. Rigorous root cause "
        "analysis, statistical process control and thorough supplier audits are the strengths I'd bring."),
    row({"position": "Barista turned coffee roaster",
         "experience": "a barista who started roasting for the café 2 years ago",
         "goals": "become head roaster at a specialty roastery",
         "strengths": "palate, consistency, teaching others to taste"},
        "I started as a barista, and two years ago the café I work at let me start roasting our own beans. Now the "
        "house espresso I roast outsells every guest coffee we stock. My goal is to become head roaster at a "
        "specialty roastery. A trained palate, consistent roast profiles and a love of teaching others to taste "
        "coffee properly are what I'd bring to your roastery."),
    row({"position": "Financial Analyst", "experience": "FP&A analyst at a hospital group",
         "goals": "become finance business partner", "strengths": "forecasting models, presenting to execs"},
        "I'm a financial analyst in the FP&A team of a hospital group, which means I help doctors and managers see "
        "what their plans will really cost. I built the staffing forecast model we now use for every budget round. "
        "My next goal is to become a finance business partner. Solid forecasting models and confident presentations "
        "to executives help me turn spreadsheets into decisions."),
    row({"position": "Product Manager", "experience": "APM at a language-learning app, 18 months",
         "goals": "own a product area end to end",
         "strengths": "user interviews, prioritization, working closely with engineers"},
        "Eighteen months ago I joined a language-learning app as an associate product manager, and I have talked to "
        "more learners since then than I can count. Those interviews led me to push for a streak-repair feature that "
        "lifted weekly retention by six percent. Now I'm ready to own a product area end to end. Listening to users, "
        "prioritizing ruthlessly and working side by side with engineers are how I turn insight into shipped "
        "product."),
    row({"position": "UX Designer", "experience": "ux designer, 4 yrs, mostly govt websites",
         "goals": "specialise in accessibility", "strengths": "research, inclusive design, plain language"},
        "Government websites are used by everyone, including people who struggle with most of the internet. I've "
        "spent four years as a UX designer on those services, and my redesign of a benefits application form cut "
        "abandoned submissions by a third. Accessibility is the area I want to specialise in. Thorough research, "
        "inclusive design and plain language help me build services that work for the person having the hardest day."),
    row({"position": "Middle School Math Teacher", "experience": "teaching 7th and 8th grade math for 10 years",
         "goals": "become an instructional coach", "strengths": "making math fun, using data to group students"},
        "Ask most thirteen-year-olds how they feel about math and you'll hear a groan, but in my classroom that "
        "usually changes by October. I've taught seventh and eighth grade math for ten years, and my students posted "
        "the biggest growth scores in the district last spring. I'd love to become an instructional coach and help "
        "other teachers do the same. I make math genuinely fun, and I use data to group students so nobody gets left "
        "behind."),
    row({"position": "Tax Accountant", "experience": "senior tax associate at a Big Four firm, 3 busy seasons",
         "goals": "move to a boutique firm advising family businesses",
         "strengths": "tax research, client communication"},
        "Three busy seasons as a senior tax associate at a Big Four firm have given me a thick skin and a sharp eye "
        "for detail. On one engagement my research turned up a credit that saved a client more than half a million "
        "dollars. What I want now is to advise family businesses at a boutique firm, where I can know each client "
        "personally. Careful tax research and plain, friendly client communication are the strengths I'd bring with "
        "me."),
    row({"position": "Line Cook", "experience": "line cook at a ramen shop, 1.5 yrs", "goals": "learn fine dining",
         "strengths": "fast hands, clean station, eager to learn"},
        "Hi, I'm a line cook at a ramen shop, where we serve hundreds of bowls on a busy night and every one has to "
        "taste the same. After a year and a half, I run the noodle station on my own and train new cooks on it. Fine "
        "dining is the next thing I want to learn. I have fast hands, I keep a spotless station and I'm hungry to "
        "learn every technique a serious kitchen can teach me."),
    row({"position": "Immigration Lawyer", "experience": "solo practice, family-based visas and asylum cases",
         "goals": "build a nonprofit legal clinic", "strengths": "empathy, fluent Arabic, persistence"},
        "Behind every asylum case is a family waiting to know if they can stay, and I never forget that as an "
        "immigration lawyer. I run a solo practice focused on family-based visas and asylum, and last year I won "
        "protection for a mother and her three children after two earlier refusals. My goal is to build a nonprofit "
        "legal clinic. Empathy, fluent Arabic and stubborn persistence are what my clients count on."),
    row({"position": "Electrical Engineer", "experience": "power systems engineer at a utility, substation design",
         "goals": "work on grid-scale battery storage", "strengths": "protection schemes, MATLAB, safety first"},
        "I'm an electrical engineer who designs substations for a utility, the quiet infrastructure that keeps the "
        "lights on. I led the protection design for a new substation that came online without a single commissioning "
        "fault. Grid-scale battery storage is where I want to focus my career next. Deep knowledge of protection "
        "schemes, strong MATLAB modelling and a safety-first mindset would let me contribute to storage projects "
        "from day one."),
    row({"position": "Account Executive",
         "experience": "AE selling HR software to mid-market companies, 2x President's Club",
         "goals": "move into sales leadership", "strengths": "discovery, closing, forecasting accurately"},
        "Twice in a row I've made President's Club as an account executive selling HR software to mid-market "
        "companies. What gets me there is not pushing harder but asking better questions, and my discovery calls "
        "regularly uncover problems buyers hadn't named yet. I'm ready to move into sales leadership. Thorough "
        "discovery, confident closing and forecasts my managers can actually rely on are the habits I'd teach a "
        "team."),
    row({"position": "Care Assistant", "experience": "care assistant in a dementia unit, 3 years",
         "goals": "train as a mental health nurse", "strengths": "patience, noticing small changes, kindness"},
        "In a dementia unit, the smallest change in someone's mood can mean something is wrong, and noticing it is "
        "part of my job as a care assistant. Over three years I've learned each resident's routines, and I started a "
        "music hour that has noticeably reduced evening distress on our floor. I'm applying to train as a mental "
        "health nurse. Patience, a careful eye for small changes and real kindness are what I bring to every shift."),
    row({"position": "Firefighter", "experience": "career firefighter 12 years, also paramedic certified",
         "goals": "become a fire safety inspector and educator", "strengths": "crisis leadership, community talks"},
        "For twelve years I've been a career firefighter, and I'm also a certified paramedic, so I have seen what "
        "happens when prevention fails. That's why I started giving fire safety talks in local schools, reaching "
        "more than two thousand children so far. I want to become a fire safety inspector and educator full time. "
        "Leadership in a crisis and a talent for speaking to community groups make me ready for that work."),
    row({"position": "CNC Machinist", "experience": "CNC machinist at an aerospace supplier",
         "goals": "become a CNC programmer", "strengths": "precision, reading drawings, fast setups"},
        "Aerospace parts leave no room for error, which is exactly why I enjoy working as a CNC machinist for an "
        "aerospace supplier. I reworked the fixturing on one of our most difficult brackets and cut its setup time "
        "in half. My next step is to become a CNC programmer. Precision, confident reading of technical drawings and "
        "quick, reliable setups mean the parts I touch are right the first time."),
    row({"position": "Freelance Brand Designer",
         "experience": "self-employed for 3 years, clients mostly wellness brands", "goals": "build a small studio",
         "strengths": "strategy plus visuals, running client workshops"},
        "Wellness brands all seem to use the same soft pastels, and I help them stand out instead. I've been a "
        "freelance brand designer for three years, and one skincare client saw online sales double after we "
        "relaunched their identity. I'd like to grow into a small studio with a couple of designers. I combine brand "
        "strategy with strong visuals, and my client workshops get everyone agreeing before a single logo is drawn."),
    row({"position": "Medical Laboratory Scientist", "experience": "hematology lab at a teaching hospital",
         "goals": "move into lab management", "strengths": "QC, troubleshooting analyzers, training students"},
        "Most patients never meet me, but many of their diagnoses pass through my bench. I'm a medical laboratory "
        "scientist in the hematology lab of a teaching hospital, and I redesigned our quality control schedule so we "
        "catch analyzer drift hours earlier. I'm preparing to move into lab management. Strong quality control, a "
        "knack for troubleshooting analyzers and years of training students would help me run a lab that doctors "
        "trust."),
    row({"position": "Data Engineer", "experience": "building pipelines in Airflow and dbt at an insurance company",
         "goals": "lead a data platform team", "strengths": "reliability, data modelling, clear documentation"},
        "I'm the data engineer who makes sure the morning dashboards at an insurance company are correct before "
        "anyone opens them. I build our pipelines in Airflow and dbt, and after I rebuilt our claims models, failed "
        "nightly runs dropped from several a week to almost none. My goal is to lead a data platform team. I care "
        "about reliability, careful data modelling and documentation that lets anyone pick up where I left off."),
    row({"position": "Store Manager", "experience": "managing a 30-staff supermarket branch",
         "goals": "area manager", "strengths": "developing people, stock control"},
        "Thirty colleagues, long opening hours and a lot of fresh food: that's my world as a supermarket store "
        "manager. Since I took over the branch, I have brought food waste down by a fifth. My next step is area "
        "manager, looking after several stores. Developing people and keeping tight stock control are my two biggest "
        "strengths, and both scale well across a region."),
    row({"position": "Police Officer", "experience": "patrol officer 6 years, community policing unit",
         "goals": "become a detective in the fraud squad",
         "strengths": "interviewing, report writing, staying calm"},
        "Six years as a patrol officer, most of them in the community policing unit, have taught me how to earn "
        "trust on a street corner. Last year a pattern I noticed in reports from elderly residents helped break up a "
        "doorstep scam ring. I want to become a detective in the fraud squad. Careful interviewing, thorough report "
        "writing and a calm manner in tense moments are what I'd bring to investigations."),
    row({"position": "Dietitian", "experience": "clinical dietitian in a kidney unit",
         "goals": "work in sports nutrition",
         "strengths": "turning science into meal plans, motivational interviewing"},
        "Hi, I'm a clinical dietitian in a kidney unit, where what a patient eats can change how often they need "
        "dialysis. I created a set of simple meal plans that our patients actually follow, and their potassium "
        "results improved within three months. I'm now looking to move into sports nutrition. I turn complex science "
        "into practical meals, and motivational interviewing helps people stick with the changes."),
    row({"position": "Occupational Therapist", "experience": "OT in community mental health",
         "goals": "lead a vocational rehab program", "strengths": "practical problem solving, group work"},
        "I help people living with mental illness get back to the everyday tasks that give life structure, like "
        "cooking, budgeting and work. As an occupational therapist in community mental health, I set up a "
        "job-readiness group, and eight members found paid work in its first year. I want to lead a vocational "
        "rehabilitation program. Practical problem solving and confident group facilitation are at the heart of how "
        "I work."),
    row({"position": "Scrum Master", "experience": "scrum master for two squads at a telecom company",
         "goals": "become an agile coach", "strengths": "facilitation, removing blockers"},
        "My favourite meetings are the ones that end early because everyone already knows what to do. As a scrum "
        "master for two squads at a telecom company, I helped both teams cut their cycle time from nine days to six "
        "over two quarters. I'd like to become an agile coach and work with whole departments. I facilitate well, "
        "and I clear blockers quickly so engineers can spend their time building."),
    row({"position": "Social Media Manager",
         "experience": "managing TikTok and Instagram for a skincare brand, grew it to 200k followers",
         "goals": "become head of social", "strengths": "trend spotting, community management, short video"},
        "I grew a skincare brand's TikTok and Instagram to two hundred thousand followers, one short video at a "
        "time. As their social media manager, I also built a community program where loyal customers test products "
        "before launch. I'm aiming for a head of social role next. I spot trends early, I manage communities with "
        "care, and I know how to make a fifteen-second video that people watch twice."),
    row({"position": "Finish Carpenter", "experience": "custom cabinetry and trim, 15 years",
         "goals": "teach woodworking at a trade school",
         "strengths": "craftsmanship, patience, explaining techniques"},
        "Fifteen years of building custom cabinets and trim have given me hands that know wood better than any tool. "
        "As a finish carpenter, I've fitted kitchens in homes more than a century old, where nothing is square. Now "
        "I want to pass that on by teaching woodworking at a trade school. Real craftsmanship, lots of patience and "
        "a clear way of explaining techniques would help young carpenters learn faster than I did."),
    row({"position": "Actuarial Analyst", "experience": "actuarial analyst at a life insurer, passed 5 exams",
         "goals": "qualify as a fellow and move into pricing",
         "strengths": "modelling, R, explaining risk to non-actuaries"},
        "Pricing risk fairly is a puzzle I never get tired of. I'm an actuarial analyst at a life insurer with five "
        "exams behind me, and I rebuilt our lapse model in R, which made our reserve estimates noticeably more "
        "stable. I plan to qualify as a fellow and move into pricing. Solid modelling, strong R skills and an "
        "ability to explain risk to people who aren't actuaries make my work useful well beyond my own team."),
    row({"position": "Nursing Student", "experience": "final placement on a pediatric ward",
         "goals": "start as a newly qualified nurse in pediatrics",
         "strengths": "compassion, organization, playful with kids"},
        "On my final placement on a pediatric ward, I learned that a silly sticker can matter as much as a perfect "
        "injection. As a nursing student, I made a picture chart that helped young patients explain their pain, and "
        "the ward kept using it after I left. Next, I hope to start my career as a newly qualified pediatric nurse. "
        "Compassion, strong organization and a playful way with children are what I bring. I'd love to begin that "
        "career on a ward like yours."),
    row({"position": "iOS Developer", "experience": "iOS dev, 5 yrs, mostly fitness apps",
         "goals": "lead a mobile team", "strengths": "Swift, performance tuning, design sense"},
        "Five years of building fitness apps as an iOS developer have made me a little obsessed with smooth "
        "scrolling and fast launches. I rewrote our workout tracking screen in Swift and cut the app's crash rate by "
        "seventy percent. The next step I'm aiming for is to lead a mobile team. Deep Swift knowledge, careful "
        "performance tuning and a good design sense let me help a team build apps people keep on their home screen."),
    row({"position": "Procurement Specialist", "experience": "buyer for a hospital trust, medical consumables",
         "goals": "become a category manager", "strengths": "negotiating, supplier analysis"},
        "Gloves, syringes and dressings don't sound exciting, but buying them well frees up money for patient care. "
        "As a procurement specialist for a hospital trust, I renegotiated our dressings contract and saved enough to "
        "fund two extra nurses for a year. My aim is to become a category manager. Tough but fair negotiating and "
        "careful supplier analysis are what make my deals last."),
    row({"position": "Interior Designer", "experience": "residential interior designer at a small studio",
         "goals": "move into hospitality design for hotels and restaurants",
         "strengths": "space planning, colour, client relationships"},
        "Good interiors change how people feel the moment they walk in. As a residential interior designer at a "
        "small studio, I've transformed dozens of homes, and one of my loft projects was featured in a national "
        "design magazine. I want to bring that feeling to hotels and restaurants through hospitality design. Smart "
        "space planning, a confident use of colour and lasting client relationships are my strongest assets. I'd be "
        "delighted to show you how those skills translate to a hotel lobby."),
    row({"position": "Hair Stylist", "experience": "stylist for 9 years, renting a chair",
         "goals": "open my own salon", "strengths": "colour correction, loyal clients, social media"},
        "Most of my clients have followed me for years, and some drive an hour for a cut. I've been a hair stylist "
        "for nine years and currently rent a chair, but I already have a waiting list for colour correction "
        "appointments. My plan is to open my own salon. Expert colour correction, a loyal client base and an active "
        "social media following give me a strong start."),
    row({"position": "Environmental Consultant",
         "experience": "doing site contamination assessments for developers", "goals": "lead remediation projects",
         "strengths": "field sampling, report writing, knowing the regulations"},
        "Before a new neighbourhood can be built on old industrial land, someone has to find out what's in the soil, "
        "and that's my job as an environmental consultant. I carry out contamination assessments for developers, and "
        "I've completed more than forty sites without a report being sent back by regulators. I want to lead "
        "remediation projects. Careful field sampling, clear reports and solid knowledge of the regulations keep "
        "projects on track."),
    row({"position": "Train Driver", "experience": "driving commuter trains, 8 yrs",
         "goals": "become a driver instructor", "strengths": "safety, concentration, calm"},
        "Every morning about a thousand commuters trust me to get them to work on time. I've been a train driver on "
        "commuter routes for eight years with a clean safety record, and I already mentor trainees during their "
        "route learning. Becoming a driver instructor is my next goal. Unbroken concentration, a safety-first "
        "attitude and a calm voice when things go wrong are exactly what new drivers need to learn."),
    row({"position": "Nonprofit Program Manager", "experience": "running after-school programs for 300 kids",
         "goals": "become an executive director", "strengths": "fundraising, partnerships, staff development"},
        "Three hundred kids spend their afternoons in the after-school programs I manage. As a nonprofit program "
        "manager, I built a partnership with a local university that brought in forty student tutors every semester. "
        "I want to become an executive director. I raise money effectively, I build partnerships that last, and I "
        "invest in my staff so good people stay."),
    row({"position": "Junior Developer",
         "experience": "former warehouse worker, taught myself JavaScript, 6 months at an agency",
         "goals": "become a solid full-stack developer", "strengths": "grit, learning on my own, React"},
        "Two years ago I was packing boxes in a warehouse and teaching myself JavaScript at night. Six months ago an "
        "agency hired me as a junior developer, and I've already shipped a booking feature for one of our biggest "
        "clients. I want to become a solid full-stack developer. Grit, the habit of learning on my own and growing "
        "skill in React are what got me here, and they'll keep me growing."),
    row({"position": "First Officer", "experience": "first officer on regional jets, 3,000 hours",
         "goals": "upgrade to captain", "strengths": "crew resource management, decision making"},
        "With three thousand hours in the right seat of regional jets, I'm a first officer ready for the next step. "
        "Last winter I handled a hydraulic failure on approach, and the captain later used our landing as a training "
        "case. My goal is to upgrade to captain. Strong crew resource management and clear decision making under "
        "time pressure are what I would bring to the left seat."),
    row({"position": "Revenue Manager", "experience": "revenue manager for 3 city hotels",
         "goals": "director of revenue for a hotel group", "strengths": "pricing strategy, forecasting, data"},
        "Setting the right price for a hotel room on a rainy Tuesday is more science than guesswork. As revenue "
        "manager for three city hotels, I introduced dynamic pricing that raised revenue per available room by "
        "eleven percent in a year. I'd like to become director of revenue for a hotel group. Sharp pricing strategy, "
        "accurate forecasting and a love of data are how I help hotels earn more from every night."),
    row({"position": "Academic Advisor", "experience": "academic advisor at a community college",
         "goals": "become director of student success",
         "strengths": "listening, knowing transfer pathways, retention data"},
        "At a community college, one good conversation can decide whether a student stays or drops out. As an "
        "academic advisor, I started proactive check-ins for first-semester students, and retention in my caseload "
        "rose by nine points. I'm working toward becoming director of student success. I listen closely, I know "
        "every transfer pathway, and I use retention data to reach students before they slip away."),
    row({"position": "Construction Site Manager", "experience": "site manager on residential builds, 50-200 homes",
         "goals": "become a project director", "strengths": "programme management, subcontractor relations, safety"},
        "Hi, I'm a construction site manager who runs residential developments of between fifty and two hundred "
        "homes. My last site handed over six weeks ahead of programme with zero reportable accidents. I want to step "
        "up to project director. Tight programme management, strong relationships with subcontractors and an "
        "uncompromising approach to safety are what I'd bring to your projects."),
    row({"position": "Claims Adjuster",
         "experience": "property claims adjuster, handled 2,000+ claims after storms",
         "goals": "move into fraud investigation", "strengths": "investigating, empathy, negotiation"},
        "After major storms, I'm the person who walks through damaged homes with families who have lost a lot. As a "
        "property claims adjuster, I've handled more than two thousand claims, and I flagged a contractor billing "
        "scheme that saved my company close to a million dollars. I'd like to move into fraud investigation. "
        "Thorough investigating, genuine empathy and fair negotiation help me get to the truth without losing "
        "anyone's trust."),
    row({"position": "Dentist", "experience": "associate dentist in a general practice",
         "goals": "open my own practice", "strengths": "gentle approach, cosmetic dentistry, leading a team"},
        "I'm an associate dentist in a general practice, and I've built my list mostly through patients recommending "
        "me to their families. I introduced same-day cosmetic bonding at our practice, which quickly became one of "
        "our most requested treatments. My goal is to open my own practice. A gentle approach, strong cosmetic "
        "skills and a good sense of how to lead a small team would help my practice grow."),
    row({"position": "Photographer", "experience": "freelance photographer, weddings and portraits, 6 yrs",
         "goals": "move into commercial product photography",
         "strengths": "lighting, editing, putting people at ease"},
        "For six years I've photographed weddings and portraits as a freelancer, which means I can work fast in any "
        "light with people who feel awkward in front of a camera. A local jeweller saw my portrait work and hired me "
        "for their catalogue, and I was hooked. Commercial product photography is where I want to go. Precise "
        "lighting, clean editing and a talent for putting people at ease carry over perfectly."),
    row({"position": "Machine Learning Engineer", "experience": "ML engineer at a fraud detection startup",
         "goals": "work on LLM evaluation",
         "strengths": "PyTorch, experiment design, shipping models to production"},
        "What excites me most about machine learning is proving that a model actually works. As an ML engineer at a "
        "fraud detection startup, I shipped a model that cut false alarms by a quarter while catching more fraud. "
        "Next, I want to work on evaluating large language models. Strong PyTorch skills, disciplined experiment "
        "design and experience taking models all the way to production are what I'd bring. If your team is building "
        "evaluation tools, I'd love to hear about it."),
    row({"position": "Paramedic", "experience": "7 yrs on ambulances in a rural county",
         "goals": "become a community paramedic doing home visits",
         "strengths": "assessment, staying calm, talking to scared people"},
        "Picture a ninety-minute drive to the nearest hospital, and you'll understand why rural paramedics have to "
        "think ahead. I've worked ambulances in a rural county for seven years, and I set up a falls follow-up "
        "scheme that cut repeat calls from the same elderly patients by a quarter. I want to become a community "
        "paramedic doing home visits. Thorough assessment, a calm presence and a gentle way with frightened people "
        "are what I'd bring. Home visits are where I believe I can do the most good next."),
    row({"position": "Financial Advisor (trainee)",
         "experience": "4 years as a bank teller, now in the advisor training program",
         "goals": "help young families plan for retirement",
         "strengths": "trustworthy, good with numbers, patient explainer"},
        "Before I ever talked about retirement plans, I spent four years behind a bank counter listening to people "
        "worry about money. Now I'm a trainee financial advisor, and I was the first in my training group to pass "
        "all three licensing exams. I want to help young families plan for retirement early, when it makes the "
        "biggest difference. People trust me, I'm good with numbers, and I explain things patiently until they make "
        "sense."),
    row({"position": "Art Teacher", "experience": "high school art teacher and gallery volunteer",
         "goals": "run a community arts program",
         "strengths": "ceramics, encouraging shy students, organizing exhibitions"},
        "Some of my quietest students turn out to be the boldest artists once they get their hands on clay. I teach "
        "high school art and volunteer at a local gallery, and last year I organized a student exhibition that drew "
        "more than four hundred visitors. My hope is to run a community arts program open to all ages. Ceramics, "
        "encouraging shy students and putting on exhibitions are the things I do best. I'd love to talk about how a "
        "program like that could work in your community."),
    row({"position": "Backend Engineer", "experience": "6 yrs Java at a bank, now leading the payments API team",
         "goals": "become a staff engineer", "strengths": "system design, code review, mentoring juniors"},
        "Currently, I lead the payments API team at a bank, after six years writing Java as a backend engineer. We "
        "process millions of transactions a day, and the retry design I proposed eliminated a whole class of "
        "duplicate payments. My next milestone is staff engineer. Sound system design, thoughtful code review and "
        "patient mentoring of junior developers are how I make a whole team better, not just my own code."),
    row({"position": "Content Strategist",
         "experience": "content lead at a B2B software company, runs the blog and webinars",
         "goals": "head of content", "strengths": "SEO, editorial planning, interviewing experts"},
        "Good content answers the question a buyer is too busy to ask. As a content strategist leading the blog and "
        "webinars at a B2B software company, I built a series of expert interviews that generates a third of our "
        "qualified leads today. I'm looking to step up to head of content. Strong SEO, disciplined editorial "
        "planning and a knack for getting experts to say something interesting are what I'd bring to your team."),
    row({"position": "Auto Mechanic", "experience": "master tech at a dealership, 11 years",
         "goals": "specialize in electric and hybrid vehicles", "strengths": "diagnostics, honest with customers"},
        "Eleven years under the hood as a master technician at a dealership have taught me that the right diagnosis "
        "saves everyone money. I'm the one the other mechanics call when a fault won't show up on the scanner, and "
        "my comeback rate is the lowest in our shop. Now I want to specialize in electric and hybrid vehicles. Sharp "
        "diagnostics and honest conversations with customers are what keep people coming back to me."),
    row({"position": "Management Consultant",
         "experience": "2 years at a strategy consultancy, mostly retail and consumer goods",
         "goals": "move into corporate strategy at a consumer brand",
         "strengths": "structured problem solving, slides, client workshops"},
        "I'm a management consultant who has spent two years helping retail and consumer goods companies decide "
        "where to grow. On my last project, my analysis of store formats convinced a client to close underperforming "
        "sites and open smaller ones, which lifted profit within a year. I want to move into corporate strategy at a "
        "consumer brand. Structured problem solving, clear slides and engaging client workshops are my toolkit. I'd "
        "welcome the chance to use them on one brand's future instead of many."),
    row({"position": "Office Manager", "experience": "runs the office for a 45-person architecture firm",
         "goals": "become operations director",
         "strengths": "organized, vendor management, making people feel welcome"},
        "Ask anyone at my firm who keeps the place running, and they'll point to my desk. I'm the office manager for "
        "a 45-person architecture firm, and when we moved offices last year, I planned it so well that nobody lost a "
        "single working day. I'd like to become an operations director. I'm highly organized, I manage vendors "
        "firmly, and I make every new hire feel welcome from the first morning."),
    row({"position": "Head Soccer Coach", "experience": "head coach of a girls' high school soccer team",
         "goals": "coach at college level", "strengths": "player development, tactics, motivating teenagers"},
        "What does it take to turn a team that won two games into a regional contender? As head coach of a girls' "
        "high school soccer team, I found out over three seasons, and this year we reached the state semifinals. I "
        "want to coach at college level. Patient player development, smart tactics and a real gift for motivating "
        "teenagers are what I would bring to a college program."),
    row({"position": "Biomedical Engineer",
         "experience": "design engineer on insulin pump hardware at a medtech company",
         "goals": "lead a product development team",
         "strengths": "design controls, prototyping, working with clinicians"},
        "People with diabetes trust their insulin pumps with their lives, and as a biomedical engineer I design the "
        "hardware inside them. At a medtech company, I redesigned a pump housing that passed drop testing on the "
        "first attempt and saved us two months. I want to lead a product development team. Rigorous design controls, "
        "fast prototyping and close work with clinicians help me build devices that are safe and easy to use."),
    row({"position": "Legal Secretary", "experience": "legal secretary at a property law firm",
         "goals": "qualify as a licensed conveyancer", "strengths": "accuracy, typing speed, client care"},
        "Buying a home is stressful, and I'm often the calm voice clients hear while their purchase goes through. As "
        "a legal secretary at a property law firm, I built a checklist for completion day that our lawyers now use "
        "on every file. My aim is to qualify as a licensed conveyancer. Accuracy, fast typing and warm client care "
        "mean files move quickly and buyers feel looked after."),
    row({"position": "Game Developer", "experience": "gameplay programmer at a mobile studio, Unity and C#",
         "goals": "work on a narrative-driven console game",
         "strengths": "prototyping mechanics quickly, collaboration with designers"},
        "The best part of my day is handing a designer a rough prototype and watching them grin. As a game developer "
        "at a mobile studio, I write gameplay code in Unity and C#, and a mechanic I prototyped in a weekend became "
        "the core of our top-rated game. I'd love to work on a story-driven console title. Quick prototyping and "
        "easy collaboration with designers are what I'd bring to that team."),
    row({"position": "Hospital Operations Manager", "experience": "operations manager for outpatient clinics",
         "goals": "COO of a community hospital",
         "strengths": "scheduling, budgets, bringing doctors and admin together"},
        "Long waits in outpatient clinics frustrate patients and doctors alike, and fixing them is my job. As "
        "operations manager for our outpatient clinics, I redesigned appointment scheduling and cut average wait "
        "times from fifty minutes to twenty. One day I want to be chief operating officer of a community hospital. "
        "Smart scheduling, careful budgeting and a talent for getting doctors and administrators to agree are my "
        "strengths. I'm keen to put them to work for a hospital that serves its whole community."),
    row({"position": "Insurance Broker", "experience": "commercial insurance broker for small manufacturers",
         "goals": "start my own brokerage", "strengths": "explaining policies, negotiating with underwriters"},
        "Small manufacturers often find out what their insurance doesn't cover at the worst possible moment. As a "
        "commercial insurance broker, I make sure my clients know before that happens, and I recently negotiated a "
        "policy that paid out in full after a factory fire. My plan is to start my own brokerage. Clear explanations "
        "of policies and strong negotiating with underwriters are why my clients renew year after year."),
    row({"position": "Research Assistant (psychology)",
         "experience": "RA in a child development lab, running studies with toddlers",
         "goals": "apply to clinical psychology doctoral programs",
         "strengths": "data analysis in R, rapport with kids and parents"},
        "Running research with toddlers means half my job is science and half is keeping a two-year-old interested. "
        "As a research assistant in a child development lab, I redesigned our visit routine so that far fewer "
        "sessions end early, which helped us finish recruitment on time. I'm applying to clinical psychology "
        "doctoral programs. Solid data analysis in R and easy rapport with children and their parents are what I "
        "offer. I hope to bring both to a clinical training program soon."),
    row({"position": "Geologist",
         "experience": "exploration geologist for a mining company, 5 years in remote camps",
         "goals": "move into groundwater consulting", "strengths": "field mapping, core logging, resilience"},
        "I've spent five years as an exploration geologist for a mining company, mostly in camps hours from the "
        "nearest town. My mapping of one remote prospect led to a drilling program that confirmed a new deposit. Now "
        "I want to use those skills in groundwater consulting, helping communities secure clean water. Careful field "
        "mapping, accurate core logging and the resilience to work anywhere are what I'd bring. Water is the "
        "resource I want to spend the next decade protecting."),
    row({"position": "Tour Guide", "experience": "walking tour guide in Lisbon, 4 seasons",
         "goals": "start my own food tour company", "strengths": "storytelling, speak 3 languages, humor"},
        "Hello, I'm a tour guide who has spent four seasons walking visitors through the hills and alleys of Lisbon. "
        "My evening history walk has become one of the most reviewed tours in the city. Next, I want to start my own "
        "food tour company. Storytelling, three languages and a good sense of humor help me turn strangers into a "
        "group that is still laughing at the last stop."),
    row({"position": "Credit Analyst", "experience": "credit analyst at a credit union, small business loans",
         "goals": "become a loan officer", "strengths": "financial statement analysis, judgment, clear memos"},
        "Behind every small business loan at our credit union is a memo I've written on whether it makes sense. As a "
        "credit analyst, I've reviewed more than three hundred applications, and the loans I recommended have a "
        "default rate well below our average. I'd like to become a loan officer and work with owners directly. "
        "Careful financial statement analysis, sound judgment and clear memos are my strongest skills. I'm looking "
        "forward to putting them to work face to face with business owners."),
    row({"position": "Tattoo Artist", "experience": "tattoo artist, 6 yrs, fine-line work",
         "goals": "open a private studio", "strengths": "detail, hygiene, making clients comfortable"},
        "Fine-line tattoos leave nowhere to hide a shaky hand, and that's exactly why I love them. I've been a "
        "tattoo artist for six years, and my books are usually full three months ahead. I'm planning to open a "
        "private studio where clients can relax away from a busy shop floor. Meticulous detail, strict hygiene and a "
        "knack for making nervous first-timers comfortable are what my clients value most."),
    row({"position": "Early Years Practitioner", "experience": "working at a day nursery with 2-4 year olds",
         "goals": "become nursery manager", "strengths": "creative play, safeguarding, communication with parents"},
        "Children learn more between two and four than at almost any other age, and I get to be part of it. As an "
        "early years practitioner at a day nursery, I designed an outdoor play area built from recycled materials, "
        "which parents still mention at every open day. I'm working toward becoming a nursery manager. Creative "
        "play, careful safeguarding and open communication with parents guide everything I do."),
    row({"position": "Network Engineer", "experience": "network engineer for a school district, 40 sites",
         "goals": "move into cloud networking", "strengths": "Cisco, documentation, troubleshooting under pressure"},
        "Forty schools depend on the network I look after, and exam days are when it matters most. As a network "
        "engineer for a school district, I replaced our aging core switches over one summer without a minute of lost "
        "teaching time. I'm now looking to move into cloud networking. Deep Cisco experience, thorough documentation "
        "and steady troubleshooting under pressure are what I'd bring to a cloud team."),
    row({"position": "dairy farmer", "experience": "third generation, 120 cows",
         "goals": "diversify into cheese making and a farm shop",
         "strengths": "animal care, hard work, fixing anything"},
        "My grandfather milked twelve cows; today I run the same farm with a hundred and twenty. As a "
        "third-generation dairy farmer, I switched us to rotational grazing, which improved both milk quality and "
        "our soil. Now I want to diversify into cheese making and open a farm shop. I look after my animals well, "
        "I'm not afraid of long days, and I can fix almost anything with a toolbox."),
    row({"position": "Executive Assistant", "experience": "EA to the CEO of a 400-person fintech",
         "goals": "become chief of staff", "strengths": "discretion, anticipating needs, calendar magic"},
        "Hi, I'm an executive assistant to the chief executive of a fintech with four hundred people, and my job is "
        "to make sure her time goes to what matters most. I reorganized her weekly schedule and freed up a full day "
        "each week for strategy. My next goal is chief of staff. Complete discretion, an instinct for anticipating "
        "needs and a real talent for untangling calendars are what I'd bring. I'd love to talk about how I could "
        "help a leadership team run more smoothly."),
    row({"position": "Chemical Engineer", "experience": "process engineer at a paint factory",
         "goals": "lead decarbonisation projects", "strengths": "process optimisation, data, safety studies"},
        "Making paint uses a surprising amount of energy, and cutting it is what I spend my days on. I'm a chemical "
        "engineer working as a process engineer at a paint factory, and my changes to our drying line reduced gas "
        "use by fourteen percent. I want to lead decarbonisation projects across whole sites. Process optimisation, "
        "good use of data and thorough safety studies let me cut emissions without putting people at risk."),
    row({"position": "Land Surveyor", "experience": "land surveyor using drones and GPS, 5 yrs",
         "goals": "get licensed and run a survey crew",
         "strengths": "accuracy, working outdoors in any weather, new tech"},
        "Every new road and housing estate starts with someone measuring the land, and for five years that someone "
        "has been me. As a land surveyor, I introduced drone mapping to our team and cut field time on large sites "
        "by half. I'm working toward my license so I can run my own survey crew. Accuracy, comfort working outdoors "
        "in any weather and a love of new technology set me apart."),
    row({"position": "Piano Teacher", "experience": "private piano teacher, 40 students",
         "goals": "open a music school", "strengths": "patience, making practice fun, performance coaching"},
        "Forty students, ages six to seventy, come to me each week as their private piano teacher. Three of them won "
        "places at music conservatories this year. My goal is to open a music school with several teachers, so more "
        "people can learn. Patience, a talent for making practice fun and practical coaching for performance nerves "
        "are what keep my students playing long after their first recital."),
    row({"position": "Product Designer", "experience": "product designer at a fintech, mobile banking features",
         "goals": "become a design lead", "strengths": "prototyping, systems thinking, presenting design decisions"},
        "Moving money should feel as easy as sending a text, and that's what I design for. As a product designer at "
        "a fintech, I work on mobile banking features, and my redesign of the transfer flow cut support calls about "
        "failed payments by forty percent. I'm ready to become a design lead. Fast prototyping, systems thinking and "
        "confident presentations of design decisions help me bring teams along."),
    row({"position": "Data Scientist",
         "experience": "data scientist at a streaming service working on recommendation systems",
         "goals": "lead an experimentation platform",
         "strengths": "causal inference, python, communicating results"},
        "What people watch next on a streaming service is partly my responsibility. I'm a data scientist working on "
        "recommendation systems, and a ranking change I tested increased completed episodes by five percent. I want "
        "to lead an experimentation platform so every team can test ideas properly. Strong causal inference, fluent "
        "Python and clear communication of results help me turn experiments into decisions."),
    row({"position": "Trainee Solicitor", "experience": "trainee solicitor in family law",
         "goals": "qualify and specialise in child arrangements",
         "strengths": "empathy, drafting, staying composed in court"},
        "Family law cases are some of the hardest moments in people's lives, and that's why I chose them. As a "
        "trainee solicitor in a family law team, I've prepared the bundles for more than thirty hearings, and a "
        "partner asked me to draft a key statement in a contested case. My aim is to qualify and specialise in child "
        "arrangements. Empathy, careful drafting and composure in court are my strengths. I hope to use them to help "
        "children through some of the most difficult changes in their lives."),
    row({"position": "Restaurant General Manager", "experience": "GM of a 120-seat Italian restaurant",
         "goals": "operations manager for a restaurant group", "strengths": "team culture, P&L, guest experience"},
        "Running a 120-seat Italian restaurant as general manager means I look after the numbers, the team and every "
        "guest's evening. Since I took over, our profit margin has grown by four points. I want to become operations "
        "manager for a restaurant group. A strong team culture, tight control of the P&L and an obsession with guest "
        "experience are what I'd bring to several sites at once."),
    row({"position": "Community Organizer", "experience": "tenant organizer for a housing nonprofit",
         "goals": "run for city council someday", "strengths": "door knocking, listening, coalition building"},
        "I've knocked on thousands of doors as a tenant organizer for a housing nonprofit, and most conversations "
        "start with a leaking ceiling. Two years ago I helped tenants in one building win repairs that their "
        "landlord had ignored for a decade. Someday I want to run for city council. Patient door knocking, real "
        "listening and building coalitions across neighborhoods are the skills I'd take into public office."),
    row({"position": "SDR", "experience": "SDR at a logistics software startup, 1 yr", "goals": "become an AE",
         "strengths": "cold calling, resilience, curiosity"},
        "I make about sixty cold calls a day as a sales development rep at a logistics software startup, and I "
        "actually enjoy it. In my first year I booked more qualified demos than anyone else on the team. My next "
        "step is to become an account executive and close the deals I open. Confident cold calling, resilience after "
        "a no and real curiosity about each prospect's business are what drive my results."),
    row({"position": "Marine Biologist", "experience": "research technician on a coral reef monitoring program",
         "goals": "lead a reef restoration project", "strengths": "diving, underwater surveys, data"},
        "Every few weeks I dive the same reefs, counting corals and noting what has changed. As a marine biologist "
        "on a reef monitoring program, I designed a new survey method that cut our dive time per site from ninety "
        "minutes to an hour. I want to lead a reef restoration project instead of only documenting the damage. "
        "Advanced diving skills, careful underwater surveys and solid data work would make me an asset to a "
        "restoration team."),
    row({"position": "Air Traffic Controller", "experience": "tower controller at a regional airport",
         "goals": "move to an approach radar center", "strengths": "concentration, quick decisions"},
        "On a summer afternoon, I might clear a flight school trainee and a business jet within the same minute. As "
        "an air traffic controller in the tower of a regional airport, I've handled record traffic days without a "
        "single reportable incident. My next goal is to move to an approach radar center. Unbroken concentration and "
        "quick, clear decisions are what that job demands, and what I bring. I'm ready for the busier airspace of an "
        "approach center."),
    row({"position": "UX Researcher", "experience": "ux researcher at an e-commerce company, 3 yrs",
         "goals": "lead research operations", "strengths": "interviews, synthesis, making findings stick"},
        "Research only matters if someone acts on it. In three years as a UX researcher at an e-commerce company, "
        "I've run hundreds of interviews, and one study on delivery anxiety led to a tracking page that cut support "
        "tickets by a fifth. I want to lead research operations so good research happens faster. Skilled "
        "interviewing, sharp synthesis and a talent for making findings stick are what I'd bring. Let's talk about "
        "how research could move faster in your organization."),
    row({"position": "Bus Operator", "experience": "city bus operator for 9 years",
         "goals": "become a route supervisor", "strengths": "safety, customer service, knowing every route"},
        "After nine years as a city bus operator, I know every route, every tricky corner and most of my regular "
        "passengers by name. I've earned our safe driving award five years in a row. I'd like to become a route "
        "supervisor and help newer drivers settle in. My safety record, friendly customer service and detailed "
        "knowledge of the network would make me a supervisor drivers can rely on."),
    row({"position": "Technical Writer", "experience": "tech writer documenting APIs at a payments company",
         "goals": "become docs lead", "strengths": "clarity, learning complex systems fast, working with engineers"},
        "Developers rarely read documentation for fun, so mine has to be clear enough to read once and use. I'm a "
        "technical writer documenting the APIs of a payments company, and after I rewrote our getting-started guide, "
        "integration support requests fell by thirty-five percent. I'm aiming to become docs lead. Clear writing, "
        "the ability to learn complex systems fast and easy collaboration with engineers are my strengths. I'd love "
        "to build a documentation team that developers actually thank."),
    row({"position": "Family Nurse Practitioner", "experience": "FNP in a rural health clinic",
         "goals": "open a nurse-led clinic", "strengths": "chronic disease management, community trust"},
        "In a rural clinic, I'm often the only provider a patient will see all year. As a family nurse practitioner, "
        "I started a diabetes group visit program that helped most participants bring their blood sugar under "
        "control. My goal is to open a nurse-led clinic in an underserved town. Strong chronic disease management "
        "and the trust I've built with my community are what would make that clinic work."),
    row({"position": "Aspiring Data Analyst",
         "experience": "high school history teacher for 6 years, finished a data analytics certificate",
         "goals": "first analyst job in education tech", "strengths": "explaining things, Tableau, curiosity"},
        "For six years I taught high school history, and the part I liked most was tracking which lessons actually "
        "worked. I recently finished a data analytics certificate, and my final project mapped attendance patterns "
        "across a district's schools. Now I want my first analyst job in education technology. I explain things "
        "clearly, I build dashboards in Tableau, and I'm endlessly curious about what the numbers mean."),
    row({"position": "Property Manager", "experience": "managing 250 rental units for a housing association",
         "goals": "head of housing management", "strengths": "tenant relations, maintenance planning, arrears"},
        "Two hundred and fifty households call the homes I manage their own. As a property manager for a housing "
        "association, I set up a repairs tracking system that cut our average repair time from three weeks to eight "
        "days. I want to become head of housing management. Good tenant relations, forward maintenance planning and "
        "a fair but firm approach to arrears help keep both homes and finances in good shape."),
    row({"position": "Community Midwife", "experience": "5 yrs, home births and antenatal clinics",
         "goals": "become a consultant midwife and improve care for teenage mums",
         "strengths": "continuity of care, calm, advocacy"},
        "I've been there for more than two hundred births, many of them at home, in five years as a community "
        "midwife. I also run our antenatal clinics, and I set up a drop-in group for young mothers that doubled "
        "attendance at their checkups. I'm working toward becoming a consultant midwife so I can improve care for "
        "teenage mums across the region. Continuity of care, a calm presence and strong advocacy for women are what "
        "I stand for."),
    row({"position": "Doctoral Candidate, Organic Chemistry",
         "experience": "4th year, synthesis of new antibiotic compounds",
         "goals": "become a medicinal chemist in pharma",
         "strengths": "synthesis, problem solving, presenting research"},
        "Bacteria keep learning to resist our antibiotics, so I spend my days building new ones. In the fourth year "
        "of my doctorate in organic chemistry, I developed a shorter synthesis route that made one of our lead "
        "compounds cheap enough to test widely. After I graduate, I want to work as a medicinal chemist in the "
        "pharmaceutical industry. Strong synthesis skills, stubborn problem solving and clear research presentations "
        "are what I offer. I'm eager to see my chemistry reach patients."),
    row({"position": "Frontend Developer", "experience": "3 years react/typescript at a travel booking site",
         "goals": "specialize in web performance and accessibility",
         "strengths": "clean UI code, attention to detail"},
        "A page that loads one second faster can sell a lot more holidays. I've spent three years as a frontend "
        "developer at a travel booking site, writing React and TypeScript, and my work on image loading made our "
        "search results page twice as fast on mobile. I'd like to specialize in web performance and accessibility. "
        "Clean interface code and close attention to detail are what I'd bring, along with a lot of enthusiasm for "
        "fast websites."),
    row({"position": "Operations Manager", "experience": "currently leading a 60-person cross-dock operation",
         "goals": "regional ops director", "strengths": "KPIs, lean, developing people"},
        "Trucks arrive, goods are sorted and trucks leave again, usually within a few hours, and I run that whole "
        "rhythm. As operations manager of a sixty-person cross-dock site, I introduced lean routines that improved "
        "on-time dispatch from eighty-eight to ninety-seven percent. My ambition is to become a regional operations "
        "director. I manage by clear KPIs, I keep processes lean, and I put real effort into developing my people."),
    row({"position": "Housekeeping Supervisor",
         "experience": "housekeeping supervisor at a 300-room conference hotel",
         "goals": "become executive housekeeper", "strengths": "training, high standards, scheduling"},
        "Three hundred rooms need to be perfect by three o'clock, even on the morning after a conference ends. As "
        "housekeeping supervisor at a conference hotel, I rebuilt our training program, and our room inspection "
        "scores rose to the highest in the hotel group. I'm aiming to become executive housekeeper. Thorough "
        "training, high standards and careful scheduling let my team deliver clean rooms on time without burning "
        "out."),
    row({"position": "Landscape Architect", "experience": "designing parks and school grounds for a city council",
         "goals": "lead climate-resilient public space projects",
         "strengths": "planting design, community workshops, drawing"},
        "A good park can cool a neighbourhood, soak up floodwater and give children somewhere to play. As a "
        "landscape architect for a city council, I design parks and school grounds, and my rain garden playground "
        "now handles storms that used to flood the street. I want to lead climate-resilient public space projects. "
        "Thoughtful planting design, lively community workshops and clear drawings help me turn ideas into places "
        "people love."),
    row({"position": "Optometrist", "experience": "optometrist in a high-street practice",
         "goals": "specialise in children's vision", "strengths": "patient care, clear explanations, detail"},
        "One in five of the children I examine needs glasses they didn't know about. I'm an optometrist in a "
        "high-street practice, and I started free vision screenings with two local primary schools that found dozens "
        "of children who were struggling to see the board. I want to specialise in children's vision. Attentive "
        "patient care, clear explanations for parents and a sharp eye for detail make me well suited to that work."),
    row({"position": "Call Center Agent", "experience": "call center agent for an energy supplier, 2 yrs",
         "goals": "become a team leader",
         "strengths": "calming angry callers, product knowledge, high quality scores"},
        "Most people who call their energy supplier are already annoyed, and I like turning those calls around. I've "
        "worked as a call center agent for two years, and my quality scores have been the highest on my team for six "
        "months running. Team leader is the next role I'm aiming for. I'm good at calming angry callers, I know our "
        "products inside out, and I'd love to help new agents feel as confident on the phones as I do."),
    row({"position": "Geotechnical Engineer",
         "experience": "geotech engineer doing site investigations for highway schemes",
         "goals": "get chartered and lead tunnel projects",
         "strengths": "soil mechanics, site supervision, report writing"},
        "Every highway stands on ground somebody had to understand first, and that's my job as a geotechnical "
        "engineer. I plan and supervise site investigations for highway schemes, and my borehole program on one "
        "project revealed soft clay that changed the design before construction started. I'm working toward "
        "chartership, and I want to lead tunnel projects. Solid soil mechanics, confident site supervision and clear "
        "reports are my strengths. Tunnels are the next challenge I'm preparing for."),
    row({"position": "Podcast Producer", "experience": "producing a weekly true crime podcast with 50k listeners",
         "goals": "produce narrative series for a major network",
         "strengths": "story structure, sound editing, booking guests"},
        "Fifty thousand people listen every week to the true crime podcast I produce. I handle everything from "
        "research to the final mix, and one of our episodes led investigators to reopen a cold case. I want to "
        "produce narrative series for a major network. A strong sense of story structure, careful sound editing and "
        "a talent for booking guests who usually say no make my shows worth listening to."),
    row({"position": "Veterinarian", "experience": "small animal vet at a mixed practice, 3 yrs",
         "goals": "specialize in exotic animals", "strengths": "surgery, communication with owners"},
        "Hi, I'm a veterinarian working with cats, dogs and, increasingly, the odd bearded dragon at a mixed "
        "practice. In three years I've become the vet colleagues send their reptile and rabbit cases to, and I set "
        "up our first exotic animal clinic day. I want to specialize in exotic animals. Confident surgery and clear, "
        "honest communication with owners help every animal in my care get the best treatment."),
    row({"position": "Accounts Payable Clerk", "experience": "AP clerk, processing 800 invoices a month",
         "goals": "become an accountant, studying ACCA now", "strengths": "accuracy, speed, spotting duplicates"},
        "I process about eight hundred invoices a month as an accounts payable clerk, and very few mistakes get past "
        "me. Last year I spotted a run of duplicate supplier payments and recovered the money before the quarter "
        "closed. I'm studying for my ACCA qualification because I want to become an accountant. Accuracy, speed and "
        "a sharp eye for anything that doesn't add up are what I bring to a finance team."),
    row({"position": "HR Generalist", "experience": "only HR person at a 90-employee startup",
         "goals": "head of people", "strengths": "building policies from scratch, employee trust, employment law"},
        "When I joined a ninety-person startup as its only HR generalist, we had no handbook, no review process and "
        "no onboarding. I built all three from scratch, and our employee engagement score rose by fifteen points in "
        "a year. Head of people is the role I'm working toward. Writing policies that people actually follow, "
        "earning employees' trust and a solid grasp of employment law make me ready for that step."),
    row({"position": "Apprentice Electrician",
         "experience": "3rd year apprentice at an industrial contractor, mostly factories",
         "goals": "finish my apprenticeship and specialise in automation and controls",
         "strengths": "reliable, quick learner, good with PLCs"},
        "I'm a third-year apprentice electrician with an industrial contractor, which means my classroom is usually "
        "a factory floor. On my last job I helped commission a new packaging line, and the supervisor trusted me "
        "with the PLC wiring. Once I finish my apprenticeship, I want to specialise in automation and controls. I'm "
        "reliable, I learn quickly, and I'm already comfortable working with PLCs."),
    row({"position": "Sales Manager", "experience": "managing 8 reps selling office furniture",
         "goals": "VP of sales", "strengths": "coaching, pipeline discipline"},
        "Office furniture isn't glamorous, but my team of eight reps sells a lot of it. Since I became sales "
        "manager, we have beaten our annual target three years in a row. I want to become vice president of sales. I "
        "coach every rep individually, and I insist on a disciplined pipeline, which is why my forecasts rarely "
        "miss."),
    row({"position": "Startup Founder", "experience": "founded a meal-planning app, 20k users, bootstrapped",
         "goals": "raise seed funding and hire my first engineers",
         "strengths": "product intuition, scrappy, talking to users"},
        "Twenty thousand people plan their weekly meals with an app I built without a single investor. As a founder, "
        "I did everything myself, from coding to customer support, and I grew the app to profitability within "
        "eighteen months. Now I want to raise seed funding and hire my first engineers. Strong product intuition, a "
        "scrappy attitude and the habit of talking to users every week are how I'll keep building."),
    row({"position": "Brand Manager", "experience": "brand manager for a snack brand at a consumer goods company",
         "goals": "marketing director",
         "strengths": "consumer insight, launching products, cross-functional leadership"},
        "I'm a brand manager at a consumer goods company, responsible for a snack brand you've probably eaten on a "
        "road trip. I led the launch of a lower-sugar range that reached a tenth of our sales in its first year. I'm "
        "now aiming for a marketing director role. Real consumer insight, experience launching products and "
        "leadership across sales, finance and supply chain teams would help me run a whole portfolio."),
    row({"position": "Physics Teacher", "experience": "teaching physics at a sixth form college",
         "goals": "head of science", "strengths": "practical demos, mentoring new teachers"},
        "Nothing makes a class lean in like a physics demo that might go slightly wrong. I teach physics at a sixth "
        "form college, and since I redesigned our practical program, the number of students choosing physics has "
        "nearly doubled. I'm ready to become head of science. Memorable practical demonstrations and a track record "
        "of mentoring new teachers would help me lift the whole department."),
    row({"position": "Clinical Psychologist",
         "experience": "clinical psychologist in an NHS adult mental health team",
         "goals": "set up a trauma service", "strengths": "EMDR, supervision, warmth"},
        "Trauma can keep people stuck for years, but with the right therapy, many recover. I'm a clinical "
        "psychologist in an NHS adult mental health team, and I introduced a group program that cut our waiting list "
        "for trauma therapy by four months. My next goal is to set up a dedicated trauma service. Training in EMDR, "
        "experience supervising other clinicians and genuine warmth with clients are what I bring. I'd welcome a "
        "conversation about building that service together."),
    row({"position": "Pipe Welder", "experience": "pipe welder, 8 yrs, oil and gas and now hydrogen plants",
         "goals": "become a welding inspector",
         "strengths": "TIG, all my certs current, clean welds that pass X-ray"},
        "For eight years I've welded pipe for oil and gas plants, and now I'm working on hydrogen facilities. As a "
        "pipe welder, I've gone three years without a single weld failing X-ray inspection. My next move is to "
        "become a welding inspector. Expert TIG work, a full set of current certifications and clean welds every "
        "time give me the credibility to judge other people's work."),
    row({"position": "Sustainability Manager", "experience": "sustainability manager at a food manufacturer",
         "goals": "chief sustainability officer",
         "strengths": "carbon accounting, supplier engagement, persuasive reporting"},
        "Most of a food company's emissions come from its suppliers, not its factories, so that's where I focus. As "
        "sustainability manager at a food manufacturer, I worked with our dairy suppliers to cut the carbon "
        "footprint of our main product by twelve percent. I want to become a chief sustainability officer. Rigorous "
        "carbon accounting, strong supplier engagement and persuasive reporting help me move a business in the right "
        "direction."),
    row({"position": "Investment Analyst", "experience": "equity research analyst covering European banks",
         "goals": "become a portfolio manager", "strengths": "valuation, writing, conviction"},
        "Banks are hard to value, and I enjoy exactly that challenge. I'm an equity research analyst covering "
        "European banks, and my downgrade call on one lender came two months before its shares fell by a third. The "
        "seat I'm aiming for is portfolio manager. Careful valuation work, sharp writing and the conviction to hold "
        "an unpopular view when the numbers support it are what I bring. I'm ready to back my calls with a portfolio "
        "of my own."),
    row({"position": "Receptionist", "experience": "receptionist at a busy GP surgery", "goals": "practice manager",
         "strengths": "calm under pressure, organised, friendly"},
        "At eight in the morning, our phones ring nonstop, and I'm the first person every worried patient speaks to. "
        "As a receptionist at a busy GP surgery, I introduced a call-back system that cut our morning queue in half. "
        "One day I'd like to become a practice manager. I stay calm under pressure, I'm highly organised and I keep "
        "a friendly tone even on the toughest mornings."),
    row({"position": "Personal Trainer", "experience": "PT at a gym, 5 years, specialised in older adults",
         "goals": "open a strength studio for over-60s", "strengths": "programming, motivation, injury awareness"},
        "Strength training isn't only for young people, and my oldest client, who is eighty-one, proves it every "
        "week. I've been a personal trainer for five years, specialising in older adults, and many of my clients "
        "have stopped needing a walking stick. My plan is to open a strength studio for people over sixty. Careful "
        "programming, steady motivation and awareness of old injuries keep my clients safe and strong."),
    row({"position": "Cloud Architect",
         "experience": "AWS architect at a consulting firm, migrations for retailers",
         "goals": "principal architect", "strengths": "cost optimization, security, client trust"},
        "Moving a retailer to the cloud before the holiday rush is nerve-racking, and I've done it four times. As a "
        "cloud architect at a consulting firm, I design AWS migrations for retailers, and my last project cut the "
        "client's hosting bill by thirty percent. I'm working toward principal architect. Cost optimization, strong "
        "security practices and lasting relationships with clients are what I'd offer. I'd be glad to walk you "
        "through my last migration."),
    row({"position": "Copy Editor", "experience": "copy editor at a daily newspaper, night shift",
         "goals": "become a features editor", "strengths": "grammar, headlines, speed"},
        "By the time you read the morning paper, I've already read it twice. I'm a copy editor on the night shift of "
        "a daily newspaper, and one of my headlines was shortlisted for a national press award. I'd like to become a "
        "features editor and shape longer stories. Impeccable grammar, a knack for headlines and real speed on "
        "deadline are what I would bring to a features desk."),
    row({"position": "Food Scientist", "experience": "product developer at a plant-based food company",
         "goals": "lead R&D for a dairy alternative brand", "strengths": "formulation, sensory testing, scale-up"},
        "Making a plant-based yogurt that people buy twice is harder than it sounds. I'm a food scientist developing "
        "products at a plant-based food company, and my oat yogurt formula became our best-selling launch. My goal "
        "is to lead research and development for a dairy alternative brand. Skilled formulation, thorough sensory "
        "testing and experience taking recipes from the kitchen to the factory are what I'd contribute."),
    row({"position": "Mortgage Adviser", "experience": "mortgage adviser at a broker, 4 yrs",
         "goals": "specialise in self-employed borrowers",
         "strengths": "explaining options, lender knowledge, fast"},
        "Self-employed people often get turned down for mortgages they can easily afford. In four years as a "
        "mortgage adviser at a broker, I've helped more than a hundred of them buy homes, including clients other "
        "advisers had given up on. I want to specialise in self-employed borrowers. I explain options plainly, I "
        "know which lenders will say yes, and I move fast when a property is on the line."),
    row({"position": "Second Officer (merchant navy)", "experience": "second officer on container ships",
         "goals": "become a master mariner", "strengths": "navigation, leadership, calm in heavy seas"},
        "On a container ship in the middle of an ocean, there is no one else to call. As a second officer, I'm "
        "responsible for passage planning, and I rerouted our vessel around a tropical storm last season without "
        "losing a day on schedule. I'm working toward becoming a master mariner. Precise navigation, steady "
        "leadership of my watch and a calm head in heavy seas are what I bring to the bridge."),
    row({"position": "Sales Associate",
         "experience": "sales associate at an outdoor gear store, 2 yrs part time while studying",
         "goals": "move into store management",
         "strengths": "product knowledge, customer rapport, visual merchandising"},
        "If you need boots for a first mountain hike, I'm the person who'll ask where you're going before showing "
        "you a single pair. I've worked part time as a sales associate at an outdoor gear store for two years while "
        "studying, and my window display won our regional competition. I'd like to move into store management. Deep "
        "product knowledge, easy rapport with customers and a good eye for merchandising are my strengths. I'm "
        "excited to help a store team sell with the same care."),
    row({"position": "Systems Administrator", "experience": "sysadmin at a law firm",
         "goals": "become an IT manager", "strengths": "Windows and Linux, backups, explaining IT to lawyers"},
        "Lawyers don't care how the servers work; they just need them to work, always. I'm the systems administrator "
        "at a law firm, and after I rebuilt our backup setup, we restored a corrupted case file system in under an "
        "hour. My next goal is to become an IT manager. Solid Windows and Linux skills, reliable backups and a "
        "talent for explaining technology to lawyers in their own terms are what I offer. I'm ready to lead an IT "
        "team that keeps a whole business running."),
    row({"position": "Speechwriter", "experience": "speechwriter for a city mayor",
         "goals": "communications director", "strengths": "matching a speaker's voice, research, tight deadlines"},
        "The best speech I ever wrote sounded nothing like me, and that was the point. As speechwriter for a city "
        "mayor, I've written more than a hundred speeches, including the budget address that was quoted in every "
        "local paper. I want to become a communications director. Matching a speaker's voice, careful research and "
        "calm work on tight deadlines are the skills I'd bring to a communications team."),
    row({"position": "Project Coordinator (veteran)",
         "experience": "10 years army logistics officer, left as captain",
         "goals": "project management in renewable energy",
         "strengths": "leading teams, planning under pressure, PMP certified"},
        "I spent ten years as an army logistics officer, moving people and equipment to places with no roads and no "
        "second chances. I left as a captain after running supply for a deployment of eight hundred troops. Now I'm "
        "a project coordinator who wants to manage renewable energy projects. Leading teams, planning under pressure "
        "and my PMP certification mean I can deliver complex projects in a new industry."),
    row({"position": "Embedded Software Engineer",
         "experience": "embedded C on washing machines at an appliance maker",
         "goals": "work on medical devices or robotics",
         "strengths": "low-level debugging, reading datasheets, testing"},
        "The washing machine in your kitchen probably runs code someone like me wrote. As an embedded software "
        "engineer at an appliance maker, I write C for motor control, and I found a timing bug that had been causing "
        "rare drum failures in the field. I'd like to move into medical devices or robotics. Patient low-level "
        "debugging, careful datasheet reading and thorough testing are what I'd bring. I'm keen to apply that "
        "discipline to machines that help people even more directly."),
    row({"position": "Compliance Officer", "experience": "AML compliance analyst at an online bank",
         "goals": "head of financial crime", "strengths": "investigations, regulations, clear reporting"},
        "Money launderers are creative, so I have to be more creative. I'm a compliance officer working on "
        "anti-money laundering at an online bank, and an investigation I led uncovered a network of mule accounts "
        "that we reported to the police. The role I want next is head of financial crime. Thorough investigations, "
        "detailed knowledge of the regulations and clear reporting to senior management are my strengths. I'm ready "
        "to lead a team that stays one step ahead of criminals."),
    row({"position": "Illustrator", "experience": "children's book illustrator, 7 books published",
         "goals": "write and illustrate my own picture book",
         "strengths": "character design, watercolour, meeting deadlines"},
        "Seven children's books carry my illustrations, and I still get excited each time a new one arrives in the "
        "post. As an illustrator, I'm known for characters children want to draw themselves, and one of my books has "
        "been translated into twelve languages. Next, I want to write and illustrate a picture book of my own. "
        "Character design, watercolour and a perfect record on deadlines are my strengths. I already have a first "
        "draft, and I'd love to find the right publisher for it."),
    row({"position": "Community Health Worker",
         "experience": "community health worker helping families manage asthma",
         "goals": "become a public health program coordinator",
         "strengths": "bilingual, home visits, building trust"},
        "Many asthma attacks start at home, with mould, dust or a missed inhaler, so that's where I go. As a "
        "community health worker, I visit families to help them manage asthma, and emergency visits among the "
        "children I work with fell by forty percent last year. I'm aiming to become a public health program "
        "coordinator. Being bilingual, experienced with home visits and trusted by families makes my work effective."),
    row({"position": "Production Supervisor", "experience": "production supervisor at a bottling plant, 3 lines",
         "goals": "plant manager", "strengths": "OEE improvements, shift teams, problem solving"},
        "Three bottling lines and the shift teams that run them are my responsibility as a production supervisor. I "
        "led a changeover project that raised our overall equipment effectiveness from sixty-five to seventy-eight "
        "percent. My long-term goal is to become a plant manager. I know how to lift efficiency, build strong shift "
        "teams and solve problems on the floor before they turn into downtime."),
    row({"position": "Digital Archivist", "experience": "digital archivist at a university",
         "goals": "lead digitization of a national collection",
         "strengths": "metadata, preservation, project planning"},
        "Old letters, photographs and recordings are only useful if people can find them. As a digital archivist at "
        "a university, I led the digitization of a century of student newspapers, now searched thousands of times a "
        "month. I'd love to lead the digitization of a national collection. Careful metadata, sound preservation "
        "practice and realistic project planning are what I'd bring to that work."),
    row({"position": "Economist", "experience": "economist at a central bank, inflation forecasting",
         "goals": "work at an international development institution",
         "strengths": "econometrics, writing for non-experts"},
        "Forecasting inflation is humbling, because the world keeps changing the rules. As an economist at a central "
        "bank, I built a model of food prices that improved our short-term forecasts noticeably. Next, I want to "
        "work at an international development institution, where better analysis can change lives. Strong "
        "econometrics and a knack for writing clearly for non-experts are what I'd bring. I'd love to apply them "
        "where the stakes are highest."),
    row({"position": "Software Engineer", "experience": "new grad, 1 internship at a robotics company",
         "goals": "join a team building developer tools",
         "strengths": "C++, Rust, learning fast, asking good questions"},
        "During my internship at a robotics company, I spent more time fighting our build system than writing robot "
        "code, and that's how I fell in love with developer tools. I'm a newly graduated software engineer, and the "
        "caching fix I wrote there cut our build times by forty percent. I'd love to join a team building developer "
        "tools. I write C++ and Rust, I learn fast, and I'm never shy about asking good questions."),
    row({"position": "Senior Software Engineer",
         "experience": "8 yrs, currently tech lead on search at a marketplace", "goals": "engineering manager",
         "strengths": "mentoring, search relevance, calm in incidents"},
        "When buyers on our marketplace type a few vague words and still find what they want, that's my team's work. "
        "I'm a senior software engineer with eight years behind me, currently tech lead on search, and our relevance "
        "improvements lifted search conversion by nine percent this year. I'm ready to become an engineering "
        "manager. Mentoring, deep search expertise and calm leadership during incidents have prepared me for it."),
    row({"position": "data analyst", "experience": "public health data analyst at a county health department",
         "goals": "do a masters in epidemiology and work on outbreak analytics",
         "strengths": "R, dashboards, explaining stats to officials"},
        "During flu season, county officials check my dashboards before they check their email. I'm a data analyst "
        "at a county health department, and the hospital capacity tracker I built became the main tool for our "
        "winter planning. Next, I plan to do a master's in epidemiology and work on outbreak analytics. Fluent R, "
        "clear dashboards and a talent for explaining statistics to busy officials are what I'd bring. The next "
        "outbreak will need fast, trustworthy numbers, and I want to be ready."),
    row({"position": "Product Manager", "experience": "PM for a B2B invoicing tool, previously an accountant",
         "goals": "lead product for a fintech platform",
         "strengths": "domain expertise, customer empathy, roadmap clarity"},
        "I used to be an accountant who hated invoicing software, so I became a product manager to fix it. I now "
        "manage a B2B invoicing tool, and the automatic reminders feature I championed helped our customers get paid "
        "eleven days sooner on average. I want to lead product for a fintech platform. Real domain expertise, "
        "empathy for customers and a roadmap everyone understands are what I'd bring to the role."),
    row({"position": "UX/UI Designer", "experience": "freelance, mostly restaurant and booking websites",
         "goals": "join an in-house team at a hospitality tech company",
         "strengths": "visual design, quick iterations, talking to owners"},
        "Restaurant owners don't have time for long design meetings, so I've learned to work fast and listen hard. "
        "As a freelance UX and UI designer, I've built booking websites for more than thirty restaurants, and one "
        "client's online reservations tripled after launch. Now I'd like to join an in-house team at a hospitality "
        "tech company. Strong visual design, quick iterations and easy conversations with owners are what I bring. "
        "I'd love to design for thousands of restaurants at once."),
    row({"position": "Marketing Specialist", "experience": "events and partnerships marketing at a university",
         "goals": "move into B2B field marketing",
         "strengths": "event planning, partner relationships, managing budgets"},
        "Open days, alumni dinners and industry partnerships fill my calendar as a marketing specialist at a "
        "university. I built a partnership program with local employers that doubled the number of companies "
        "recruiting on campus. I want to bring those skills into B2B field marketing. Careful event planning, strong "
        "partner relationships and a firm grip on budgets would help me create events that actually generate "
        "business."),
    row({"position": "Digital Marketing Specialist",
         "experience": "paid search and social for local businesses at an agency, 3 yrs",
         "goals": "lead performance marketing in-house", "strengths": "Google Ads, analytics, ROI focus"},
        "Local businesses can't afford to waste a single advertising pound, and I make sure they don't. For three "
        "years I've run paid search and social campaigns at an agency, and I halved the cost per lead for a chain of "
        "dental clinics. I'm ready to lead performance marketing in-house. Deep Google Ads expertise, careful "
        "analytics and a constant focus on return on investment are what I'd bring to your growth team."),
    row({"position": "Auditor", "experience": "external auditor, 3 years, charities and schools",
         "goals": "move into internal audit at a university",
         "strengths": "sceptical mind, clear findings, building rapport"},
        "Charities and schools run on public trust, so their accounts have to be right. I've spent three years as an "
        "external auditor for both, and one of my reviews uncovered a payroll error that had overpaid staff for two "
        "years. I'd like to move into internal audit at a university. A healthy sceptical mind, clear written "
        "findings and an ability to build rapport with finance teams make my audits useful rather than feared."),
    row({"position": "Head Chef", "experience": "head chef of a 60-cover vegetarian restaurant",
         "goals": "open a second site", "strengths": "seasonal menus, team leadership, supplier relationships"},
        "Vegetables can be the star of a plate, and I've built a career on proving it. As head chef of a 60-cover "
        "vegetarian restaurant, I change the menu with every season, and last year we earned our first listing in a "
        "national restaurant guide. The next step is opening a second site. Seasonal menus, a kitchen team that "
        "stays with me and close relationships with local growers would make that expansion work."),
    row({"position": "Kindergarten Teacher", "experience": "kindergarten teacher, bilingual classroom, 4 years",
         "goals": "become a literacy specialist",
         "strengths": "songs and storytelling, classroom routines, family partnerships"},
        "In my bilingual kindergarten classroom, five-year-olds learn to read in two languages at once. Over four "
        "years I've developed a storytelling routine that helped nearly every child reach the reading benchmark by "
        "spring. My goal is to become a literacy specialist. Songs and stories, steady classroom routines and warm "
        "partnerships with families are how I help young readers grow, and I'd love to share them with other "
        "teachers."),
    row({"position": "University Lecturer", "experience": "lecturer in marketing at a business school",
         "goals": "lead an executive education program",
         "strengths": "engaging teaching, industry links, case writing"},
        "My students tell me my lectures feel more like workshops, and that's exactly the idea. I'm a lecturer in "
        "marketing at a business school, and the live client projects I introduced have led to job offers for many "
        "of my students. I want to lead an executive education program. Engaging teaching, strong links with "
        "industry and experience writing teaching cases would help me build a program managers genuinely value."),
    row({"position": "In-house Counsel",
         "experience": "legal counsel at a renewable energy developer, contracts and permits",
         "goals": "general counsel", "strengths": "negotiation, pragmatic advice, regulatory knowledge"},
        "Building a wind or solar farm takes years of contracts and permits, and I'm the lawyer who keeps them "
        "moving. As in-house counsel at a renewable energy developer, I negotiated the land agreements for our "
        "largest project to date. I'm working toward a general counsel role. Firm negotiation, pragmatic advice that "
        "engineers can act on and detailed regulatory knowledge are what make me effective."),
    row({"position": "Lift Engineer", "experience": "servicing 150 lifts across the city",
         "goals": "move into modernisation project management",
         "strengths": "fault finding, safety, customer communication"},
        "Nobody thinks about a lift until it stops, and then they think about me. As a lift engineer servicing a "
        "hundred and fifty lifts across the city, I keep breakdowns low, and my sites have the best uptime in our "
        "branch. I'd like to move into modernisation project management. Quick fault finding, strict safety habits "
        "and clear communication with building managers would make me a strong project lead."),
    row({"position": "Transport Analyst", "experience": "route planning at a grocery delivery company",
         "goals": "head of network planning", "strengths": "optimisation models, python, practical sense"},
        "Every grocery order that arrives in its one-hour slot went through a route I helped plan. I'm a transport "
        "analyst at a grocery delivery company, and my new routing model fitted three more drops into each van's "
        "shift. I want to become head of network planning. I build solid optimisation models in Python, but I also "
        "ride along with drivers, because practical sense matters as much as the maths."),
    row({"position": "Inventory Controller", "experience": "inventory controller at an auto parts distributor",
         "goals": "become a supply chain analyst", "strengths": "cycle counts, ERP systems, accuracy"},
        "Fifty thousand part numbers sit in our warehouse, and I know where almost every one of them is. As "
        "inventory controller at an auto parts distributor, I introduced weekly cycle counts that raised stock "
        "accuracy to over ninety-nine percent. Now I want to grow into a supply chain analyst. Disciplined cycle "
        "counting, strong ERP skills and real accuracy are the foundations I'd build on."),
    row({"position": "Clinical Informatics Specialist",
         "experience": "ex surgical ward nurse, now training staff on a new electronic health record",
         "goals": "lead clinical informatics for a hospital",
         "strengths": "clinical knowledge, training, bridging IT and nurses"},
        "I spent years as a surgical ward nurse cursing badly designed computer screens, and now I help fix them. As "
        "a clinical informatics specialist, I'm training staff on our new electronic health record, and my ward "
        "champion program got every unit live on schedule. I want to lead clinical informatics for a hospital. My "
        "clinical knowledge, hands-on training skills and ability to speak both IT and nursing make that possible."),
    row({"position": "PR Manager", "experience": "PR manager at a consumer tech brand",
         "goals": "head of communications", "strengths": "media relations, crisis comms, storytelling"},
        "When a product recall hit our consumer tech brand, I had the statement out in forty minutes and the story "
        "under control by the evening. I'm a PR manager who lives for moments like that, but I also love the slow "
        "work of building media relationships. My next goal is head of communications. Strong media relations, calm "
        "crisis communication and good storytelling are how I protect and grow a brand."),
    row({"position": "Audiologist", "experience": "audiologist at a hearing clinic",
         "goals": "join a cochlear implant program",
         "strengths": "patience, technical fitting, counseling families"},
        "Watching someone hear their grandchild clearly for the first time never gets old. As an audiologist at a "
        "hearing clinic, I fit and fine-tune hearing aids, and I started a follow-up program that cut the number of "
        "devices patients stop wearing by half. I'd like to join a cochlear implant program. Patience, precise "
        "technical fitting and gentle counseling for families are what I bring to each appointment."),
    row({"position": "Barber", "experience": "barber, 5 years, own chair in a busy shop",
         "goals": "train apprentices and open my shop", "strengths": "sharp fades, good chat, loyal regulars"},
        "Hi, I'm a barber, and for five years I've had my own chair in a busy shop where most of my customers are "
        "regulars. I rebooked more clients last year than anyone else in the shop. Eventually I want to open my own "
        "place and train apprentices there. Sharp fades, good conversation and a loyal group of regulars give me the "
        "foundation to build a shop people recommend to their friends."),
    row({"position": "Truck Driver", "experience": "long-haul trucker, 1 million safe miles",
         "goals": "become a safety coordinator", "strengths": "safety, reliability, knowing the routes"},
        "One million miles without a preventable accident is the number I'm proudest of as a long-haul truck driver. "
        "Along the way I've mentored new drivers on mountain routes and winter driving. Now I want to become a "
        "safety coordinator and help a whole fleet drive the way I do. A spotless safety record, total reliability "
        "and detailed knowledge of the routes would make my advice credible with drivers."),
    row({"position": "Biostatistician", "experience": "biostatistician for cancer trials at a CRO",
         "goals": "become a lead statistician",
         "strengths": "trial design, SAS and R, explaining results to clinicians"},
        "A cancer trial is only as good as its statistics, and that's where I come in. I'm a biostatistician at a "
        "contract research organisation, and my redesign of one trial's interim analysis let it stop early for clear "
        "benefit. I'm working toward a lead statistician role. Sound trial design, strong SAS and R programming and "
        "a talent for explaining results to clinicians help me turn data into treatment decisions."),
    row({"position": "Security Manager", "experience": "security manager at a 40,000-seat stadium",
         "goals": "head of safety and security for a venue group",
         "strengths": "crowd management, planning, working with police"},
        "When forty thousand fans leave a stadium at the same moment, good planning is invisible, and bad planning "
        "is dangerous. As security manager at a 40,000-seat stadium, I redesigned our exit routes and cleared the "
        "ground ten minutes faster after every match. I want to become head of safety and security for a venue "
        "group. Crowd management, detailed planning and close work with the police are my strengths. I'd welcome the "
        "chance to bring that experience to several venues."),
    row({"position": "Video Editor", "experience": "video editor for a YouTube channel with 2M subscribers",
         "goals": "edit feature documentaries", "strengths": "pacing, color grading, storytelling"},
        "Two million subscribers watch the videos I edit for a YouTube channel, and most of them stay to the end. "
        "Since I took over editing, our average watch time has grown by a third. My ambition is to edit feature "
        "documentaries, where a story can breathe for ninety minutes. A strong sense of pacing, careful color "
        "grading and instinctive storytelling are what I'd bring to a documentary team."),
    row({"position": "Software Developer (career changer)",
         "experience": "8 years as an accountant, then a coding bootcamp, now building finance tools",
         "goals": "build fintech products", "strengths": "understanding finance users, python, attention to detail"},
        "Eight years as an accountant showed me how much time finance teams lose to clumsy tools. After a coding "
        "bootcamp, I'm now a software developer building internal finance tools, and my expense import script saves "
        "our team about a day a month. I want to build fintech products used by many companies. I understand finance "
        "users, I write solid Python, and my accountant's attention to detail makes my code reliable."),
    row({"position": "Marketing student", "experience": "2nd year, ran social media for the student union",
         "goals": "summer internship at a creative agency", "strengths": "content creation, enthusiasm, canva"},
        "Hi, I'm a second-year marketing student, and I spent this year running social media for our student union. "
        "My posts for freshers' week reached more students than the union had ever reached online. This summer I'm "
        "looking for an internship at a creative agency. I create content quickly in Canva, I bring a lot of "
        "enthusiasm, and I'd love the chance to learn from a real creative team."),
    row({"position": "Ecologist", "experience": "ecologist doing bat and newt surveys for planning applications",
         "goals": "lead biodiversity net gain strategy", "strengths": "field surveys, species ID, report writing"},
        "Many of my working nights are spent in a field with a bat detector, listening. As an ecologist, I carry out "
        "bat and newt surveys for planning applications, and one of my reports led a developer to redesign a site "
        "around a breeding pond. I want to lead biodiversity net gain strategy for larger projects. Thorough field "
        "surveys, reliable species identification and clear reports are the skills I'd bring."),
    row({"position": "Maintenance Technician", "experience": "maintenance tech at a food factory, 6 years",
         "goals": "become a reliability engineer", "strengths": "hydraulics, preventive maintenance, quick fixes"},
        "In a food factory, every minute a line stops costs money and sometimes product. For six years I've worked "
        "as a maintenance technician there, and the preventive maintenance plan I set up for our ovens cut unplanned "
        "downtime from about twelve hours a month to four. Now I'm aiming to become a reliability engineer. Solid "
        "hydraulics knowledge, disciplined preventive maintenance and quick fixes under pressure are what I'd take "
        "into that role."),
    row({"position": "Dance Teacher", "experience": "ballet and contemporary teacher at a dance school",
         "goals": "run an inclusive dance company",
         "strengths": "choreography, encouragement, adapting for disabilities"},
        "Everyone can dance, including people who have been told they can't. I teach ballet and contemporary at a "
        "dance school, and I started an inclusive class for wheelchair users that now performs at our annual show. "
        "My dream is to run an inclusive dance company. Inventive choreography, constant encouragement and a real "
        "skill for adapting movement to each dancer's body are what I'd bring. I'd love to see an inclusive company "
        "on a main stage one day."),
    row({"position": "Health Protection Practitioner",
         "experience": "outbreak investigations for a regional public health team",
         "goals": "become a consultant in health protection", "strengths": "calm, contact tracing, communication"},
        "When a food poisoning outbreak hits a wedding or a school, my phone rings first. As a health protection "
        "practitioner in a regional public health team, I traced one outbreak to a single supplier within two days, "
        "preventing dozens more cases. I'm working toward becoming a consultant in health protection. A calm manner, "
        "methodical contact tracing and clear communication with the public are my strengths. Protecting the public "
        "from the next outbreak is what I want to keep doing, at a more senior level."),
    row({"position": "Bank Branch Manager", "experience": "branch manager, 12 staff, small town",
         "goals": "regional manager", "strengths": "coaching, community presence, customer trust"},
        "In a small town, the bank manager is someone people stop in the supermarket, and I like it that way. I "
        "manage a branch with twelve staff, and we've had the highest customer satisfaction in our region for two "
        "years. I'd like to become a regional manager. Good coaching, a visible presence in the community and the "
        "trust customers place in my team are what I would spread across more branches."),
    row({"position": "Solutions Engineer",
         "experience": "solutions engineer at a data integration startup, running technical demos",
         "goals": "lead the solutions engineering team",
         "strengths": "great demos, translating tech into business value"},
        "My favourite moment in a sales call is when the skeptical engineer on the other side says, show me that "
        "again. I'm a solutions engineer at a data integration startup, and my technical demos helped close our "
        "three largest deals this year. I want to lead the solutions engineering team. Memorable demos and the "
        "ability to translate technical features into business value are what I'd help my team master."),
    row({"position": "Art Director", "experience": "art director at an ad agency, 9 yrs, car and telecom clients",
         "goals": "become creative director", "strengths": "concepting, leading shoots, mentoring designers"},
        "Nine years of car and telecom campaigns have taught me that even familiar products can look surprising. As "
        "an art director at an advertising agency, I led a campaign for a car launch that won a national creative "
        "award. I'm ready to become a creative director. Bold concepting, confident leadership on shoots and real "
        "investment in mentoring young designers are what I'd bring to a creative department."),
    row({"position": "Signalling Engineer", "experience": "signalling design engineer on a metro upgrade",
         "goals": "lead signalling for a new line",
         "strengths": "safety cases, attention to detail, coordinating contractors"},
        "Trains can only run closer together if the signalling allows it, and that's what I design. As a signalling "
        "engineer on a metro upgrade, I produced the designs for a section that now carries a third more trains an "
        "hour. My long-term goal is to lead signalling for an entirely new line. Rigorous safety cases, precise "
        "attention to detail and smooth coordination of contractors are what I'd bring. I'm excited to help design "
        "the railways of the next generation."),
    row({"position": "Customer Experience Manager", "experience": "CX manager at an online grocery",
         "goals": "head of customer experience",
         "strengths": "voice of the customer programs, data, team leadership"},
        "A squashed strawberry can lose a customer forever, so I take every complaint seriously. As customer "
        "experience manager at an online grocery, I launched a voice of the customer program that cut complaints "
        "about damaged items by twenty-eight percent. I want to become head of customer experience. Listening "
        "programs that reach the right teams, sound use of data and strong team leadership are my strengths. I'd "
        "love to show what a customer-obsessed culture can do for your business."),
    row({"position": "Returning Marketing Manager",
         "experience": "marketing manager for 6 years, then 4 years at home with my kids, ran the school PTA",
         "goals": "return to a marketing leadership role",
         "strengths": "organisation, negotiation, fresh perspective"},
        "After six years as a marketing manager, I spent four years at home with my children, and I didn't stop "
        "marketing. As chair of our school's parent association, I ran a fundraising campaign that raised enough for "
        "a new playground. Now I'm returning to a marketing leadership role. Strong organisation, sharp negotiation "
        "and a fresh perspective on how families actually buy are what I'd bring to your team."),
    row({"position": "Aerospace Engineer", "experience": "stress engineer on aircraft wing components",
         "goals": "work on satellites", "strengths": "FEA, hand calculations, documentation"},
        "Every wing component I sign off has to survive decades of turbulence, and I take that personally. As an "
        "aerospace engineer working on stress analysis, I found a weight saving in one bracket family that removed "
        "several kilograms from each aircraft. I'd love to move into satellites next. Strong finite element "
        "analysis, reliable hand calculations and clear documentation would let me contribute quickly to a space "
        "program."),
    row({"position": "Stage Manager", "experience": "stage manager for touring musicals",
         "goals": "become a production manager", "strengths": "calling shows, organisation, calm backstage"},
        "Eight shows a week in a different theatre every fortnight: that's life as a stage manager on touring "
        "musicals. I called more than three hundred performances last year, and not one curtain went up late. I'm "
        "working toward a production manager role. Precise show calling, meticulous organisation and a calm presence "
        "backstage when things go wrong are what keep a tour on the road."),
    row({"position": "Hospital Chaplain", "experience": "multi-faith chaplain at a children's hospital",
         "goals": "lead a spiritual care team", "strengths": "listening, presence in a crisis"},
        "Sometimes the most useful thing I can do for a family is sit with them and say nothing. As a multi-faith "
        "chaplain at a children's hospital, I support parents and staff through the hardest days, and I started a "
        "monthly space where nurses can talk after losing a patient. I hope to lead a spiritual care team. Deep "
        "listening and a steady presence in a crisis are what I offer. I'd be honoured to support a team giving that "
        "care every day."),
    row({"position": "Locksmith", "experience": "mobile locksmith, own van, 7 years",
         "goals": "add security system installs to the business",
         "strengths": "fast response, trustworthy, problem solving"},
        "A family locked out at midnight with a toddler asleep inside is the kind of call I answer. I've run my own "
        "van as a mobile locksmith for seven years, and I reach most customers within thirty minutes. Now I want to "
        "add security system installations to the business. Fast response times, a reputation people trust with "
        "their keys and practical problem solving would make that expansion a natural fit."),
    row({"position": "Policy Researcher", "experience": "researcher at a think tank, education policy",
         "goals": "advise government on school funding",
         "strengths": "quantitative research, writing, media appearances"},
        "Why do two schools with the same pupils get very different funding? That question drives my work as a "
        "policy researcher on education at a think tank. My report on funding gaps was cited in a parliamentary "
        "debate last year. I want to advise government directly on school funding. Rigorous quantitative research, "
        "clear writing and confident media appearances help me get evidence in front of the people who decide."),
    row({"position": "Jewellery Designer", "experience": "handmade silver jewellery, sell online and at markets",
         "goals": "launch a wholesale line", "strengths": "design, craftsmanship, product photography"},
        "Every piece of silver jewellery I sell has been shaped by my own hands. I run a small jewellery design "
        "business, selling online and at weekend markets, and my best-selling ring design has sold more than a "
        "thousand pieces. My next step is launching a wholesale line for independent shops. Distinctive design, "
        "careful craftsmanship and my own product photography give the brand a consistent look."),
    row({"position": "Data Protection Officer", "experience": "DPO at a private hospital group",
         "goals": "privacy lead at a tech company", "strengths": "GDPR, risk assessments, training staff"},
        "Patient records are among the most sensitive data there is, and protecting them is my job as data "
        "protection officer for a private hospital group. I rolled out privacy training that cut data incidents by "
        "half within a year. I'm looking for a privacy lead role at a tech company. Deep GDPR knowledge, practical "
        "risk assessments and engaging staff training would help your products earn users' trust."),
    row({"position": "Head Groundsman", "experience": "head groundsman at a county cricket club",
         "goals": "work at an international cricket venue", "strengths": "turf science, machinery, early mornings"},
        "A cricket pitch tells you everything if you know how to read it, and I've been reading them for years. As "
        "head groundsman at a county cricket club, I prepared a square that was rated among the best in the country "
        "last season. My ambition is to work at an international cricket venue. Solid turf science, confident "
        "handling of machinery and a love of early mornings are what I'd bring. Preparing a pitch for a full "
        "international crowd is the dream I'm working toward."),
    row({"position": "Software Engineering Manager",
         "experience": "managing 2 teams (11 engineers) at a ride-sharing company",
         "goals": "director of engineering", "strengths": "hiring, delivery, growing managers"},
        "Eleven engineers across two teams at a ride-sharing company report to me, and my favourite metric is how "
        "many of them get promoted. As a software engineering manager, I've grown two engineers into team leads in "
        "the last eighteen months. I'm ready for a director of engineering role. Careful hiring, reliable delivery "
        "and a talent for growing new managers are what I'd scale up."),
    row({"position": "Court Stenographer", "experience": "stenographer, 225 wpm, courts and depositions",
         "goals": "move into live captioning for broadcasts", "strengths": "speed, accuracy, focus for hours"},
        "Two hundred and twenty-five words a minute is my working speed as a court stenographer. I cover trials and "
        "depositions, and attorneys regularly request me for long, technical cases because my transcripts need "
        "almost no corrections. I'd like to move into live captioning for broadcasts, so deaf viewers never miss a "
        "word. Speed, accuracy and the focus to stay sharp for hours are exactly what captioning demands."),
]
