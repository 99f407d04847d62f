"""Does a recovered instruction name the same kind of rewrite as the reference? (0-100), a local `evaluate` metric.

Per row: 100.0 if the family of the prediction equals the family of any reference, else 0.0; corpus: the mean.
A family is read from the instruction's words by :func:`family` (first match wins, in this order): language
(translate, French, ...), mechanical edit (hashtags, lowercase, bullet list, emoji, replace a word, greeting,
signature, ...), style and voice (Shakespeare, pirate, fairy tale, ...), perspective (third person, point of
view), audience (a child, experts, executives, beginners), inspirational (motivating, persuasive, optimistic),
length (concise, shorter, one sentence, expand), genre and format (email, ad, LinkedIn post, tweet, poem, news),
tone and formality (formal, casual, polite, urgent, humorous); anything else is "other", which matches nothing.
So "Make it sound like Shakespeare wrote it." and "Rewrite this in Elizabethan English, as Shakespeare would."
agree (style), and "Add the emoji 🎉 to the text." does not agree with "Explain this to a child." (mechanical vs
audience). tests/test_metrics.py checks it against the hand-labelled families of the challenge split.
"""

import re

import datasets
import evaluate

_DESCRIPTION = "Instruction family agreement: 100 when the prediction names the reference's kind of rewrite."
_KWARGS_DESCRIPTION = """
Args:
    predictions: list of instruction strings.
    references: per row, a list of reference instructions or a single string.
Returns:
    score: mean of per_row, 0-100.
    per_row: 100.0 or 0.0 per row.
"""

FAMILIES = (
    ("language", r"translat|\b(?:french|spanish|german|italian|portuguese|chinese|japanese|dutch|arabic|russian)\b|"
                 r"\b(?:into|to) english\b|\bfran[cç]ais|\bespañol|\bdeutsch"),
    ("mechanical", r"hashtag|#\w|lower ?case|upper ?case|capital|all caps|title case|bullet|numbered|\blist\b|"
                   r"emoji|replace|swap|\bchange (?:every|the word|all)|\bchange [\"'“]|\bprefix|\blabel\b|heading|"
                   r"\btitle\b|signature|\bsign (?:it|the|off)|greeting|\bp\.s\.|quotation|\bquote\b|exclamation|"
                   r"reverse|\border of\b|(?:first|last|final|closing|opening) sentence|\bremove\b|\bdelete\b|"
                   r"\bdrop\b|\bappend\b|\bstart the text with|at the end of each|after every|tl;?dr line|"
                   r"letter to|note to|wrap the text|the question [\"'“]"),
    ("style", r"shakespear|elizabethan|pirate|noir|detective|fairy ?tale|once upon|bedtime story|storyteller|"
              r"sports? commentat|commentator|commentary|play-by-play|calling a (?:big )?game|1920s|newspaper from|"
              r"old(?:-fashioned|-time)? newspaper|vintage|hundred years ago|robot|\ban android\b|android would|"
              r"computer(?:'s)? (?:talking|voice)|machine voice|\bstyle of\b|"
              r"\bin the style\b|\bvoice of\b|medieval|cowboy|superhero"),
    ("perspective", r"(?:first|second|third)[- ]person|point of view|perspective|\bviewpoint|"
                    r"\bfrom the (?:customer|reader|shopper|visitor|user|patient|buyer|guest)|"
                    r"\baddress(?:ed)? (?:it )?to (?:the reader|you)|[\"'“‘](?:we|i|you|they|he|she)[\"'”’]|"
                    r"\bspeaking\b|narrat|\bin their (?:own )?words|\bside of"),
    ("audience", r"child|\bkids?\b|year-old|preschool|toddler|i'?m five|expert|specialist|technical|technician|"
                 r"executive|\bceo\b|\bboard\b|leadership|beginner|learner|learning the|non-native|"
                 r"simple (?:english|words|language)|plain (?:english|language)|teen|high school|basic words|"
                 r"short sentences|audience|layperson|newcomer|"
                 r"\bfor (?:an? )?(?:engineers?|developers?|doctors?|managers?|parents?|students?|grandparents?)\b"),
    ("inspirational", r"inspir|motivat|uplift|persua|convinc|optimis|positive|encourag|empower|bright side|"
                      r"call to action|hopeful|\bmoving\b|rally"),
    ("length", r"concise|shorter|shorten|fewer words|summar|one sentence|single sentence|tl;?dr|expand|longer|"
               r"more detail|more context|elaborat|\bcut\b|condense|brief|boil|trim|tighten|lengthen|key facts|"
               r"extra words|wordy|fuller|flesh (?:it |this )?out|in \d+ words"),
    ("genre", r"e-?mail|\bads?\b|advert|linkedin|tweet|twitter|\bpost\b|news|headline|press release|poem|verse|"
              r"rhym|q&a|questions and answers|"
              r"text message|\bsms\b|\b(?:a|quick|short|friendly|casual) text\b|texting|product description|"
              r"listing|\bfaq\b|\bmemo\b|\bletter\b|flyer|slogan|announcement|blog|caption|haiku|limerick|song"),
    ("tone", r"formal|casual|informal|polite|tactful|diplomatic|urgent|urgency|apolog|enthusias|excit|humo|funny|"
             r"friendl|professional|relaxed|laid[- ]back|easygoing|conversational|\btone\b|chatty|playful|serious|"
             r"warm|cheerful|calm|official|stiff|softer|gentle|blunt|firm|sorry|jokes?\b|smile|register\b"),
)
_PATTERNS = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in FAMILIES]


def family(instruction):
    """The family of an instruction ("other" when no family's words are in it)."""
    for name, pattern in _PATTERNS:
        if pattern.search(instruction or ""):
            return name
    return "other"


def _as_list(reference):
    return [reference] if isinstance(reference, str) else reference


class InstructionFamily(evaluate.Metric):
    def _info(self):
        return evaluate.MetricInfo(
            description=_DESCRIPTION,
            citation="",
            inputs_description=_KWARGS_DESCRIPTION,
            features=datasets.Features(
                {"predictions": datasets.Value("string"), "references": datasets.Sequence(datasets.Value("string"))}
            ),
        )

    # evaluate appends inputs_description to the add/add_batch docstrings: they must exist.
    def add(self, *, prediction=None, reference=None, **kwargs):
        """Add one row; a bare-string reference becomes a one-element list."""
        super().add(prediction=prediction, reference=_as_list(reference), **kwargs)

    def add_batch(self, *, predictions=None, references=None, **kwargs):
        """Add rows; bare-string references become one-element lists."""
        if references is not None:
            references = [_as_list(r) for r in references]
        super().add_batch(predictions=predictions, references=references, **kwargs)

    def _compute(self, predictions, references):
        if not predictions:
            raise ValueError("instruction_family: no predictions to score")
        per_row = []
        for prediction, refs in zip(predictions, references):
            wanted = {family(r) for r in refs if r is not None} - {"other"}
            per_row.append(100.0 if family(prediction) in wanted else 0.0)
        return {"score": sum(per_row) / len(per_row), "per_row": per_row}
