"""LinkedIn-post rows: theme, tone, audience, cta -> a 50-90 word post.

Shape: a tone-specific hook naming the theme; a body of 1-2 theme lessons plus one
sentence addressed to the audience; an optional tone-specific closing; the CTA verbatim;
1-3 hashtags starting with the theme's. Paragraphs are separated by blank lines. Train also deals
the hand-written posts of ``linkedin_post_written`` (any theme, tone and audience, varied sentence
plans), a tenth of them kept for validation.
Run through ``python -m playground.train.datagen --task linkedin_post``.
"""

from __future__ import annotations

import random

from playground.train.datagen import pick, row, with_written, word_count
from playground.train.datagen.linkedin_post_written import WRITTEN

SIZES = {"train": 1000, "validation": 50, "test": 120}
MIN_WORDS, MAX_WORDS = 50, 90

# theme -> (lessons, advice for the audience sentence, extra hashtags)
THEMES = {
    "Career Advice": (
        ["The best career moves I made came from saying yes to hard problems.",
         "Skills compound over time, so small weekly progress matters more than big plans.",
         "Asking for feedback early saved me months of going in the wrong direction.",
         "Your reputation grows every time you help someone without being asked."],
        ["invest in one new skill every quarter", "ask for feedback before you feel ready",
         "write down your wins so you can talk about them"],
        ["#Careers", "#Growth"]),
    "Internship": (
        ["My internship showed me how much you can learn by asking good questions.",
         "Real projects taught me more than any course I took.",
         "The people I met during my internship became mentors and friends.",
         "Every mistake I made was a lesson my team helped me learn from."],
        ["treat every task as a chance to learn", "ask questions, even the ones that feel basic",
         "keep notes on what you learn each week"],
        ["#Learning", "#FirstJob"]),
    "Leadership": (
        ["Great leaders listen more than they talk.",
         "Trust grows when you give people ownership of real decisions.",
         "The best teams I have seen share credit and own mistakes together.",
         "Clear priorities protect a team from burnout."],
        ["give your team context, not just tasks", "celebrate small wins in public",
         "ask your team what gets in their way"],
        ["#Management", "#Teamwork"]),
    "Networking": (
        ["Most opportunities in my career came from people, not job boards.",
         "A short, genuine message works better than a perfect pitch.",
         "Networking is about giving value before asking for anything.",
         "Staying in touch matters as much as meeting someone new."],
        ["start conversations before you need something", "follow up within a day of meeting someone",
         "offer help before you ask for it"],
        ["#Community", "#Careers"]),
    "Product Launch": (
        ["Launching a product is the start of learning, not the end of the work.",
         "Our early users shaped the product more than any plan we wrote.",
         "Clear messaging mattered as much as the features we shipped.",
         "A small launch with real feedback beats a big launch without it."],
        ["talk to users before you build", "launch early and listen closely",
         "measure what users do, not only what they say"],
        ["#Startups", "#ProductManagement"]),
    "Remote Work": (
        ["Remote work runs on trust and clear written communication.",
         "Async updates saved our team hours of meetings every week.",
         "Setting boundaries is the key to staying productive at home.",
         "Culture does not disappear online, but it needs more intention."],
        ["write things down so nobody has to wait for a meeting", "protect your focus time on the calendar",
         "make time for informal chats with your team"],
        ["#FutureOfWork", "#Productivity"]),
    "Mentorship": (
        ["A good mentor helps you ask better questions, not just find answers.",
         "Some of my best lessons came from mentoring others.",
         "Mentorship works best when both sides commit to regular conversations.",
         "One honest conversation with a mentor can change the direction of a career."],
        ["find a mentor who is two steps ahead of you", "bring one clear question to every mentoring session",
         "pass on what you learn to someone else"],
        ["#Mentoring", "#Growth"]),
    "Job Search": (
        ["A job search is a marathon, and consistency beats intensity.",
         "Tailored applications got me far more replies than generic ones.",
         "Every rejection taught me something about how I present my work.",
         "Referrals opened more doors than cold applications."],
        ["tailor your resume to each role", "track every application and follow up",
         "practise telling your story in two minutes"],
        ["#Hiring", "#Careers"]),
}
# Test-only themes, to measure whether the post structure transfers to new subjects.
HELD_OUT_THEMES = {
    "Public Speaking": (
        ["Every confident speaker I know started out nervous.",
         "Preparing the first minute of a talk makes the rest much easier."],
        ["practise out loud, not just in your head", "tell one story your audience will remember"],
        ["#Communication", "#Growth"]),
    "Career Change": (
        ["Changing careers taught me that transferable skills are real.",
         "It is never too late to start over in a new field."],
        ["list the skills you already have before learning new ones",
         "talk to people who already work in the field"],
        ["#Careers", "#NewBeginnings"]),
}
# Lessons that fit any theme, so the body does not only come from per-theme lists.
GENERIC_LESSONS = [
    "{theme} is not a one-time effort; it is a habit you build every week.",
    "The biggest lesson I learned about {theme} is that people matter more than plans.",
    "When it comes to {theme}, small consistent steps beat one big push.",
]

# tone -> (hooks, closings)
TONES = {
    "Humble": (["I am still learning about {theme}, but here is one honest lesson.",
                "I don't have all the answers on {theme}, but here is what I have learned so far."],
               ["I am still learning, and I am thankful for every lesson.",
                "I don't get it right every time, and that is okay."]),
    "Grateful": (["Feeling grateful for everything I have learned about {theme} this year.",
                  "I am so thankful for the people who shaped how I think about {theme}."],
                 ["Thank you to everyone who helped me along the way.",
                  "I am grateful for every person who shared their time with me."]),
    "Visionary": (["The future of {theme} will look very different from today.",
                   "Here is where I believe {theme} is heading next."],
                  ["The next five years will reward people who think ahead.",
                   "The future belongs to those who build it."]),
    "Inspirational": (["Every big step starts with a small one, and {theme} is no exception.",
                       "A reminder about {theme} for anyone who needs it today."],
                      ["Keep going, your next chapter is closer than you think.",
                       "Believe in the progress you cannot see yet."]),
    "Professional": (["Here are a few practical lessons on {theme} from my recent work.",
                      "A few key takeaways on {theme}."],
                     ["Small improvements, applied consistently, deliver real results.",
                      "These principles have worked well for me and my team."]),
    "Excited": (["Big news: I can't wait to share what I learned about {theme}!",
                 "I am thrilled to share a few thoughts on {theme}!"],
                ["I can't wait to see what comes next!",
                 "This is just the beginning, and I am so excited!"]),
    "Reflective": (["Looking back, I learned more about {theme} than I expected.",
                    "I have been reflecting on {theme} lately."],
                   ["Sometimes the lessons only make sense when you look back.",
                    "Taking time to reflect has changed how I work."]),
}
HELD_OUT_TONES = {
    "Confident": (["I am confident about {theme}, and I am ready to share what works.",
                   "Let me be clear about {theme}: it pays off."],
                  ["Trust the process and back yourself.", "Results follow people who commit."]),
}
# Enthusiastic tones end the CTA with "!" so the punctuation is predictable from the tone.
EXCLAIMING_TONES = {"Excited", "Inspirational"}

AUDIENCES = ["Hiring Managers", "Students", "Founders", "Engineers", "Recent Graduates", "Marketers",
             "Designers", "Team Leads"]
HELD_OUT_AUDIENCES = ["Job Seekers", "Sales Professionals"]
AUDIENCE_LINES = ["{audience}, {advice}.", "My advice to {audience}: {advice}.",
                  "For {audience} especially: {advice}.", "A note to {audience}: {advice}."]

CTAS = [
    "Share your best tip in the comments", "Tell me about your experience in the comments",
    "Follow me for more posts like this", "Send me a message if you want to chat",
    "Repost this if it helped you", "Drop your questions below",
    "Connect with me to keep the conversation going", "Let me know what you think in the comments",
    "Tag someone who needs to read this", "Check out the link in the comments",
    "Join our free webinar next Thursday", "Apply through the link in my profile",
    "Book a quick call with me this week", "Share this with your network",
    "Comment with one lesson you learned this year", "Save this post for later",
    "Sign up for our newsletter", "Reply with your favourite resource",
    "Try this approach this week and tell me how it goes", "Visit our careers page to see open roles",
]
HELD_OUT_CTAS = ["Vote in the poll below", "Register for the meetup on Friday",
                 "Share your story with me in a message", "Bookmark this for your next interview"]


def _choose(rng: random.Random, shared: dict, held_out: dict, split: str, p: float):
    """A (key, value) pair; held-out keys are drawn for the test split only."""
    pool = held_out if split == "test" and rng.random() < p else shared
    key = rng.choice(sorted(pool))
    return key, pool[key]


def make_row(rng: random.Random, split: str) -> dict:
    """One post, redrawing the optional parts until it has 50-90 words."""
    theme, (lessons, advice, tags) = _choose(rng, THEMES, HELD_OUT_THEMES, split, 0.2)
    tone, (hooks, closings) = _choose(rng, TONES, HELD_OUT_TONES, split, 0.1)
    audience = pick(rng, AUDIENCES, HELD_OUT_AUDIENCES, split, 0.15)
    cta = pick(rng, CTAS, HELD_OUT_CTAS, split, 0.2)
    end = "!" if tone in EXCLAIMING_TONES else "."
    for _ in range(1000):
        hook = rng.choice(hooks).format(theme=theme)
        # One generic lesson at most in the pool, so theme-specific lessons dominate.
        pool = lessons + [rng.choice(GENERIC_LESSONS).format(theme=theme)]
        body = rng.sample(pool, rng.choice([1, 2, 2]))
        body.append(rng.choice(AUDIENCE_LINES).format(audience=audience, advice=rng.choice(advice)))
        if rng.random() < 0.5:
            body.append(rng.choice(closings))
        hashtags = ["#" + theme.replace(" ", "")] + rng.sample(tags, rng.choice([0, 1, 2]))
        text = "\n\n".join([hook, " ".join(body), cta + end, " ".join(hashtags)])
        if MIN_WORDS <= word_count(text) <= MAX_WORDS:
            break
    else:
        raise RuntimeError(f"No post of {MIN_WORDS}-{MAX_WORDS} words for {theme!r}.")
    return row({"theme": theme, "tone": tone, "audience": audience, "cta": cta}, text)


def _test_only(r: dict) -> bool:
    f = r["fields"]
    return f["theme"] in HELD_OUT_THEMES or f["tone"] in HELD_OUT_TONES or f["audience"] in HELD_OUT_AUDIENCES


row_maker = with_written(WRITTEN, make_row, share=0.6, test_only=_test_only)
