"""Prompt-recovery rows: original text + rewritten text -> the instruction used.

Half the train rows (:data:`CURATED_SHARE`, until each is used once) are real rewrites written by hand
(``rewrites_style``: style and voice, tone and formality, audience, perspective, inspiration; ``rewrites_format``:
genre and format, length, language; ``rewrites_audience`` and ``rewrites_perspective``: more of those two
families), 426 of 56 source texts, each with several wordings of its instruction: what people ask the adapter
about. The rest are mechanical edits: originals of 2-3 sentences (20-50 words) from 65 everyday and work topics
(``mechanical_texts`` holds most of them), sometimes formalised by a small casual->formal dictionary, rewritten by
one of 23 transformations (lists, case, hashtags, letters, P.S. lines, emoji, word swaps, ...), so the text is
exactly what the instruction asks for; instructions are parameterised and phrased several ways ("Add the hashtags
#growth and #teamwork."). 40% of the mechanical edits are made on the hand-written rewrites' source texts
instead, so that only the edit tells the two kinds apart. Test-only sources and topics keep some test rows on
texts never trained on. Run through ``python -m playground.train.datagen --task prompt_recovery``.
"""

from __future__ import annotations

import random
import re

from playground.train.datagen import (
    dealer,
    mechanical_texts,
    pick,
    rewrites_audience,
    rewrites_format,
    rewrites_perspective,
    rewrites_style,
    row,
    word_count,
)

SIZES = {"train": 800, "validation": 50, "test": 120}

# topic -> (casual sentences in reading order, hashtags, titles)
TOPICS = {
    "meeting": (["We had lots of good ideas in today's team meeting.",
                 "Everyone agreed that we need more time to test the new app.",
                 "Let's start the next sprint on Monday and check our progress every Friday.",
                 "Thanks to Priya for taking notes and sharing them with the team."],
                ["#teamwork", "#meetings", "#agile"], ["Team Meeting Notes", "Sprint Planning"]),
    "launch": (["Our new app is finally live, and the first reviews are really positive.",
                "We didn't expect so much interest on the first day.",
                "The support team is working hard to fix a few small bugs.", "Please tell your friends about the app."],
               ["#launch", "#startup", "#growth"], ["Launch Day", "We Are Live"]),
    "support": (["A customer asked for a refund because the package arrived late.",
                 "We can't change the delivery date, but we can help with a discount.",
                 "Let's check every order this week so it doesn't happen again.",
                 "Maybe we need a faster shipping partner."],
                ["#customerservice", "#support", "#shipping"], ["Customer Feedback", "Late Delivery"]),
    "budget": (["The marketing budget is a bit higher than we planned.",
                "We need to find out which campaigns actually bring in customers.",
                "Let's cut the ads that don't work and test two new channels.",
                "I'll show the numbers at Thursday's meeting."],
               ["#marketing", "#budget", "#growth"], ["Budget Review", "Marketing Spend"]),
    "onboarding": (["Our new hires start on Monday, and we're really excited to meet them.",
                    "Please set up their laptops and accounts before Friday.",
                    "Each new hire needs a buddy to help them in the first weeks.",
                    "Don't forget to buy enough chairs for the training room."],
                   ["#onboarding", "#hiring", "#teamwork"], ["Welcome Week", "New Hires"]),
    "garden": (["The tomatoes in our garden are growing faster than we expected.",
                "We need to water them every morning when it's hot.",
                "The kids want to plant a small herb bed next to the fence.",
                "Maybe we'll buy a few more pots this weekend."],
               ["#gardening", "#homegrown", "#summer"], ["Garden Update", "Summer Tomatoes"]),
    "running": (["I started running three times a week last month.",
                 "It's hard to get up early, but I feel really good afterwards.",
                 "My coach told me to try shorter runs with more rest.",
                 "I'm planning to sign up for a race in the spring."],
                ["#running", "#fitness", "#goals"], ["My Running Journey", "Training Log"]),
    "trip": (["We're planning a trip to the mountains for the long weekend.",
              "We need to buy train tickets soon because prices go up fast.",
              "Let's check the weather before we pack our bags.", "The kids can't wait to see the lakes."],
             ["#travel", "#mountains", "#weekend"], ["Weekend Getaway", "Mountain Trip"]),
    "cafe": (["Our café launched a new brunch menu last Sunday.", "Lots of guests asked for the banana pancakes.",
              "We don't have enough staff on weekend mornings.",
              "Maybe we should hire two more people for the summer."],
             ["#brunch", "#smallbusiness", "#foodie"], ["Brunch News", "Café Update"]),
    "website": (["The website was really slow this morning.",
                 "Our developers found the problem and fixed it before lunch.",
                 "We need to check the servers more often.",
                 "Let's tell customers about the problem in a short email."],
                ["#devops", "#incident", "#tech"], ["Incident Report", "Website Outage"]),
    "cleanup": (["Our neighbourhood clean-up starts at nine on Saturday.",
                 "We need volunteers to help with bags and recycling.",
                 "Kids are welcome, and we'll bring snacks for everyone.",
                 "Thanks to everyone who signed up last year."],
                ["#community", "#volunteering", "#cleanup"], ["Clean-Up Day", "Volunteers Wanted"]),
    "exam": (["The final exam is a bit harder than the practice tests.",
              "I'll organise a study group in the library next week.",
              "We can check each other's notes and go through old exam questions.",
              "Don't wait until the last night to study."],
             ["#studytips", "#exams", "#students"], ["Exam Prep", "Study Group"]),
}
# Test-only topics: unseen originals.
HELD_OUT_TOPICS = {
    "moving": (["We're moving to a bigger flat next month.", "We need to buy boxes and tape before the weekend.",
                "Maybe friends can help us with the heavy furniture.",
                "Let's tell the landlord about our moving date soon."],
               ["#moving", "#newhome", "#home"], ["Moving Day", "New Flat"]),
    "bookclub": (["The novel our book club picked this month is really long.",
                  "Some members can't finish it in four weeks.", "Let's choose shorter books over the summer.",
                  "Thanks to Leo for hosting the last meeting."],
                 ["#books", "#bookclub", "#reading"], ["Book Club News", "Reading List"]),
}

# Many more everyday texts for the mechanical edits, a tenth of them test-only: what an edit did must be read
# from the pair, never recognised from a few familiar texts.
_MORE = sorted(mechanical_texts.TEXTS)
TOPICS.update({name: mechanical_texts.TEXTS[name] for i, name in enumerate(_MORE) if i % 10})
HELD_OUT_TOPICS.update({name: mechanical_texts.TEXTS[name] for i, name in enumerate(_MORE) if i % 10 == 0})

# casual -> formal words, for the originals written in a formal register.
FORMAL = {
    "don't": "do not", "doesn't": "does not", "didn't": "did not", "can't": "cannot", "it's": "it is",
    "we're": "we are", "let's": "let us", "i'm": "I am", "i'll": "I will", "we'll": "we will",
    "need to": "must", "need": "require", "needs": "requires", "help": "assist",
    "start": "commence", "starts": "commences", "started": "commenced", "check": "review",
    "buy": "purchase", "fix": "resolve", "fixed": "resolved", "tell": "inform", "told": "advised",
    "maybe": "perhaps", "really": "extremely", "kids": "children", "a bit": "slightly",
    "thanks": "thank you", "enough": "sufficient", "show": "present", "find out": "determine",
    "set up": "configure", "asked for": "requested", "lots of": "many",
}


_FORMAL_WORDS = re.compile(r"\b(" + "|".join(map(re.escape, sorted(FORMAL, key=len, reverse=True))) + r")\b",
                           re.IGNORECASE)


def formalise(text: str) -> str:
    """``text`` with the casual words and phrases of :data:`FORMAL` replaced, keeping a leading capital."""

    def repl(m: re.Match) -> str:
        new = FORMAL[m.group(0).lower()]
        return new[0].upper() + new[1:] if m.group(0)[0].isupper() else new

    return _FORMAL_WORDS.sub(repl, text)


# (shared values, test-only values) of the instruction parameters
HASHTAGS_EXTRA, HELD_OUT_HASHTAGS = ["#motivation", "#mondaymotivation", "#lessonslearned"], ["#progress", "#weekendvibes"]
RECIPIENTS = ["Ms. Chen", "Mr. Patel", "Dr. Rossi", "Mrs. Okafor", "Mr. Dubois", "Ms. Garcia"]
HELD_OUT_RECIPIENTS = ["Dr. Novak", "Ms. Kim"]
FRIENDS, HELD_OUT_FRIENDS = ["Sam", "Nina", "Alex", "Jonas", "Maya"], ["Theo", "Ines"]
SENDERS, HELD_OUT_SENDERS = ["Tom", "Aisha", "Lena", "Marco", "Sofia", "David"], ["Yuki", "Omar"]
PEOPLE = ["Maria Lopez", "James Carter", "our CEO", "the project lead", "Coach Daniels"]
HELD_OUT_PEOPLE = ["Professor Adams"]
EMOJIS, HELD_OUT_EMOJIS = ["🚀", "✅", "🎉", "💡", "🙌", "🔥"], ["🌟"]
QUESTIONS = ["What do you think?", "Have you tried this?", "Would you do the same?", "What would you add?",
             "Does this sound familiar?"]
HELD_OUT_QUESTIONS = ["Who is with me?"]
LABELS, HELD_OUT_LABELS = ["Update", "Reminder", "Note", "Heads up"], ["Announcement"]
WORD_SWAPS = {"team": "crew", "customers": "clients", "customer": "client", "meeting": "session",
              "app": "platform", "weekend": "holiday", "Monday": "Tuesday", "website": "site",
              "garden": "yard", "kids": "children", "summer": "autumn", "Tuesday": "Wednesday",
              "Thursday": "Friday", "Friday": "Saturday", "Saturday": "Sunday", "Sunday": "Saturday"}


# Transformations with nothing to choose: kind -> rewritten text from the sentences.
PLAIN = {
    "first_sentence": lambda s: s[0],
    "bullets": lambda s: "\n".join("- " + x for x in s),
    "numbered": lambda s: "\n".join(f"{i}. {x}" for i, x in enumerate(s, 1)),
    "reverse": lambda s: " ".join(reversed(s)),
    "uppercase": lambda s: " ".join(s).upper(),
    "lowercase": lambda s: " ".join(s).lower(),
    "exclaim": lambda s: " ".join(x[:-1] + "!" for x in s),
    "tldr": lambda s: " ".join(s) + "\n\nTL;DR: " + s[0],
    "title_case": lambda s: " ".join(w[:1].upper() + w[1:] for w in " ".join(s).split(" ")),
    "ps_last": lambda s: " ".join(s[:-1]) + "\n\nP.S. " + s[-1],
}


def _tags_phrase(tags: list[str]) -> str:
    return tags[0] if len(tags) == 1 else ", ".join(tags[:-1]) + " and " + tags[-1]


def transform(kind: str, sents: list[str], topic: tuple, rng: random.Random, split: str) -> tuple[str, dict] | None:
    """(rewritten text, instruction parameters) for ``kind``, or None when it does not apply.

    Parameter values come from shared lists, plus held-out lists in the test split only."""
    text, n = " ".join(sents), len(sents)

    def choose(shared: list, held_out: list) -> str:
        return pick(rng, shared, held_out, split)

    if kind in PLAIN:
        return PLAIN[kind](sents), {"n": n}
    if kind == "drop_last":
        return (" ".join(sents[:-1]), {}) if n == 3 else None
    if kind == "hashtags":
        tags = rng.sample(topic[1] + HASHTAGS_EXTRA, rng.choice([1, 2, 2, 3]))
        if split == "test" and rng.random() < 0.3:
            tags[-1] = rng.choice(HELD_OUT_HASHTAGS)
        word = "hashtag" if len(tags) == 1 else "hashtags"
        return text + " " + " ".join(tags), {"tags": _tags_phrase(tags), "word": word}
    if kind == "title":
        title = choose(topic[2], [])
        return f"{title}\n\n{text}", {"title": title}
    if kind == "letter":
        to, sender = choose(RECIPIENTS, HELD_OUT_RECIPIENTS), choose(SENDERS, HELD_OUT_SENDERS)
        return f"Dear {to},\n\n{text}\n\nSincerely,\n{sender}", {"to": to, "sender": sender}
    if kind == "note":
        to, sender = choose(FRIENDS, HELD_OUT_FRIENDS), choose(SENDERS, HELD_OUT_SENDERS)
        return f"Hi {to},\n\n{text}\n\nCheers,\n{sender}", {"to": to, "sender": sender}
    if kind == "emoji":
        e = choose(EMOJIS, HELD_OUT_EMOJIS)
        return " ".join(f"{s} {e}" for s in sents), {"e": e}
    if kind == "emoji_end":
        e = choose(EMOJIS, HELD_OUT_EMOJIS)
        return f"{text} {e}", {"e": e}
    if kind == "ps_question":
        q = choose(QUESTIONS, HELD_OUT_QUESTIONS)
        return f"{text}\n\nP.S. {q}", {"q": q}
    if kind == "question":
        q = choose(QUESTIONS, HELD_OUT_QUESTIONS)
        return f"{text} {q}", {"q": q}
    if kind == "quote":
        who = choose(PEOPLE, HELD_OUT_PEOPLE)
        return f"\"{text}\" — {who}", {"who": who}
    if kind == "signature":
        who = choose(SENDERS, HELD_OUT_SENDERS)
        return f"{text}\n\n— {who}", {"who": who}
    if kind == "label":
        label = choose(LABELS, HELD_OUT_LABELS)
        return f"{label}: {text}", {"label": label}
    if kind == "replace":
        found = [w for w in WORD_SWAPS if re.search(rf"\b{w}\b", text)]
        if not found:
            return None
        old = rng.choice(found)
        return re.sub(rf"\b{old}\b", WORD_SWAPS[old], text), {"old": old, "new": WORD_SWAPS[old]}
    raise ValueError(f"Unknown transformation {kind!r}")


# Optional endings and openings: with the phrasings they give every kind enough distinct
# instruction strings that validation/test can use strings never seen in train.
LAYOUT = ["", "", " Keep the wording the same.", " Change nothing else.", " Leave everything else as it is."]
EDIT = ["", "", " Change nothing else.", " Leave everything else as it is."]
OPENINGS = ["", "", "", "Please ", "Kindly "]
# kind -> (phrasings, optional endings); {placeholders} are the transform's parameters.
INSTRUCTIONS = {
    "first_sentence": (["Shorten the text to its first sentence.", "Keep only the first sentence.",
                        "Cut the text down to its opening sentence.",
                        "Reduce the text to just the first sentence."], EDIT),
    "drop_last": (["Remove the last sentence.", "Delete the final sentence.", "Drop the closing sentence.",
                   "Cut the last sentence."], EDIT),
    "bullets": (["Turn the text into {n} bullet points.", "Rewrite this as a bulleted list.",
                 "Convert the text into a list of {n} bullet points."], LAYOUT),
    "numbered": (["Turn the text into a numbered list.", "Rewrite the text as {n} numbered points.",
                  "Make a numbered list of the {n} sentences."], LAYOUT),
    "reverse": (["Reverse the order of the sentences.", "Put the sentences in reverse order.",
                 "Rewrite the text with its sentences in reverse order.", "Flip the order of the sentences."], LAYOUT),
    "uppercase": (["Rewrite the text in all capital letters.", "Convert everything to uppercase.",
                   "Make the whole text uppercase.", "Write the whole text in capitals."], LAYOUT),
    "lowercase": (["Rewrite the text in lowercase.", "Convert everything to lowercase letters.",
                   "Make the whole text lowercase.", "Put the whole text in lowercase."], LAYOUT),
    "exclaim": (["End every sentence with an exclamation mark.", "Replace each period with an exclamation mark.",
                 "Make it enthusiastic by ending each sentence with an exclamation mark.",
                 "Swap every full stop for an exclamation mark."], LAYOUT),
    "hashtags": (["Add the {word} {tags}.", "Append the {word} {tags} at the end.",
                  "Finish the text with the {word} {tags}."], LAYOUT),
    "title": (['Add the title "{title}".', 'Give the text the title "{title}".',
               'Put the heading "{title}" above the text.'], LAYOUT),
    "letter": (["Rewrite this as a letter to {to}, signed {sender}.", "Turn the text into a letter to {to} from {sender}.",
                "Wrap the text in a formal letter from {sender} to {to}."], LAYOUT),
    "note": (["Turn this into a friendly note to {to} from {sender}.", "Rewrite it as a casual message to {to}, signed {sender}.",
              "Wrap the text in a short note from {sender} to {to}.",
              "Open with a greeting to {to} and end with a sign-off from {sender}."], LAYOUT),
    "emoji": (["Add the {e} emoji after every sentence.", "Put a {e} at the end of each sentence.",
               "End each sentence with the emoji {e}."], LAYOUT),
    "emoji_end": (["Add a {e} emoji at the very end.", "Finish the text with one {e} emoji.",
                   "Put a single {e} after the last word."], LAYOUT),
    "ps_question": (['Add a P.S. asking "{q}"', 'Finish with a P.S. that asks "{q}"',
                     'Append the P.S. "{q}"'], LAYOUT),
    "ps_last": (["Turn the last sentence into a P.S.", "Move the final sentence into a P.S. at the end.",
                 "Make the closing sentence a P.S."], LAYOUT),
    "title_case": (["Capitalise the first letter of every word.", "Rewrite the text in title case.",
                    "Start every word with a capital letter.", "Convert the text to title case."], LAYOUT),
    "question": (['End the text with the question "{q}"', 'Add the question "{q}" at the end.',
                  'Finish by asking the reader "{q}"'], LAYOUT),
    "quote": (["Present the text as a quote from {who}.", "Turn this into a quote attributed to {who}.",
               "Put the text in quotation marks and credit {who}."], LAYOUT),
    "signature": (['Sign the text with "— {who}".', 'Add the signature "— {who}" at the end.',
                   "End the text with a signature from {who}."], LAYOUT),
    "label": (['Start the text with "{label}:".', 'Add the prefix "{label}:" to the text.',
               'Begin with the label "{label}:".'], LAYOUT),
    "tldr": (["Add a TL;DR line that repeats the first sentence.", "Finish with a TL;DR made of the first sentence.",
              "Append a TL;DR using the opening sentence."], LAYOUT),
    "replace": (['Replace the word "{old}" with "{new}".', 'Change every "{old}" to "{new}".',
                 'Swap "{old}" for "{new}" throughout the text.', 'Change "{old}" to "{new}".'], EDIT),
}
KINDS = sorted(INSTRUCTIONS)


def instruction(kind: str, params: dict, rng: random.Random) -> str:
    """One phrasing of the instruction, with an optional opening ("Please ") and ending."""
    cores, endings = INSTRUCTIONS[kind]
    text = rng.choice(cores).format(**params) + rng.choice(endings)
    opening = rng.choice(OPENINGS)
    return opening + text[0].lower() + text[1:] if opening else text


# The hand-written rewrites: (set, rewrite) with its source text in that set's SOURCES.
CURATED_SETS = {"style": rewrites_style, "format": rewrites_format, "audience": rewrites_audience,
                "perspective": rewrites_perspective}
CURATED_SHARE = 0.5  # of train rows, until every shared rewrite is in train; of validation and test: half
HELD_OUT_SOURCES = {("style", "gym"), ("style", "solar"), ("style", "printer"), ("format", "podcast"),
                    ("format", "parking"), ("format", "coffee"), ("audience", "airport_scanners"),
                    ("perspective", "parcel")}  # validation and test only
CURATED = [(name, r) for name, module in CURATED_SETS.items() for r in module.REWRITES]
SHARED_CURATED = [c for c in CURATED if (c[0], c[1].source) not in HELD_OUT_SOURCES]
# Some mechanical edits are made on the hand-written rewrites' source texts, so that what tells a mechanical edit
# from a real rewrite is the edit, never which texts it was made on.
SOURCE_SHARE = 0.4
SHARED_SOURCE_TEXTS = [text for name, module in CURATED_SETS.items() for source, text in sorted(module.SOURCES.items())
                       if (name, source) not in HELD_OUT_SOURCES]
HELD_OUT_SOURCE_TEXTS = [CURATED_SETS[name].SOURCES[source] for name, source in sorted(HELD_OUT_SOURCES)]
SOURCE_TITLES = ["Quick Update", "Good to Know", "News", "Please Read"]
HELD_OUT_CURATED = [c for c in CURATED if (c[0], c[1].source) in HELD_OUT_SOURCES]


def curated_row(name: str, rewrite, rng: random.Random) -> dict:
    """A hand-written rewrite of a source text, with one wording of its instruction."""
    original = CURATED_SETS[name].SOURCES[rewrite.source]
    return row({"original_text": original, "rewritten_text": rewrite.text}, rng.choice(rewrite.instructions))


def mechanical_row(rng: random.Random, split: str) -> dict:
    """One (original, rewritten) pair made by a transformation, and its instruction; redraws until every length
    fits."""
    for _ in range(1000):
        kind = rng.choice(KINDS)
        if rng.random() < SOURCE_SHARE:
            # A hand-written source text: the mechanical edits are then on the same texts as the real rewrites.
            sources = SHARED_SOURCE_TEXTS if split == "train" or rng.random() < 0.5 else HELD_OUT_SOURCE_TEXTS
            sents = re.split(r"(?<=[.!?])\s+", rng.choice(sources))
            topic = (sents, HASHTAGS_EXTRA, SOURCE_TITLES)
        else:
            topics = HELD_OUT_TOPICS if split == "test" and rng.random() < 0.25 else TOPICS
            topic = topics[rng.choice(sorted(topics))]
            picked = sorted(rng.sample(range(len(topic[0])), rng.choice([2, 3])))
            sents = [topic[0][i] for i in picked]  # kept in reading order so the text stays coherent
            if rng.random() < 0.4:  # a formal original
                sents = [formalise(s) for s in sents]
        original = " ".join(sents)
        out = transform(kind, sents, topic, rng, split)
        if out is None or not 20 <= word_count(original) <= 50:
            continue
        rewritten, params = out
        text = instruction(kind, params, rng)
        if rewritten != original and word_count(rewritten) <= 60 and 4 <= word_count(text) <= 14:
            return row({"original_text": original, "rewritten_text": rewritten}, text)
    raise RuntimeError("Could not draw a prompt-recovery row.")


# Train deals every shared hand-written rewrite once; validation and test draw half their rows from the held-out
# sources' rewrites; the other rows are mechanical edits.
row_maker = dealer(SHARED_CURATED, HELD_OUT_CURATED, mechanical_row, CURATED_SHARE,
                   {"validation": 0.5, "test": 0.5}, as_row=lambda curated, rng: curated_row(*curated, rng))
