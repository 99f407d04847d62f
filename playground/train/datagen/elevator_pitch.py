"""Elevator-pitch rows: position, experience, goals, strengths -> a 45-75 word pitch.

Every pitch has the same four anchors, built from the field values verbatim:
"I am a {position}." / "During my experience as {experience}, I ..." /
"My goals are {goals}." / "I believe my {strengths} will ...", with optional connecting
sentences between them. Train also deals the hand-written pitches of ``elevator_pitch_written`` (varied
people and sentence plans), a tenth of them kept for validation. Run through ``python -m playground.train.datagen --task elevator_pitch``.
"""

from __future__ import annotations

import random

from playground.train.datagen import a_or_an, pick, row, with_written, word_count
from playground.train.datagen.elevator_pitch_written import WRITTEN

SIZES = {"train": 360, "validation": 50, "test": 120}
MIN_WORDS, MAX_WORDS = 45, 75

# position -> (experiences, goals, achievements); experiences follow "During my experience as".
POSITIONS = {
    "Software Engineer": (
        ["a backend developer at a fintech startup", "a junior developer on an e-commerce team",
         "an intern building internal tools for a bank", "a full-stack developer at a travel company"],
        ["to build reliable software that scales", "to grow into a technical lead",
         "to write clean code that other developers enjoy maintaining"],
        ["rebuilt a slow payment service that now handles twice the traffic",
         "shipped features used by thousands of customers every day",
         "cut our deployment time from hours to minutes"]),
    "Data Analyst": (
        ["a data analyst at a retail company", "a reporting analyst in a hospital network",
         "an analytics intern at a marketing agency", "a business analyst at a logistics firm"],
        ["to turn data into better product decisions", "to become a data scientist",
         "to help teams understand their customers through numbers"],
        ["built dashboards that managers now use every morning",
         "found a pricing pattern that raised monthly sales",
         "automated weekly reports and saved the team hours of manual work"]),
    "Product Manager": (
        ["a product owner at a SaaS startup", "an associate product manager at a mobile app company",
         "a project coordinator who moved into product", "a product manager for a payments platform"],
        ["to lead products that solve real customer problems", "to grow into a head of product role",
         "to build products that people recommend to their friends"],
        ["launched a feature that reduced customer churn",
         "turned hundreds of user interviews into a clear roadmap",
         "aligned engineering, design and sales around one shared goal"]),
    "UX Designer": (
        ["a UX designer at a digital agency", "a junior designer on a banking app",
         "a freelance designer for small businesses", "a design intern at a health startup"],
        ["to design products that feel simple for everyone", "to lead user research in a product team",
         "to make accessible design the default"],
        ["redesigned a checkout flow and doubled its completion rate",
         "ran usability tests that changed the direction of a product",
         "built a design system that sped up the whole team"]),
    "Marketing Specialist": (
        ["a marketing coordinator at a fashion brand", "a social media manager for a coffee chain",
         "a content marketer at a software company", "a marketing intern at a nonprofit"],
        ["to build brands that people trust", "to lead growth marketing for a product I believe in",
         "to connect great products with the people who need them"],
        ["grew our newsletter audience from a few hundred to ten thousand readers",
         "ran campaigns that doubled website traffic in one quarter",
         "built a content calendar that the whole company now follows"]),
    "Data Scientist": (
        ["a data scientist at an insurance company", "a machine learning intern at a retail startup",
         "a research assistant in a university lab"],
        ["to build models that make a measurable difference", "to bring machine learning into everyday products",
         "to lead a small data science team"],
        ["built a forecasting model that cut inventory costs",
         "deployed a recommendation model that increased repeat purchases"]),
    "Project Manager": (
        ["a project manager at a construction firm", "a project coordinator at an IT consultancy",
         "a scrum master on a software team"],
        ["to deliver complex projects on time and on budget", "to lead larger programs across several teams",
         "to make teamwork smoother for everyone involved"],
        ["delivered a six-month migration two weeks ahead of schedule",
         "introduced a planning routine that reduced missed deadlines"]),
    "Sales Manager": (
        ["a sales representative at a software company", "an account executive for a logistics provider",
         "a team lead in a retail sales department"],
        ["to build a sales team that customers trust", "to grow revenue while keeping customers happy",
         "to open new markets for a product I believe in"],
        ["exceeded my yearly target by thirty percent",
         "signed our largest client after a long negotiation"]),
    "DevOps Engineer": (
        ["a system administrator at a hosting company", "a DevOps engineer at a gaming studio",
         "a cloud engineer on a platform team"],
        ["to make deployments boring and reliable", "to help teams ship faster with less stress",
         "to grow into a site reliability lead"],
        ["moved our services to the cloud without any downtime",
         "set up monitoring that caught incidents before customers noticed"]),
    "Financial Analyst": (
        ["a financial analyst at a manufacturing group", "an audit assistant at an accounting firm",
         "a budget analyst in local government"],
        ["to help companies make smarter investment decisions", "to become a finance manager",
         "to bring clarity to complex numbers"],
        ["built a budget model that the board now uses for planning",
         "found savings worth thousands in our supplier contracts"]),
    "HR Specialist": (
        ["a recruiter at a staffing agency", "an HR assistant at a growing startup",
         "a people operations coordinator at a retail chain"],
        ["to build workplaces where people want to stay", "to lead talent development programs",
         "to make hiring fair and human"],
        ["redesigned our onboarding and cut early turnover in half",
         "hired over fifty people for hard-to-fill roles"]),
    "Content Writer": (
        ["a content writer at a marketing agency", "a freelance copywriter for tech brands",
         "an editorial assistant at a magazine"],
        ["to tell stories that help brands connect with people", "to lead a content team",
         "to write content that readers actually finish"],
        ["wrote articles that brought in thousands of new readers",
         "created a style guide that made our brand voice consistent"]),
}
# Test-only positions: the model must apply the structure to a role it never saw.
HELD_OUT_POSITIONS = {
    "Cybersecurity Analyst": (
        ["a security analyst at a bank", "an IT support technician at a school district"],
        ["to protect people's data from attacks", "to lead a security operations team"],
        ["detected a phishing campaign before it reached our customers"]),
    "Customer Success Manager": (
        ["a customer support lead at a SaaS company", "an account manager at a marketing platform"],
        ["to help customers get real value from the products they buy", "to build a customer success team"],
        ["raised our customer retention rate by ten points"]),
}

STRENGTHS = [
    "problem-solving skills and attention to detail", "analytical thinking and clear communication",
    "curiosity and ability to learn quickly", "creativity and empathy for users",
    "leadership and collaboration skills", "organization and calm under pressure",
    "communication skills and positive attitude", "technical skills and teamwork",
    "adaptability and strong work ethic", "storytelling and data skills",
    "persistence and sense of ownership", "planning skills and eye for detail",
]
HELD_OUT_STRENGTHS = ["resilience and strategic thinking", "patience and negotiation skills"]

GENERIC_ACHIEVEMENTS = [
    "learned to deliver quality work under tight deadlines",
    "worked closely with people from many different teams",
]
BENEFITS = [
    "help your team reach its goals", "make me a valuable addition to your team",
    "allow me to contribute from day one", "help me create real impact in this role",
    "help your company grow",
]
# Optional connecting sentences, one slot after each of the first three parts.
AFTER_POSITION = [
    "I love solving problems that matter to people.", "I enjoy turning ideas into results.",
    "I care about doing work that makes a real difference.",
]
AFTER_EXPERIENCE = [
    "That taught me how to turn feedback into action.", "It showed me the value of clear communication.",
    "That experience taught me to focus on what matters most.",
]
AFTER_GOALS = [
    "That is why I am looking for a team that values learning.",
    "I am looking for a place where I can keep growing.",
    "I want to keep learning from people who are better than me.",
]
CLOSINGS = ["I would love to tell you more.", "Let's talk about how I can help.", ""]


def make_row(rng: random.Random, split: str) -> dict:
    """One pitch; held-out positions and strengths appear in the test split only."""
    pool = dict(POSITIONS)
    if split == "test" and rng.random() < 0.15:
        pool = HELD_OUT_POSITIONS
    position = rng.choice(sorted(pool))
    experiences, goals_list, achievements = pool[position]
    experience, goals = rng.choice(experiences), rng.choice(goals_list)
    strengths = pick(rng, STRENGTHS, HELD_OUT_STRENGTHS, split, 0.2)
    achievement = rng.choice(achievements + GENERIC_ACHIEVEMENTS[:1])
    for _ in range(1000):
        parts = [f"I am {a_or_an(position)}."]
        if rng.random() < 0.5:
            parts.append(rng.choice(AFTER_POSITION))
        parts.append(f"During my experience as {experience}, I {achievement}.")
        if rng.random() < 0.5:
            parts.append(rng.choice(AFTER_EXPERIENCE))
        parts.append(f"My goals are {goals}.")
        if rng.random() < 0.4:
            parts.append(rng.choice(AFTER_GOALS))
        parts.append(f"I believe my {strengths} will {rng.choice(BENEFITS)}.")
        parts.append(rng.choice(CLOSINGS))
        text = " ".join(p for p in parts if p)
        # Redraw only the optional sentences until the length fits; the anchors stay.
        if MIN_WORDS <= word_count(text) <= MAX_WORDS:
            break
    else:
        raise RuntimeError(f"No pitch of {MIN_WORDS}-{MAX_WORDS} words for {position!r}.")
    fields = {"position": position, "experience": experience, "goals": goals, "strengths": strengths}
    return row(fields, text)


row_maker = with_written(WRITTEN, make_row, share=0.6)
