"""Marketing-copy rows: prompt, platform, tone, industry, max_length -> a caption.

The prompt names a product (and maybe an offer) that the caption repeats verbatim. The
tone picks the opener, offer line and call to action; the platform picks the format:
instagram = emojis + 3-5 hashtags, twitter/x = one short line + 1-2 hashtags, linkedin =
no emoji + a professional line + 1-2 hashtags, facebook = a question to readers, no
hashtags. Captions never exceed min(max_length, 60) words, hashtags and emojis included:
optional parts are dropped until it fits. Train also deals the hand-written captions of
``marketing_copy_written`` (any business, varied sentence plans and lengths), a tenth of them
kept for validation. Run through
``python -m playground.train.datagen --task marketing_copy``.
"""

from __future__ import annotations

import random

from playground.train.datagen import pick, row, with_written, word_count
from playground.train.datagen.marketing_copy_written import WRITTEN

SIZES = {"train": 360, "validation": 50, "test": 120}
CAP_WORDS = 60
TWEET_WORDS = 30  # twitter/x captions stay very short whatever max_length allows

# industry -> (products as (name, benefit), hashtags in order of use, emojis, reader questions)
INDUSTRIES = {
    "technology": (
        [("our new wireless earbuds", "Crystal-clear sound and a battery that lasts all day."),
         ("our smart home hub", "Control your lights, music and heating from one app."),
         ("our project management app", "Keep every task, deadline and teammate in one place."),
         ("our new laptop stand", "Better posture and a tidier desk in seconds."),
         ("our password manager", "Strong, unique passwords for every account, without the headache.")],
        ["#Tech", "#Innovation", "#Gadgets", "#NewRelease", "#TechLovers"], ["🚀", "💻"],
        ["What gadget could you not live without?", "What would you use it for first?"]),
    "fashion": (
        [("our summer linen collection", "Light, breathable pieces made for warm days."),
         ("our new denim jackets", "A timeless fit that goes with everything."),
         ("our recycled sneakers", "Comfortable, stylish and made from recycled materials."),
         ("our winter coat range", "Warm, waterproof and built to last."),
         ("our handmade leather bags", "Crafted by hand to last for years.")],
        ["#Fashion", "#Style", "#NewCollection", "#OOTD", "#StyleInspo"], ["👗", "✨"],
        ["What is your go-to outfit this season?", "Which colour would you pick?"]),
    "food": (
        [("our new vegan burger", "All the flavour, none of the meat."),
         ("our weekend brunch menu", "Fresh pancakes, eggs and great coffee every Saturday and Sunday."),
         ("our homemade pasta sauces", "Made in small batches with ripe tomatoes."),
         ("our seasonal pumpkin soup", "Warm, creamy and made fresh every morning."),
         ("our cold brew coffee", "Smooth, bold and brewed for eighteen hours.")],
        ["#Foodie", "#Delicious", "#FoodLovers", "#Yum", "#EatLocal"], ["🍔", "😋"],
        ["What is your favourite comfort food?", "Who would you share it with?"]),
    "fitness": (
        [("our new trail running shoes", "Light, grippy and built for muddy trails."),
         ("our 30-day home workout plan", "Short daily sessions, no equipment needed."),
         ("our yoga classes for beginners", "Gentle sessions to build strength and calm."),
         ("our smart fitness tracker", "Track your steps, sleep and heart rate in one place."),
         ("our protein snack bars", "Twenty grams of protein in every bar.")],
        ["#Fitness", "#Workout", "#FitLife", "#Training", "#HealthyHabits"], ["💪", "🏃"],
        ["How do you stay active during the week?", "What is your favourite way to work out?"]),
    "finance": (
        [("our budgeting app", "See where every euro goes and save more each month."),
         ("our retirement planning webinar", "Learn how to plan ahead with simple, clear steps."),
         ("our premium banking plan", "Zero fees abroad and a dedicated advisor."),
         ("our tax filing service", "File your taxes in minutes, stress-free."),
         ("our investing course for beginners", "Learn the basics of investing in plain language.")],
        ["#Finance", "#MoneyTips", "#Investing", "#FinTech", "#SmartMoney"], ["💰", "📈"],
        ["What is your biggest money goal this year?", "How do you keep track of your spending?"]),
    "travel": (
        [("our weekend trips to Lisbon", "Sunny streets, great food and ocean views."),
         ("our new travel backpack", "One bag that fits everything for a week away."),
         ("our guided hiking tours", "Small groups, expert guides and breathtaking views."),
         ("our last-minute beach deals", "Sun, sand and prices you will love."),
         ("our city guide app", "Find the best local spots in any city.")],
        ["#Travel", "#Wanderlust", "#TravelDeals", "#Adventure", "#Explore"], ["✈️", "🌍"],
        ["Where is your dream destination?", "Who would you take with you?"]),
}
# Test-only: one unseen industry and one unseen product per known industry.
HELD_OUT_INDUSTRIES = {
    "education": (
        [("our online coding bootcamp", "Learn to code in twelve weeks with real projects."),
         ("our language learning app", "Ten minutes a day to speak with confidence.")],
        ["#Education", "#Learning", "#Students", "#StudyTips", "#EdTech"], ["📚", "🎓"],
        ["What skill do you want to learn this year?", "What is the best class you ever took?"]),
}
HELD_OUT_PRODUCTS = {
    "technology": ("our noise-cancelling headphones", "Silence the noise and focus on what matters."),
    "fashion": ("our silk scarves", "A soft touch of colour for any outfit."),
    "food": ("our sourdough bread", "Baked fresh every morning with a crispy crust."),
    "fitness": ("our indoor cycling classes", "High-energy rides set to great music."),
    "finance": ("our financial coaching sessions", "One-on-one advice to reach your money goals."),
    "travel": ("our cruise packages", "Wake up somewhere new every day."),
}

# Offers that make sense for any product, from shoes to webinars.
OFFERS = ["20% off this weekend", "a special launch price", "15% off for new customers",
          "early-bird prices until Friday", "a members-only discount"]
HELD_OUT_OFFERS = ["30% off until Monday", "a limited-time bundle price"]

# tone -> (openers, offer lines, calls to action)
TONES = {
    "professional": (["Introducing {product}.", "We are pleased to announce {product}."],
                     ["Available now with {offer}."],
                     ["Learn more on our website.", "Discover more via the link below."]),
    "casual": (["Say hi to {product}!", "Guess what? {Product} just dropped!"],
               ["Oh, and {offer}!"],
               ["Come check it out!", "Take a look, you will love it!"]),
    "persuasive": (["Here is why you will love {product}.", "Ready for an upgrade? Meet {product}."],
                   ["Plus, {offer}: there has never been a better time."],
                   ["Try it today and feel the difference.", "Make the smart choice today."]),
    "inspirational": (["Dream bigger with {product}.", "Every journey starts with one step, so take yours with {product}."],
                      ["Begin today with {offer}."],
                      ["Start your journey today.", "Take the first step today."]),
    "fomo": (["Don't miss out on {product}!", "Last chance to grab {product}!"],
             ["Get {offer} while it lasts!"],
             ["Grab yours before it's gone!", "Hurry, don't wait!"]),
    "playful": (["Plot twist: {product} just arrived!", "Warning: {product} may cause extreme happiness."],
                ["Bonus round: {offer}!"],
                ["Go on, treat yourself!", "Your future self says thanks!"]),
}
LINKEDIN_LINES = ["Built with feedback from our customers.", "We are proud of the team that made it happen."]

PROMPTS = ["Announce {product}", "Write a post about {product}", "Promote {product}",
           "Create a caption for {product}"]
OFFER_PROMPTS = ["Promote {product} with {offer}", "Announce {product}: {offer}",
                 "Write a post about {product} and mention {offer}"]

MAX_LENGTHS = [20, 25, 30, 30, 40, 40, 50, 60, 60, 80, 100]
HELD_OUT_MAX_LENGTHS = [35, 45, 120]
# (min, max) hashtags per platform; facebook uses a reader question instead.
HASHTAGS = {"instagram": (3, 5), "twitter/x": (1, 2), "linkedin": (1, 2), "facebook": (0, 0)}


def _render(platform: str, p: dict, n_tags: int, rich: bool) -> str:
    """The caption for ``platform``; ``rich`` adds the optional sentences."""
    tags = " ".join(p["tags"][:n_tags])
    offer = [p["offer"]] if p["offer"] else []
    if platform == "twitter/x":
        return " ".join([p["opener"], *offer, p["cta"], tags])
    extra = [p["benefit"]] if rich else []
    if platform == "instagram":
        tail = [p["emojis"][1]] if rich else []
        body = " ".join([p["emojis"][0], p["opener"], *extra, *offer, p["cta"], *tail])
        return f"{body}\n\n{tags}"
    if platform == "linkedin":
        body = " ".join([p["opener"], *extra, *offer, *([p["li_line"]] if rich else []), p["cta"]])
        return f"{body}\n\n{tags}"
    return " ".join([p["opener"], *extra, *offer, p["question"], p["cta"]])


def _fit(platform: str, p: dict, limit: int) -> str | None:
    """The richest caption within ``limit`` words, or None when even the leanest is too long."""
    lo, hi = HASHTAGS[platform]
    for rich in (True, False):
        for n_tags in range(p["n_tags"], lo - 1, -1):
            text = _render(platform, p, n_tags, rich)
            if word_count(text) <= limit:
                return text
    return None


def make_row(rng: random.Random, split: str) -> dict:
    """One caption; redraws the inputs when no variant fits the word limit."""
    for _ in range(1000):
        pool = HELD_OUT_INDUSTRIES if split == "test" and rng.random() < 0.15 else INDUSTRIES
        industry = rng.choice(sorted(pool))
        products, tags, emojis, questions = pool[industry]
        if split == "test" and industry in HELD_OUT_PRODUCTS and rng.random() < 0.2:
            product, benefit = HELD_OUT_PRODUCTS[industry]
        else:
            product, benefit = rng.choice(products)
        offer = pick(rng, OFFERS, HELD_OUT_OFFERS, split, 0.3) if rng.random() < 0.5 else ""
        platform = rng.choice(sorted(HASHTAGS))
        tone = rng.choice(sorted(TONES))
        max_length = pick(rng, MAX_LENGTHS, HELD_OUT_MAX_LENGTHS, split, 0.2)
        openers, offer_lines, ctas = TONES[tone]
        fmt = {"product": product, "Product": product[:1].upper() + product[1:], "offer": offer}
        pieces = {
            "opener": rng.choice(openers).format(**fmt),
            "offer": rng.choice(offer_lines).format(**fmt) if offer else "",
            "cta": rng.choice(ctas), "benefit": benefit, "tags": tags, "emojis": emojis,
            "question": rng.choice(questions), "li_line": rng.choice(LINKEDIN_LINES),
            "n_tags": rng.randint(*HASHTAGS[platform]),
        }
        limit = min(max_length, TWEET_WORDS if platform == "twitter/x" else CAP_WORDS)
        text = _fit(platform, pieces, limit)
        if text is None:
            continue
        template = rng.choice(OFFER_PROMPTS if offer else PROMPTS)
        prompt = template.format(product=product, offer=offer)
        fields = {"prompt": prompt, "platform": platform, "tone": tone, "industry": industry,
                  "max_length": max_length}
        return row(fields, text)
    raise RuntimeError("Could not fit a marketing caption in its word limit.")


def _test_only(r: dict) -> bool:
    f = r["fields"]
    return f["industry"] in HELD_OUT_INDUSTRIES or f["max_length"] in HELD_OUT_MAX_LENGTHS


row_maker = with_written(WRITTEN, make_row, share=0.6, test_only=_test_only)
