"""Hand-written rewrites for prompt recovery: genre and format, length, language.

Data only, no logic. Each of the 16 short, neutral originals in ``SOURCES`` is paired with
8-10 real rewrites written by hand: the text turned into another genre (formal email, ad,
LinkedIn post, tweet, news report, poem, text message, product description, press release,
FAQ), made shorter or longer (concise, one sentence, expanded, TL;DR), or translated
(French, Spanish, German, Italian, Portuguese). Every rewrite keeps the original's facts and
comes with several natural wordings of the instruction that produced it, so the
prompt-recovery adapter sees real rewrites next to the computed mechanical edits.
"""

from __future__ import annotations

from typing import NamedTuple


class Rewrite(NamedTuple):
    source: str  # key of SOURCES
    family: str  # "genre", "length" or "language"
    kind: str  # the rewrite within the family, e.g. "formal_email", "concise", "french"
    instructions: tuple[str, ...]  # 3 or more different wordings of the instruction that produced `text`
    text: str  # the rewritten text


SOURCES: dict[str, str] = {
    "recipe": (
        "This weekend I finally tried my grandmother's lemon olive oil cake. It needs only six "
        "ingredients and bakes in 40 minutes at 180°C. I added a handful of blueberries, and the "
        "whole tray was gone by Sunday evening."
    ),
    "lease": (
        "Your lease for apartment 4B at 22 Maple Street ends on June 30. If you want to renew for "
        "another twelve months, please sign the attached form by May 15. The monthly rent will "
        "increase from $1,450 to $1,500."
    ),
    "keynote": (
        "Dr. Amara Okafor will give the opening keynote at the Data Futures Conference on October 12 "
        "in Lisbon. Her talk, “Small Models, Big Impact,” starts at 9:30 a.m. in Hall A. "
        "Registration closes on September 30."
    ),
    "recall": (
        "Brightline is recalling its SB-200 electric kettles sold between March and July because the "
        "handle can come loose. Customers should stop using the kettle and return it to any store "
        "for a full refund. No injuries have been reported."
    ),
    "museum": (
        "The City Museum of Art opens its new exhibition, “Light and Water,” on Friday, April 5. The "
        "show includes 60 paintings by Dutch and Danish artists from the nineteenth century. Entry "
        "is free for students on Thursdays."
    ),
    "code_review": (
        "Starting next Monday, every pull request on our team needs approval from at least two "
        "reviewers before it is merged. Reviewers should respond within one working day. Small "
        "fixes under 20 lines can be approved by one person."
    ),
    "rsvp": (
        "This is a reminder to reply to Emma and Daniel's wedding invitation by August 1. The "
        "ceremony is on September 6 at 3 p.m. at Rosewood Gardens. Please tell us if you have any "
        "dietary needs."
    ),
    "trail": (
        "The Eagle Ridge Trail will be closed from May 10 to May 24 while crews repair the bridge "
        "over Miller Creek. Hikers can use the Pine Loop Trail instead, which adds about two "
        "kilometers. The parking lot stays open."
    ),
    "podcast": (
        "Our new podcast, “Kitchen Table Money,” launches on March 3. Every Tuesday, hosts Lena Park "
        "and Tom Reyes will talk with a guest about saving, debt and everyday budgets. The first "
        "three episodes are available on all major apps."
    ),
    "coffee": (
        "The coffee machine in the third-floor kitchen is broken again. A technician is coming on "
        "Wednesday morning to fix it. Until then, please use the machine on the second floor or the "
        "kettle next to the fridge."
    ),
    "parking": (
        "From July 1, employees will need a parking permit to use the company lot on Harbor Road. "
        "Permits are free and can be requested from the front desk. Visitor spaces near the main "
        "entrance are limited to two hours."
    ),
    "flu": (
        "The Riverside Health Center will run a free flu vaccination clinic on Saturday, November 9, "
        "from 9 a.m. to 1 p.m. No appointment is needed. Please bring your health card and wear a "
        "short-sleeved shirt."
    ),
    "library": (
        "Version 2.0 of our open-source library, Tidepool, is now available. It adds async support, "
        "cuts memory use by 30 percent, and drops support for Python 3.8. The full changelog and "
        "migration guide are on our website."
    ),
    "train": (
        "Trains between Oakford and Kingsley will be delayed by up to 30 minutes this Thursday "
        "because of signal repairs near Elm Junction. The 7:15 a.m. express is cancelled. "
        "Passengers can use their tickets on the 64 bus at no extra cost."
    ),
    "camping": (
        "Trailhead Outfitters is holding a camping gear sale from June 14 to June 16. Tents, "
        "sleeping bags and backpacks are 25 percent off, and members get an extra 10 percent. The "
        "sale runs in all stores and online."
    ),
    "coworking": (
        "A new coworking space called The Commons opens on Baker Street on February 1. It has 80 "
        "desks, four meeting rooms and a rooftop terrace. Day passes cost $20, and monthly "
        "memberships start at $180."
    ),
}


REWRITES: list[Rewrite] = [
    # ------------------------------------------------------------------ recipe
    Rewrite(
        "recipe", "genre", "tweet",
        ("Turn this into a tweet.", "Rewrite it as a tweet.", "Make this a short post for Twitter.",
         "Can you make this fit in a tweet?"),
        "Finally baked Grandma's lemon olive oil cake 🍋 Six ingredients, 40 minutes at 180°C, plus a "
        "handful of blueberries. The whole tray was gone by Sunday evening. #baking",
    ),
    Rewrite(
        "recipe", "genre", "poem",
        ("Turn this into a poem.", "Rewrite it as a rhyming poem.", "Can you make this into verse?",
         "Write this as a short poem that rhymes."),
        "This weekend I baked from my grandmother's book,\n"
        "A lemon and olive oil cake worth a look.\n"
        "Six simple ingredients, forty minutes to bake,\n"
        "At one-eighty degrees for the sake of the cake.\n"
        "I scattered some blueberries into the tray,\n"
        "And by Sunday evening it all went away.",
    ),
    Rewrite(
        "recipe", "genre", "text_message",
        ("Make this a text message.", "Rewrite it as a quick text to a friend.", "Turn this into a casual SMS.",
         "Write it like a text I'd send my sister."),
        "omg finally made grandma's lemon olive oil cake this weekend! only 6 ingredients, 40 min at 180. "
        "threw in some blueberries and the whole tray was gone by sunday night 😂",
    ),
    Rewrite(
        "recipe", "genre", "product_description",
        ("Turn this into a product description.", "Rewrite it as a product description for a bakery menu.",
         "Make this read like a product listing.", "Write this up as a product description."),
        "Grandma's Lemon Olive Oil Cake\n\n"
        "A tender, golden cake with fresh lemon and fruity olive oil, studded with juicy blueberries. "
        "Made from only six wholesome ingredients and baked for 40 minutes at 180°C. Perfect for weekend "
        "brunch or an afternoon treat. Fair warning: a full tray rarely survives past Sunday evening.",
    ),
    Rewrite(
        "recipe", "genre", "faq",
        ("Turn this into an FAQ.", "Rewrite it as questions and answers.", "Make this a short Q&A.",
         "Format this as a FAQ section."),
        "Q: What did you bake this weekend?\n"
        "A: My grandmother's lemon olive oil cake.\n\n"
        "Q: Is it hard to make?\n"
        "A: Not at all. It needs only six ingredients and bakes in 40 minutes at 180°C.\n\n"
        "Q: Did you change anything?\n"
        "A: I added a handful of blueberries, and the whole tray was gone by Sunday evening.",
    ),
    Rewrite(
        "recipe", "length", "concise",
        ("Make this more concise.", "Shorten it.", "Say the same thing in fewer words.", "Tighten this up."),
        "I tried my grandmother's lemon olive oil cake this weekend: six ingredients, 40 minutes at "
        "180°C. With added blueberries, it was gone by Sunday evening.",
    ),
    Rewrite(
        "recipe", "length", "one_sentence",
        ("Summarize this in one sentence.", "Sum it up in a single sentence.", "Condense this into one sentence."),
        "I baked my grandmother's six-ingredient lemon olive oil cake with blueberries this weekend, and "
        "it was gone by Sunday evening.",
    ),
    Rewrite(
        "recipe", "length", "expand",
        ("Expand this.", "Make it longer and add more detail.", "Flesh this out into a fuller blog post.",
         "Can you elaborate on this?"),
        "This weekend I finally got around to a recipe I had been meaning to try for years: my "
        "grandmother's lemon olive oil cake. She used to bake it every spring, and I still remember the "
        "smell of lemon zest filling her kitchen. The best part is how simple it is. It needs only six "
        "ingredients, most of which are probably already in your cupboard, and it bakes in just 40 minutes "
        "at 180°C. I added a handful of blueberries for a little color and sweetness. It was a hit with "
        "everyone: the whole tray was gone by Sunday evening, and I've already been asked to make it again.",
    ),
    Rewrite(
        "recipe", "language", "french",
        ("Translate this into French.", "Put it in French.", "Can you rewrite this in French?"),
        "Ce week-end, j'ai enfin essayé la recette du gâteau au citron et à l'huile d'olive de ma "
        "grand-mère. Il ne demande que six ingrédients et cuit en 40 minutes à 180 °C. J'y ai ajouté une "
        "poignée de myrtilles, et dimanche soir, il n'en restait plus une miette.",
    ),
    Rewrite(
        "recipe", "language", "italian",
        ("Translate this into Italian.", "Put this in Italian, please.", "Give me an Italian version of this."),
        "Questo fine settimana ho finalmente provato la torta al limone e olio d'oliva di mia nonna. "
        "Servono solo sei ingredienti e cuoce in 40 minuti a 180 °C. Ho aggiunto una manciata di mirtilli "
        "e domenica sera la teglia era già vuota.",
    ),
    # ------------------------------------------------------------------ lease
    Rewrite(
        "lease", "genre", "formal_email",
        ("Turn this into a formal email.", "Rewrite it as a professional email to the tenant.",
         "Format this as a formal email.", "Make this an email a landlord could send."),
        "Subject: Lease Renewal for Apartment 4B\n\n"
        "Dear Resident,\n\n"
        "We would like to remind you that your lease for apartment 4B at 22 Maple Street ends on June 30. "
        "Should you wish to renew for a further twelve months, please sign and return the attached form by "
        "May 15. Please note that the monthly rent will increase from $1,450 to $1,500.\n\n"
        "Kind regards,\n"
        "Maple Street Property Management",
    ),
    Rewrite(
        "lease", "genre", "text_message",
        ("Make this a text message.", "Rewrite it as a short SMS.", "Turn it into a quick text.",
         "Write this as a friendly text."),
        "Hi! Quick heads-up: your lease for 4B ends June 30. Want to renew for 12 more months? Just sign "
        "the form I sent by May 15. Rent goes from $1,450 to $1,500.",
    ),
    Rewrite(
        "lease", "genre", "faq",
        ("Turn this into a FAQ.", "Rewrite it as a set of questions and answers.", "Make a Q&A out of this.",
         "Present this as frequently asked questions."),
        "Q: When does my lease for apartment 4B at 22 Maple Street end?\n"
        "A: On June 30.\n\n"
        "Q: How do I renew it?\n"
        "A: Sign the attached form by May 15 to renew for another twelve months.\n\n"
        "Q: Will the rent change?\n"
        "A: Yes, it will increase from $1,450 to $1,500 per month.",
    ),
    Rewrite(
        "lease", "genre", "poem",
        ("Turn this into a poem.", "Rewrite this as rhyming verse.", "Make it a little rhyming poem.",
         "Can you put this in verse form?"),
        "At 22 Maple, in apartment 4B,\n"
        "Your lease ends June thirtieth, as you can see.\n"
        "To stay twelve months longer, there's one thing to do:\n"
        "Sign the form by May fifteenth and send it back through.\n"
        "The rent will rise slightly, so please keep in mind:\n"
        "It's fifteen hundred now, fourteen-fifty's behind.",
    ),
    Rewrite(
        "lease", "length", "concise",
        ("Make this shorter.", "Cut this down.", "Trim it, keeping all the facts.", "Make it more concise."),
        "Your lease for 4B at 22 Maple Street ends June 30. To renew for twelve months, sign the attached "
        "form by May 15. Rent rises from $1,450 to $1,500.",
    ),
    Rewrite(
        "lease", "length", "tldr",
        ("Give me a TL;DR.", "Write a TL;DR for this.", "TL;DR this.", "Summarize it as a TL;DR line."),
        "TL;DR: Lease for 4B ends June 30; sign by May 15 to renew; rent goes to $1,500.",
    ),
    Rewrite(
        "lease", "length", "one_sentence",
        ("Summarize this in one sentence.", "Put this into a single sentence.", "Boil it down to one sentence."),
        "The lease for apartment 4B at 22 Maple Street ends on June 30, and renewing for twelve months "
        "means signing the form by May 15, with rent rising to $1,500.",
    ),
    Rewrite(
        "lease", "language", "spanish",
        ("Translate this into Spanish.", "Put it in Spanish.", "Can you give me this in Spanish?",
         "Rewrite this in Spanish, please."),
        "Su contrato de alquiler del apartamento 4B, en el número 22 de Maple Street, vence el 30 de junio. "
        "Si desea renovarlo por otros doce meses, firme el formulario adjunto a más tardar el 15 de mayo. "
        "El alquiler mensual aumentará de 1450 a 1500 dólares.",
    ),
    Rewrite(
        "lease", "language", "german",
        ("Translate this into German.", "Put this in German.", "German version, please.",
         "Could you translate it to German?"),
        "Ihr Mietvertrag für die Wohnung 4B in der Maple Street 22 endet am 30. Juni. Wenn Sie ihn um "
        "weitere zwölf Monate verlängern möchten, unterschreiben Sie bitte bis zum 15. Mai das beigefügte "
        "Formular. Die Monatsmiete steigt von 1.450 $ auf 1.500 $.",
    ),
    # ------------------------------------------------------------------ keynote
    Rewrite(
        "keynote", "genre", "formal_email",
        ("Write this as a formal email.", "Turn it into a professional email to attendees.",
         "Make this an email to colleagues.", "Convert this into a formal email."),
        "Subject: Opening Keynote at the Data Futures Conference\n\n"
        "Dear colleagues,\n\n"
        "I am pleased to inform you that Dr. Amara Okafor will deliver the opening keynote at the Data "
        "Futures Conference in Lisbon on October 12. Her talk, “Small Models, Big Impact,” will begin at "
        "9:30 a.m. in Hall A. Please note that registration closes on September 30.\n\n"
        "Best regards,\n"
        "The Conference Team",
    ),
    Rewrite(
        "keynote", "genre", "linkedin_post",
        ("Turn this into a LinkedIn post.", "Rewrite it as a LinkedIn update.",
         "Make this a professional social media post.", "Write it up for LinkedIn."),
        "Excited to share some big news! 🎤\n\n"
        "Dr. Amara Okafor will open the Data Futures Conference in Lisbon on October 12 with her keynote "
        "“Small Models, Big Impact.”\n\n"
        "📍 Hall A, 9:30 a.m.\n"
        "🗓️ Registration closes September 30\n\n"
        "Don't miss it. See you in Lisbon!\n\n"
        "#DataFutures #AI #Keynote",
    ),
    Rewrite(
        "keynote", "genre", "tweet",
        ("Make this a tweet.", "Rewrite it as a post for X.", "Condense this into a tweet.",
         "Turn this into a tweet, please."),
        "Big news: Dr. Amara Okafor opens #DataFutures in Lisbon on Oct 12 with “Small Models, Big Impact” "
        "🎤 9:30 a.m., Hall A. Registration closes Sept 30, so grab your spot now!",
    ),
    Rewrite(
        "keynote", "genre", "news_report",
        ("Rewrite this as a news report.", "Turn it into a short news article with a headline.",
         "Write this up like a news story.", "Make it read like a newspaper item."),
        "Okafor to Open Data Futures Conference in Lisbon\n\n"
        "LISBON — Dr. Amara Okafor will deliver the opening keynote at the Data Futures Conference on "
        "October 12, organizers announced. Her talk, “Small Models, Big Impact,” is scheduled for 9:30 a.m. "
        "in Hall A. Registration for the event closes on September 30.",
    ),
    Rewrite(
        "keynote", "genre", "press_release",
        ("Turn this into a press release.", "Rewrite it as an official press release.",
         "Format this as a press release.", "Make it a press release for the media."),
        "FOR IMMEDIATE RELEASE\n\n"
        "Dr. Amara Okafor to Deliver Opening Keynote at Data Futures Conference\n\n"
        "LISBON, Portugal — The Data Futures Conference today announced that Dr. Amara Okafor will give the "
        "opening keynote on October 12. Her talk, “Small Models, Big Impact,” begins at 9:30 a.m. in Hall A. "
        "Registration for the conference closes on September 30.\n\n"
        "###",
    ),
    Rewrite(
        "keynote", "genre", "advertisement",
        ("Turn this into an ad.", "Rewrite it as advertising copy.", "Make it a catchy advertisement.",
         "Write this as a promo with a call to action."),
        "Hear the future of AI in Lisbon! Dr. Amara Okafor opens the Data Futures Conference on October 12 "
        "with “Small Models, Big Impact,” 9:30 a.m., Hall A. Seats won't last: registration closes "
        "September 30. Sign up today and be in the room where it starts!",
    ),
    Rewrite(
        "keynote", "length", "one_sentence",
        ("Sum this up in one sentence.", "Give me a one-sentence summary.", "Compress this into a single sentence."),
        "Dr. Amara Okafor opens the Data Futures Conference in Lisbon on October 12 at 9:30 a.m. in Hall A "
        "with “Small Models, Big Impact,” and registration closes September 30.",
    ),
    Rewrite(
        "keynote", "length", "expand",
        ("Expand this into a longer announcement.", "Make it longer with more detail.", "Elaborate on this.",
         "Add more context and detail to this."),
        "The Data Futures Conference returns to Lisbon this autumn, and this year's program opens with a "
        "highlight. On October 12, Dr. Amara Okafor will deliver the opening keynote, setting the tone for "
        "the talks, workshops and networking that follow. Her talk, “Small Models, Big Impact,” looks at "
        "how compact, efficient models can deliver real results without huge budgets or data centers. The "
        "session starts at 9:30 a.m. in Hall A, so attendees are encouraged to arrive early to collect "
        "their badges and find a seat. Anyone who wants to attend should act soon: registration closes on "
        "September 30.",
    ),
    Rewrite(
        "keynote", "language", "portuguese",
        ("Translate this into Portuguese.", "Put it in Portuguese.", "Can you translate this to Portuguese?"),
        "A Dra. Amara Okafor fará a palestra de abertura da Data Futures Conference no dia 12 de outubro, "
        "em Lisboa. A sua intervenção, «Small Models, Big Impact», começa às 9h30 na Sala A. As inscrições "
        "encerram a 30 de setembro.",
    ),
    Rewrite(
        "keynote", "language", "french",
        ("Translate this into French.", "Rewrite this in French.", "French, please.",
         "Could you give me a French translation?"),
        "La docteure Amara Okafor prononcera le discours d'ouverture de la conférence Data Futures le "
        "12 octobre à Lisbonne. Son intervention, « Small Models, Big Impact », débutera à 9 h 30 dans la "
        "salle A. Les inscriptions seront closes le 30 septembre.",
    ),
    # ------------------------------------------------------------------ recall
    Rewrite(
        "recall", "genre", "news_report",
        ("Report this as news.", "Turn it into a news story with a headline.",
         "Write it up as a short news article.", "Make this sound like a news item."),
        "Brightline Recalls SB-200 Kettles Over Loose Handles\n\n"
        "Brightline has recalled its SB-200 electric kettles sold between March and July after finding that "
        "the handle can come loose. The company is urging customers to stop using the kettles and return "
        "them to any store for a full refund. No injuries have been reported so far.",
    ),
    Rewrite(
        "recall", "genre", "press_release",
        ("Turn this into a press release.", "Write it as a company press release.",
         "Rewrite this in press release format.", "Make this an official press statement."),
        "FOR IMMEDIATE RELEASE\n\n"
        "Brightline Announces Recall of SB-200 Electric Kettles\n\n"
        "Brightline today announced a recall of its SB-200 electric kettles sold between March and July, "
        "because the handle can come loose during use. Customers are asked to stop using the kettle "
        "immediately and return it to any store for a full refund. No injuries have been reported.\n\n"
        "For more information, customers can contact Brightline customer service.\n\n"
        "###",
    ),
    Rewrite(
        "recall", "genre", "tweet",
        ("Turn this into a tweet.", "Make it a short post for X.", "Rewrite this as a tweet.",
         "Can you fit this into a tweet?"),
        "⚠️ Recall: Brightline SB-200 electric kettles sold March–July. The handle can come loose. Stop using "
        "yours and return it to any store for a full refund. No injuries reported.",
    ),
    Rewrite(
        "recall", "genre", "faq",
        ("Turn this into an FAQ.", "Rewrite it as questions and answers for customers.", "Make it a customer FAQ.",
         "Format this as Q&A."),
        "Q: Which product is being recalled?\n"
        "A: Brightline SB-200 electric kettles sold between March and July.\n\n"
        "Q: Why?\n"
        "A: The handle can come loose.\n\n"
        "Q: What should I do?\n"
        "A: Stop using the kettle and return it to any store for a full refund. No injuries have been reported.",
    ),
    Rewrite(
        "recall", "genre", "formal_email",
        ("Write this as a formal email to customers.", "Turn this into a formal email.",
         "Make it a professional email.", "Rewrite it as an email notice."),
        "Subject: Important Safety Recall – SB-200 Electric Kettle\n\n"
        "Dear Customer,\n\n"
        "We are writing to inform you that Brightline is recalling its SB-200 electric kettles sold between "
        "March and July, as the handle can come loose. Please stop using the kettle and return it to any "
        "store, where you will receive a full refund. No injuries have been reported.\n\n"
        "We apologize for the inconvenience.\n\n"
        "Sincerely,\n"
        "Brightline Customer Care",
    ),
    Rewrite(
        "recall", "length", "concise",
        ("Make it more concise.", "Shorten this.", "Cut the extra words.", "Make this briefer."),
        "Brightline is recalling SB-200 kettles sold March to July: the handle can come loose. Stop using "
        "them and return them to any store for a full refund. No injuries reported.",
    ),
    Rewrite(
        "recall", "length", "tldr",
        ("TL;DR?", "Give me the TL;DR.", "Reduce this to a TL;DR.", "Write a tl;dr of this."),
        "TL;DR: Loose-handle recall on Brightline SB-200 kettles (March–July); return for a full refund.",
    ),
    Rewrite(
        "recall", "language", "spanish",
        ("Translate this into Spanish.", "Spanish, please.", "Rewrite it in Spanish."),
        "Brightline retira del mercado sus hervidores eléctricos SB-200 vendidos entre marzo y julio porque "
        "el asa puede soltarse. Los clientes deben dejar de usar el hervidor y devolverlo en cualquier "
        "tienda para obtener un reembolso completo. No se han registrado heridos.",
    ),
    Rewrite(
        "recall", "language", "german",
        ("Translate it into German.", "Put this into German.", "Can you do this in German?",
         "Give me a German translation."),
        "Brightline ruft seine elektrischen Wasserkocher SB-200 zurück, die zwischen März und Juli verkauft "
        "wurden, da sich der Griff lösen kann. Kunden sollten den Wasserkocher nicht mehr benutzen und ihn "
        "in einem beliebigen Geschäft zurückgeben; der Kaufpreis wird vollständig erstattet. Verletzungen "
        "wurden bisher nicht gemeldet.",
    ),
    # ------------------------------------------------------------------ museum
    Rewrite(
        "museum", "genre", "advertisement",
        ("Turn this into an advertisement.", "Write this as ad copy.", "Make it into a catchy ad.",
         "Rewrite it as a promotional ad."),
        "Step into a world of shimmering light! “Light and Water” opens Friday, April 5 at the City Museum "
        "of Art, with 60 stunning nineteenth-century paintings by Dutch and Danish masters. Students, come "
        "on Thursdays: entry is free! Plan your visit today.",
    ),
    Rewrite(
        "museum", "genre", "news_report",
        ("Rewrite this as a news report.", "Make it a news article with a headline.",
         "Report this like a journalist would.", "Turn this into a short news piece."),
        "City Museum of Art Unveils “Light and Water”\n\n"
        "The City Museum of Art will open its new exhibition, “Light and Water,” on Friday, April 5. The "
        "show brings together 60 paintings by nineteenth-century Dutch and Danish artists. Students will be "
        "admitted free of charge on Thursdays.",
    ),
    Rewrite(
        "museum", "genre", "poem",
        ("Write this as a poem.", "Turn this into rhyming verse.", "Rewrite it as a short poem.",
         "Make a rhyming poem out of this."),
        "On Friday, April fifth, the doors swing wide,\n"
        "With “Light and Water” waiting inside.\n"
        "Sixty paintings by Dutch and Danish hands,\n"
        "Nineteenth-century seas and lands.\n"
        "And students, every Thursday, enter free\n"
        "The City Museum of Art, to come and see.",
    ),
    Rewrite(
        "museum", "genre", "press_release",
        ("Turn this into a press release.", "Rewrite it as a museum press release.", "Format it as a press release."),
        "FOR IMMEDIATE RELEASE\n\n"
        "City Museum of Art Opens “Light and Water” on April 5\n\n"
        "The City Museum of Art is pleased to announce the opening of its new exhibition, “Light and "
        "Water,” on Friday, April 5. The exhibition features 60 paintings by nineteenth-century Dutch and "
        "Danish artists. Students will enjoy free entry every Thursday.\n\n"
        "Media contact: City Museum of Art Press Office\n\n"
        "###",
    ),
    Rewrite(
        "museum", "genre", "tweet",
        ("Make this a tweet.", "Write it as a tweet.", "Turn it into a short tweet.", "Shrink this into a tweet."),
        "New at the City Museum of Art: “Light and Water” opens Fri, April 5 🎨 60 nineteenth-century "
        "paintings by Dutch and Danish artists. Students get in free on Thursdays!",
    ),
    Rewrite(
        "museum", "genre", "text_message",
        ("Turn this into a text message.", "Rewrite it as a casual text to a friend.", "Make it an SMS.",
         "Write this as a text I could send."),
        "hey, the new Light and Water exhibition opens fri april 5 at the art museum! 60 old dutch + danish "
        "paintings. free for students on thursdays, wanna go?",
    ),
    Rewrite(
        "museum", "length", "expand",
        ("Expand on this.", "Make it longer, with more detail.", "Write a longer version of this.",
         "Develop this into a fuller paragraph."),
        "Art lovers have something to look forward to this spring. On Friday, April 5, the City Museum of "
        "Art opens its new exhibition, “Light and Water,” which explores how painters captured shimmering "
        "seas, quiet canals and changing skies. The show brings together 60 paintings by Dutch and Danish "
        "artists from the nineteenth century, many of them rarely seen outside private collections. "
        "Visitors can expect harbor scenes, winter landscapes and sunlit interiors. The museum also wants to "
        "welcome younger audiences: every Thursday, entry is free for students, making it an easy and "
        "affordable outing between classes.",
    ),
    Rewrite(
        "museum", "length", "one_sentence",
        ("Summarize this in one sentence.", "One sentence, please.", "Shorten this to a single sentence.",
         "Give me a one-line summary."),
        "The City Museum of Art opens “Light and Water,” featuring 60 nineteenth-century Dutch and Danish "
        "paintings, on Friday, April 5, with free student entry on Thursdays.",
    ),
    Rewrite(
        "museum", "language", "italian",
        ("Translate this into Italian.", "Rewrite it in Italian.", "Put this in Italian."),
        "Venerdì 5 aprile il City Museum of Art inaugura la sua nuova mostra, «Light and Water». "
        "L'esposizione comprende 60 dipinti di artisti olandesi e danesi dell'Ottocento. Il giovedì "
        "l'ingresso è gratuito per gli studenti.",
    ),
    Rewrite(
        "museum", "language", "french",
        ("Translate this into French.", "Can you put this in French?", "Give me this in French.",
         "Render this in French."),
        "Le City Museum of Art inaugure sa nouvelle exposition, « Light and Water », le vendredi 5 avril. "
        "Elle réunit 60 tableaux d'artistes néerlandais et danois du XIXe siècle. L'entrée est gratuite "
        "pour les étudiants le jeudi.",
    ),
    # ------------------------------------------------------------------ code_review
    Rewrite(
        "code_review", "genre", "formal_email",
        ("Turn this into a formal email to the team.", "Write it as a professional email.",
         "Make this an email from the team lead.", "Format this as a formal email."),
        "Subject: New Code Review Policy Starting Monday\n\n"
        "Dear team,\n\n"
        "Please note that, starting next Monday, every pull request will require approval from at least two "
        "reviewers before it can be merged. Reviewers are expected to respond within one working day. Small "
        "fixes of under 20 lines may be approved by a single reviewer.\n\n"
        "Thank you for your cooperation.\n\n"
        "Best regards,\n"
        "Engineering Lead",
    ),
    Rewrite(
        "code_review", "genre", "linkedin_post",
        ("Turn this into a LinkedIn post.", "Rewrite it as a post for LinkedIn.",
         "Make it a LinkedIn update about our team.", "Share this as a professional LinkedIn post."),
        "Small process change, big difference. 👩‍💻\n\n"
        "Starting next Monday, every pull request on our team needs two approvals before it is merged.\n\n"
        "✅ Reviewers respond within one working day\n"
        "✅ Small fixes under 20 lines need just one approval\n\n"
        "Better reviews, fewer surprises.\n\n"
        "#CodeReview #SoftwareEngineering",
    ),
    Rewrite(
        "code_review", "genre", "faq",
        ("Rewrite this as an FAQ.", "Turn it into a Q&A for the team.", "Make it a list of questions and answers.",
         "Format this as FAQs."),
        "Q: When does the new review rule start?\n"
        "A: Next Monday.\n\n"
        "Q: How many approvals does a pull request need?\n"
        "A: At least two reviewers must approve it before it is merged. Small fixes under 20 lines need only one.\n\n"
        "Q: How fast should reviewers respond?\n"
        "A: Within one working day.",
    ),
    Rewrite(
        "code_review", "genre", "poem",
        ("Make a poem out of this.", "Rewrite it in rhyme.", "Make this a funny rhyming poem.",
         "Can you write this as verse?"),
        "From Monday on, each pull request must wait\n"
        "For two approvals, then it's through the gate.\n"
        "Reviewers, please reply within a working day,\n"
        "So no one's code is left to waste away.\n"
        "Small fixes under twenty lines, we say,\n"
        "Need just one approval to be on their way.",
    ),
    Rewrite(
        "code_review", "genre", "text_message",
        ("Make this a text message.", "Rewrite it as a quick chat message.", "Turn it into a short informal text.",
         "Say this in a text to the team."),
        "heads up: from next monday every PR needs 2 approvals before merge. reviewers pls reply within a "
        "day. tiny fixes under 20 lines only need 1 👍",
    ),
    Rewrite(
        "code_review", "length", "concise",
        ("Make this more concise.", "Shorten this, please.", "Condense it.", "Can you make this shorter?"),
        "From next Monday, pull requests need two approvals before merging; fixes under 20 lines need one. "
        "Reviewers should respond within one working day.",
    ),
    Rewrite(
        "code_review", "length", "tldr",
        ("TL;DR this.", "Give me a TL;DR.", "Write a one-line TL;DR."),
        "TL;DR: From Monday, 2 approvals per PR (1 for fixes under 20 lines), reviews within a day.",
    ),
    Rewrite(
        "code_review", "language", "german",
        ("Translate this into German.", "Rewrite it in German.", "Can you give me a German version?",
         "German translation, please."),
        "Ab nächstem Montag muss jeder Pull Request in unserem Team von mindestens zwei Reviewern "
        "freigegeben werden, bevor er gemergt wird. Reviewer sollten innerhalb eines Arbeitstages "
        "antworten. Kleine Korrekturen unter 20 Zeilen kann eine Person allein freigeben.",
    ),
    Rewrite(
        "code_review", "language", "portuguese",
        ("Translate this into Portuguese.", "Put this in Portuguese.", "Rewrite it in Brazilian Portuguese.",
         "Portuguese version, please."),
        "A partir da próxima segunda-feira, todo pull request da nossa equipe precisa da aprovação de pelo "
        "menos dois revisores antes de ser mesclado. Os revisores devem responder em até um dia útil. "
        "Correções pequenas, com menos de 20 linhas, podem ser aprovadas por uma só pessoa.",
    ),
    # ------------------------------------------------------------------ rsvp
    Rewrite(
        "rsvp", "genre", "formal_email",
        ("Rewrite this as a formal email.", "Turn it into a polite, formal email.", "Make this an email to the guests.",
         "Format this as a formal email reminder."),
        "Subject: RSVP Reminder – Emma and Daniel's Wedding\n\n"
        "Dear Guest,\n\n"
        "We kindly remind you to reply to Emma and Daniel's wedding invitation by August 1. The ceremony "
        "will take place on September 6 at 3 p.m. at Rosewood Gardens. Should you have any dietary "
        "requirements, please let us know.\n\n"
        "With warm regards,\n"
        "The Wedding Planning Team",
    ),
    Rewrite(
        "rsvp", "genre", "text_message",
        ("Turn this into a text message.", "Make this a quick text.", "Rewrite it as a casual SMS to a friend.",
         "Write this as a friendly text reminder."),
        "Hey! Don't forget to RSVP to Emma & Daniel's wedding by Aug 1 💍 It's Sept 6, 3pm at Rosewood "
        "Gardens. Any allergies or food stuff? Let us know!",
    ),
    Rewrite(
        "rsvp", "genre", "poem",
        ("Turn this into a poem.", "Write it as a rhyming poem.", "Make this rhyme.",
         "Rewrite it as a little verse for the invitation."),
        "Emma and Daniel are soon to be wed,\n"
        "So please reply by August first, they said.\n"
        "September sixth, at three o'clock,\n"
        "To Rosewood Gardens friends will flock.\n"
        "And if there's food you cannot eat,\n"
        "Just tell us, so your day's complete.",
    ),
    Rewrite(
        "rsvp", "genre", "faq",
        ("Make this an FAQ.", "Turn it into questions and answers for guests.", "Rewrite it as a Q&A.",
         "Format this as an FAQ page."),
        "Q: When should I reply to the invitation?\n"
        "A: Please reply to Emma and Daniel's wedding invitation by August 1.\n\n"
        "Q: When and where is the ceremony?\n"
        "A: On September 6 at 3 p.m. at Rosewood Gardens.\n\n"
        "Q: What if I have dietary needs?\n"
        "A: Just let us know when you reply.",
    ),
    Rewrite(
        "rsvp", "length", "concise",
        ("Shorten this.", "Make it more concise.", "Say this more briefly.", "Trim it down."),
        "Please RSVP to Emma and Daniel's wedding by August 1. The ceremony is September 6, 3 p.m., at "
        "Rosewood Gardens. Tell us about any dietary needs.",
    ),
    Rewrite(
        "rsvp", "length", "one_sentence",
        ("Write a one-sentence summary.", "Turn it into a single sentence.", "Put all of this into one sentence."),
        "Please RSVP by August 1 to Emma and Daniel's wedding on September 6 at 3 p.m. at Rosewood Gardens, "
        "and mention any dietary needs.",
    ),
    Rewrite(
        "rsvp", "length", "expand",
        ("Expand this.", "Make it longer and warmer, with more detail.", "Write a fuller version of this.",
         "Elaborate on this reminder."),
        "We hope you're as excited as we are! This is a friendly reminder to reply to Emma and Daniel's "
        "wedding invitation by August 1, so that we can finalize the seating plan and confirm numbers with "
        "the caterers. The ceremony will take place on September 6 at 3 p.m. at Rosewood Gardens, with "
        "drinks and dinner to follow. Guests are welcome to arrive a little early to enjoy the gardens. If "
        "you have any dietary needs, such as allergies or a vegetarian or vegan diet, please tell us in your "
        "reply and we'll make sure there's something delicious for you.",
    ),
    Rewrite(
        "rsvp", "language", "italian",
        ("Translate this into Italian.", "Give me an Italian version.", "Put it in Italian.",
         "Can you translate it to Italian?"),
        "Vi ricordiamo di rispondere all'invito al matrimonio di Emma e Daniel entro il 1° agosto. La "
        "cerimonia si terrà il 6 settembre alle 15 presso i Rosewood Gardens. Fateci sapere se avete "
        "esigenze alimentari particolari.",
    ),
    Rewrite(
        "rsvp", "language", "spanish",
        ("Translate this into Spanish.", "Put it in Spanish.", "Rewrite it in Spanish for the guests."),
        "Les recordamos que deben responder a la invitación a la boda de Emma y Daniel antes del 1 de "
        "agosto. La ceremonia será el 6 de septiembre a las 3 de la tarde en Rosewood Gardens. Por favor, "
        "avísennos si tienen alguna restricción alimentaria.",
    ),
    # ------------------------------------------------------------------ trail
    Rewrite(
        "trail", "genre", "news_report",
        ("Turn this into a news report.", "Write it up as a local news story.",
         "Rewrite it as a news article with a headline.", "Make it sound like a news bulletin."),
        "Eagle Ridge Trail to Close for Bridge Repairs\n\n"
        "The Eagle Ridge Trail will be closed from May 10 to May 24 while crews repair the bridge over "
        "Miller Creek, park officials said. Hikers are advised to take the Pine Loop Trail, a detour that "
        "adds about two kilometers. The trailhead parking lot will remain open.",
    ),
    Rewrite(
        "trail", "genre", "tweet",
        ("Make this a tweet.", "Write it as a tweet.", "Rewrite this for Twitter.",
         "Turn it into a short social post for X."),
        "🥾 Trail alert: Eagle Ridge Trail closed May 10–24 for bridge repairs over Miller Creek. Take Pine "
        "Loop Trail instead (about 2 km longer). Parking lot stays open.",
    ),
    Rewrite(
        "trail", "genre", "text_message",
        ("Text this to me the way a friend would.", "Rewrite it as a text to a hiking buddy.", "Turn it into a casual text.",
         "Write this as an SMS."),
        "fyi eagle ridge trail is closed may 10-24, they're fixing the bridge over miller creek. we can do "
        "pine loop instead, it's like 2 km longer. parking's still open",
    ),
    Rewrite(
        "trail", "genre", "faq",
        ("Turn this into a FAQ.", "Write it as questions and answers for hikers.", "Rewrite this as a Q&A.",
         "Format it as an FAQ."),
        "Q: When is the Eagle Ridge Trail closed?\n"
        "A: From May 10 to May 24.\n\n"
        "Q: Why?\n"
        "A: Crews are repairing the bridge over Miller Creek.\n\n"
        "Q: Where can I hike instead?\n"
        "A: Use the Pine Loop Trail, which adds about two kilometers. The parking lot stays open.",
    ),
    Rewrite(
        "trail", "genre", "press_release",
        ("Issue this as a press release.", "Write it as an official press release from the park service.",
         "Format this as a press release."),
        "FOR IMMEDIATE RELEASE\n\n"
        "Eagle Ridge Trail Temporarily Closed for Bridge Repairs\n\n"
        "The Eagle Ridge Trail will be closed from May 10 to May 24 while crews repair the bridge over "
        "Miller Creek. During the closure, hikers are encouraged to use the Pine Loop Trail, which adds "
        "approximately two kilometers to the route. The parking lot will remain open throughout.\n\n"
        "We thank visitors for their patience.\n\n"
        "###",
    ),
    Rewrite(
        "trail", "genre", "formal_email",
        ("Write this as a formal email.", "Turn it into an email to the club members.",
         "Rewrite it as a professional email.", "Make a formal email out of this."),
        "Subject: Eagle Ridge Trail Closure, May 10–24\n\n"
        "Dear Hiking Club Members,\n\n"
        "Please be advised that the Eagle Ridge Trail will be closed from May 10 to May 24 while crews "
        "repair the bridge over Miller Creek. As an alternative, you may use the Pine Loop Trail, which "
        "adds approximately two kilometers. The parking lot will remain open.\n\n"
        "Kind regards,\n"
        "Trail Coordinator",
    ),
    Rewrite(
        "trail", "length", "concise",
        ("Can you make it more concise?", "Shorten it.", "Tighten it up.", "Rewrite it in fewer words."),
        "Eagle Ridge Trail is closed May 10–24 for repairs to the Miller Creek bridge. Use Pine Loop Trail "
        "instead (about 2 km longer); parking stays open.",
    ),
    Rewrite(
        "trail", "length", "tldr",
        ("TL;DR?", "Give me a TL;DR.", "Write a TL;DR version.", "tl;dr please"),
        "TL;DR: Eagle Ridge closed May 10–24; take Pine Loop (+2 km).",
    ),
    Rewrite(
        "trail", "language", "german",
        ("Translate this into German.", "Rewrite it in German.", "Could you put this in German?"),
        "Der Eagle Ridge Trail ist vom 10. bis 24. Mai gesperrt, während die Brücke über den Miller Creek "
        "repariert wird. Wanderer können stattdessen den Pine Loop Trail nutzen, der etwa zwei Kilometer "
        "länger ist. Der Parkplatz bleibt geöffnet.",
    ),
    Rewrite(
        "trail", "language", "french",
        ("Translate it to French.", "French version, please.", "Put this in French.",
         "Can you translate it into French?"),
        "Le sentier Eagle Ridge sera fermé du 10 au 24 mai, le temps que des équipes réparent le pont qui "
        "enjambe Miller Creek. Les randonneurs peuvent emprunter à la place le sentier Pine Loop, qui "
        "rallonge le parcours d'environ deux kilomètres. Le parking reste ouvert.",
    ),
    # ------------------------------------------------------------------ podcast
    Rewrite(
        "podcast", "genre", "advertisement",
        ("Turn this into an ad.", "Rewrite it as a catchy advertisement.", "Make it promotional ad copy.",
         "Turn it into marketing copy with a call to action."),
        "Money talk, minus the jargon! 🎧 “Kitchen Table Money” launches March 3. Every Tuesday, Lena Park "
        "and Tom Reyes sit down with a guest to talk saving, debt and everyday budgets. Three episodes are "
        "waiting for you on all major apps. Hit subscribe today!",
    ),
    Rewrite(
        "podcast", "genre", "linkedin_post",
        ("Turn this into a LinkedIn post.", "Rewrite it for LinkedIn.", "Make it a professional announcement post.",
         "Write it as a LinkedIn update."),
        "I'm thrilled to announce the launch of our new podcast, “Kitchen Table Money”! 🎙️\n\n"
        "Starting March 3, Lena Park and Tom Reyes will sit down with a guest every Tuesday to talk about "
        "saving, debt and everyday budgets.\n\n"
        "The first three episodes are already available on all major apps. Give it a listen and let us "
        "know what you think!\n\n"
        "#Podcast #PersonalFinance",
    ),
    Rewrite(
        "podcast", "genre", "tweet",
        ("Tweet this.", "Turn it into a tweet.", "Write a tweet version.", "Rewrite this as a tweet."),
        "🎙️ New podcast alert! “Kitchen Table Money” launches March 3. Every Tuesday, Lena Park and Tom "
        "Reyes chat with a guest about saving, debt and budgets. First 3 episodes on all major apps!",
    ),
    Rewrite(
        "podcast", "genre", "product_description",
        ("Write this as a product description.", "Turn it into a show description for a podcast app.",
         "Rewrite it as a product listing.", "Make it a short description like on a store page."),
        "Kitchen Table Money is a weekly podcast about the money questions real people face. Every Tuesday, "
        "hosts Lena Park and Tom Reyes welcome a guest for an honest, practical conversation about saving, "
        "paying off debt and managing everyday budgets. Launching March 3 with three episodes, available on "
        "all major podcast apps.",
    ),
    Rewrite(
        "podcast", "genre", "press_release",
        ("Convert this into a press release.", "Rewrite it as a press release.", "Write it up in press release style.",
         "Make this an official media announcement."),
        "FOR IMMEDIATE RELEASE\n\n"
        "New Podcast “Kitchen Table Money” Launches March 3\n\n"
        "The new podcast “Kitchen Table Money” launches on March 3. Each Tuesday, hosts Lena Park and Tom "
        "Reyes will be joined by a guest to discuss saving, debt and everyday budgets. The first three "
        "episodes are available on all major podcast apps.\n\n"
        "###",
    ),
    Rewrite(
        "podcast", "genre", "poem",
        ("Write this as a poem.", "Turn it into a rhyming poem.", "Make it rhyme.", "Put this into verse."),
        "On March the third, a show's begun:\n"
        "“Kitchen Table Money,” for everyone.\n"
        "Each Tuesday Lena and Tom invite\n"
        "A guest to help us budget right.\n"
        "On saving, debt and costs each day,\n"
        "They'll talk it through in a friendly way.\n"
        "Three episodes are out to start,\n"
        "On every major app: take part!",
    ),
    Rewrite(
        "podcast", "length", "expand",
        ("Expand this.", "Make it longer and more detailed.", "Turn this into a fuller announcement.",
         "Add more detail and context."),
        "We're excited to share that our new podcast, “Kitchen Table Money,” launches on March 3. The idea "
        "came from the conversations so many of us have at home: how do we save a little more, pay down "
        "debt and make the monthly budget work? Every Tuesday, hosts Lena Park and Tom Reyes will sit down "
        "with a guest, from financial planners to people who have paid off big loans, to talk about saving, "
        "debt and everyday budgets in plain language. To get you started, the first three episodes are "
        "available on all major apps, so you can listen on your commute or, of course, at the kitchen table.",
    ),
    Rewrite(
        "podcast", "length", "tldr",
        ("Boil this down to a TL;DR.", "TL;DR please.", "Write the TL;DR.", "Sum it up as a TL;DR."),
        "TL;DR: “Kitchen Table Money” podcast, new episodes every Tuesday from March 3; three out now.",
    ),
    Rewrite(
        "podcast", "language", "spanish",
        ("Translate it into Spanish.", "Put this in Spanish.", "Can you do a Spanish version?",
         "Spanish translation, please."),
        "Nuestro nuevo pódcast, «Kitchen Table Money», se estrena el 3 de marzo. Cada martes, los "
        "presentadores Lena Park y Tom Reyes conversarán con un invitado sobre ahorro, deudas y "
        "presupuestos del día a día. Los tres primeros episodios ya están disponibles en todas las "
        "aplicaciones principales.",
    ),
    Rewrite(
        "podcast", "language", "portuguese",
        ("Translate this into Portuguese.", "Put it in Portuguese.", "Rewrite this in European Portuguese."),
        "O nosso novo podcast, «Kitchen Table Money», estreia a 3 de março. Todas as terças-feiras, os "
        "apresentadores Lena Park e Tom Reyes vão conversar com um convidado sobre poupança, dívidas e "
        "orçamentos do dia a dia. Os três primeiros episódios estão disponíveis em todas as principais "
        "aplicações.",
    ),
    # ------------------------------------------------------------------ coffee
    Rewrite(
        "coffee", "genre", "formal_email",
        ("Turn this into a formal email.", "Rewrite it as an office-wide email.",
         "Make this a professional email to staff.", "Write it as a formal notice by email."),
        "Subject: Third-Floor Coffee Machine Out of Order\n\n"
        "Dear colleagues,\n\n"
        "Please be informed that the coffee machine in the third-floor kitchen is out of order again. A "
        "technician is scheduled to repair it on Wednesday morning. In the meantime, kindly use the machine "
        "on the second floor or the kettle next to the fridge.\n\n"
        "Thank you for your understanding.\n\n"
        "Best regards,\n"
        "Facilities Team",
    ),
    Rewrite(
        "coffee", "genre", "text_message",
        ("Send this as a text message.", "Rewrite it as a quick text to a coworker.", "Turn it into an informal SMS.",
         "Say it like a text message."),
        "ugh, 3rd floor coffee machine is broken AGAIN ☕😩 tech's coming wed morning. til then use the one on "
        "2 or the kettle by the fridge",
    ),
    Rewrite(
        "coffee", "genre", "poem",
        ("Rework this into a poem.", "Make a rhyming poem out of this.", "Rewrite it as a funny poem.",
         "Write this in verse."),
        "The third-floor coffee machine has died,\n"
        "Again, no matter how we've tried.\n"
        "On Wednesday morning help will come:\n"
        "A technician's booked, so don't be glum.\n"
        "Till then, go down to floor number two,\n"
        "Or use the kettle by the fridge: that'll do.",
    ),
    Rewrite(
        "coffee", "genre", "tweet",
        ("Turn this into a tweet.", "Make it a tweet.", "Rewrite it as a funny tweet.", "Post this as a tweet."),
        "Third-floor coffee machine is broken. Again. ☕💔 A technician arrives Wednesday morning. Survival "
        "plan until then: the second-floor machine or the kettle next to the fridge. #OfficeLife",
    ),
    Rewrite(
        "coffee", "genre", "news_report",
        ("Present this as a news report.", "Write it like a newspaper article.",
         "Turn it into a mock news story with a headline.", "Make this a news item for the office newsletter."),
        "Third-Floor Coffee Machine Breaks Down Again\n\n"
        "The coffee machine in the third-floor kitchen is out of service once more, staff learned this week. "
        "A technician is expected on Wednesday morning to carry out repairs. Until then, employees are being "
        "directed to the second-floor machine or the kettle next to the fridge.",
    ),
    Rewrite(
        "coffee", "length", "concise",
        ("Condense this.", "Shorten this.", "Make this shorter without losing anything.",
         "Less wordy, please."),
        "The third-floor coffee machine is broken again; a technician comes Wednesday morning. Meanwhile, use "
        "the second-floor machine or the kettle by the fridge.",
    ),
    Rewrite(
        "coffee", "length", "one_sentence",
        ("Summarize it in a sentence.", "Make it a single sentence.", "Rewrite this as one sentence."),
        "The third-floor coffee machine is broken until a technician fixes it on Wednesday morning, so use "
        "the second-floor machine or the kettle by the fridge.",
    ),
    Rewrite(
        "coffee", "length", "tldr",
        ("TL;DR this.", "Give me a tl;dr.", "Write a TL;DR.", "Can I get a TL;DR?"),
        "TL;DR: 3rd-floor coffee machine broken until Wednesday; use 2nd floor or the kettle.",
    ),
    Rewrite(
        "coffee", "language", "italian",
        ("Translate it into Italian.", "Italian, please.", "Rewrite this in Italian.", "Could you put it in Italian?"),
        "La macchina del caffè nella cucina del terzo piano è di nuovo guasta. Mercoledì mattina verrà un "
        "tecnico a ripararla. Nel frattempo, usate la macchina del secondo piano o il bollitore accanto al "
        "frigorifero.",
    ),
    # ------------------------------------------------------------------ parking
    Rewrite(
        "parking", "genre", "formal_email",
        ("Write this as a formal email.", "Turn this into an email to all employees.", "Make it a formal staff email.",
         "Rewrite it as a professional email."),
        "Subject: New Parking Permit Requirement from July 1\n\n"
        "Dear all,\n\n"
        "Please note that, from July 1, employees will require a parking permit to use the company lot on "
        "Harbor Road. Permits are free of charge and may be requested at the front desk. We would also like "
        "to remind you that visitor spaces near the main entrance are limited to two hours.\n\n"
        "Kind regards,\n"
        "Facilities Management",
    ),
    Rewrite(
        "parking", "genre", "faq",
        ("Convert this into an FAQ.", "Write this as questions and answers.", "Make an FAQ for staff from this.",
         "Rewrite it as a Q&A."),
        "Q: What changes on July 1?\n"
        "A: Employees will need a parking permit to use the company lot on Harbor Road.\n\n"
        "Q: How much does a permit cost, and where do I get one?\n"
        "A: Permits are free and can be requested from the front desk.\n\n"
        "Q: Can visitors park near the main entrance?\n"
        "A: Yes, but visitor spaces there are limited to two hours.",
    ),
    Rewrite(
        "parking", "genre", "text_message",
        ("Put this into a text message.", "Write it as a quick text to a colleague.", "Turn it into a casual SMS.",
         "Rewrite it as a text."),
        "btw from july 1 you need a permit to park in the harbor rd lot. it's free, just ask at the front "
        "desk. visitor spots by the entrance are 2 hrs max",
    ),
    Rewrite(
        "parking", "genre", "news_report",
        ("Recast this as a news article.", "Turn it into a news story for the company newsletter.",
         "Write it like a news article with a headline."),
        "Permits Required at Harbor Road Lot From July 1\n\n"
        "Employees will need a parking permit to use the company lot on Harbor Road starting July 1, under "
        "new rules announced this week. The permits are free and available on request at the front desk. "
        "Visitor spaces near the main entrance will be limited to two hours.",
    ),
    Rewrite(
        "parking", "length", "concise",
        ("Make this more concise.", "Shorten it.", "Say it in fewer words.", "Make it briefer."),
        "From July 1, staff need a free permit, available at the front desk, to park in the Harbor Road lot. "
        "Visitor spaces by the main entrance have a two-hour limit.",
    ),
    Rewrite(
        "parking", "length", "one_sentence",
        ("Summarize it in one sentence.", "Condense this into a single sentence.", "Give me the one-sentence version."),
        "From July 1, employees need a free front-desk permit to park in the Harbor Road lot, and visitor "
        "spaces near the main entrance are limited to two hours.",
    ),
    Rewrite(
        "parking", "length", "expand",
        ("Expand on this, please.", "Make it longer and explain more.", "Write a more detailed version.",
         "Elaborate on this notice."),
        "We're making some changes to parking at our Harbor Road office. From July 1, employees will need a "
        "parking permit to use the company lot. The lot has become crowded in recent months, and permits "
        "will help make sure spaces are available for the people who work here. Getting one is easy: "
        "permits are free, and you can request yours from the front desk during office hours. We also want "
        "to keep parking fair for guests, so visitor spaces near the main entrance are limited to two hours. "
        "Thanks for helping us keep the lot running smoothly.",
    ),
    Rewrite(
        "parking", "language", "french",
        ("Translate the text into French.", "Put this notice in French.", "Can I have this in French?"),
        "À partir du 1er juillet, les employés devront disposer d'une autorisation de stationnement pour "
        "utiliser le parking de l'entreprise sur Harbor Road. Ces autorisations sont gratuites et peuvent "
        "être demandées à l'accueil. Les places visiteurs situées près de l'entrée principale sont limitées "
        "à deux heures.",
    ),
    Rewrite(
        "parking", "language", "portuguese",
        ("Translate it into Portuguese.", "Portuguese, please.", "Give me a Portuguese version of this.",
         "Rewrite it in Portuguese."),
        "A partir de 1º de julho, os funcionários vão precisar de uma autorização para usar o estacionamento "
        "da empresa na Harbor Road. As autorizações são gratuitas e podem ser solicitadas na recepção. As "
        "vagas para visitantes perto da entrada principal são limitadas a duas horas.",
    ),
    # ------------------------------------------------------------------ flu
    Rewrite(
        "flu", "genre", "advertisement",
        ("Turn this into an advertisement.", "Write it as a catchy ad.", "Make it into promotional flyer text.",
         "Rewrite this as ad copy with a call to action."),
        "Beat the flu this winter, for free! 💉 Drop by the Riverside Health Center on Saturday, November 9, "
        "between 9 a.m. and 1 p.m. No appointment, no cost, no hassle. Just bring your health card and wear "
        "short sleeves. Protect yourself and your family: see you Saturday!",
    ),
    Rewrite(
        "flu", "genre", "tweet",
        ("Write this as a tweet.", "Rewrite it as a tweet.", "Turn it into a quick tweet."),
        "💉 Free flu shots at Riverside Health Center, Sat Nov 9, 9am–1pm. No appointment needed! Bring your "
        "health card and wear a short-sleeved shirt. #FluSeason",
    ),
    Rewrite(
        "flu", "genre", "faq",
        ("Make this an FAQ.", "Rewrite it as questions and answers.", "Make a patient FAQ out of this.",
         "Format this as a short Q&A."),
        "Q: When is the flu clinic?\n"
        "A: Saturday, November 9, from 9 a.m. to 1 p.m., at the Riverside Health Center.\n\n"
        "Q: Does it cost anything, and do I need an appointment?\n"
        "A: It's free, and no appointment is needed.\n\n"
        "Q: What should I bring?\n"
        "A: Your health card. Please also wear a short-sleeved shirt.",
    ),
    Rewrite(
        "flu", "genre", "press_release",
        ("Draft a press release from this.", "Write it as a press release.",
         "Rewrite it in the style of a press release.", "Make an official press release out of this."),
        "FOR IMMEDIATE RELEASE\n\n"
        "Riverside Health Center to Host Free Flu Vaccination Clinic\n\n"
        "The Riverside Health Center will hold a free flu vaccination clinic on Saturday, November 9, from "
        "9 a.m. to 1 p.m. No appointment is required. Residents are asked to bring their health card and to "
        "wear a short-sleeved shirt for a quick, easy vaccination.\n\n"
        "###",
    ),
    Rewrite(
        "flu", "genre", "news_report",
        ("Write this as a news report.", "Make it a local news story.",
         "Turn it into a news article with a headline.", "Write it the way a reporter would."),
        "Free Flu Shots Offered at Riverside on November 9\n\n"
        "The Riverside Health Center will offer free flu vaccinations on Saturday, November 9, from 9 a.m. "
        "to 1 p.m., health officials said. No appointment is needed. Visitors should bring their health "
        "card and wear a short-sleeved shirt.",
    ),
    Rewrite(
        "flu", "genre", "text_message",
        ("Turn this into a text.", "Turn it into a text I can send my mom.", "Rewrite it as an SMS.",
         "Write it as a short, casual text."),
        "Hey mom, free flu shots at Riverside Health Center this Sat (Nov 9), 9 to 1. No appointment needed. "
        "Bring your health card and wear short sleeves!",
    ),
    Rewrite(
        "flu", "length", "concise",
        ("Make it tighter.", "Shorten it, please.", "Cut it down.", "Rewrite this more briefly."),
        "Free flu shots at Riverside Health Center: Saturday, November 9, 9 a.m.–1 p.m., no appointment "
        "needed. Bring your health card; wear short sleeves.",
    ),
    Rewrite(
        "flu", "length", "tldr",
        ("TL;DR?", "Give me the TL;DR.", "Reduce this to a TL;DR."),
        "TL;DR: Free walk-in flu shots, Riverside, Sat Nov 9, 9–1.",
    ),
    Rewrite(
        "flu", "language", "spanish",
        ("Translate the text to Spanish.", "Can you put this in Spanish?", "Spanish version, please."),
        "El Centro de Salud Riverside organizará una jornada gratuita de vacunación contra la gripe el "
        "sábado 9 de noviembre, de 9:00 a 13:00. No hace falta pedir cita. Por favor, traiga su tarjeta sanitaria y "
        "lleve una camisa de manga corta.",
    ),
    Rewrite(
        "flu", "language", "german",
        ("Translate the text into German.", "Put it in German.", "Rewrite it in German.", "I need this in German."),
        "Das Riverside Health Center bietet am Samstag, dem 9. November, von 9 bis 13 Uhr kostenlose "
        "Grippeimpfungen an. Ein Termin ist nicht erforderlich. Bitte bringen Sie Ihre Gesundheitskarte mit "
        "und tragen Sie ein kurzärmeliges Hemd.",
    ),
    # ------------------------------------------------------------------ library
    Rewrite(
        "library", "genre", "linkedin_post",
        ("Reshape this as a LinkedIn post.", "Write it as a LinkedIn announcement.", "Make this a post for LinkedIn.",
         "Rewrite it as a professional social media post."),
        "Tidepool 2.0 is here! 🚀\n\n"
        "The new version of our open-source library is now available:\n\n"
        "⚡ Async support\n"
        "📉 30% less memory use\n"
        "🐍 Python 3.8 is no longer supported\n\n"
        "The full changelog and migration guide are on our website. Huge thanks to everyone who contributed!\n\n"
        "#OpenSource #Python",
    ),
    Rewrite(
        "library", "genre", "tweet",
        ("Convert it into a tweet.", "Turn this into a release tweet.", "Write it as a tweet.", "Squeeze this into a tweet."),
        "Tidepool 2.0 is out! 🎉 Async support, 30% less memory, and goodbye to Python 3.8. Changelog and "
        "migration guide on our website. #OpenSource #Python",
    ),
    Rewrite(
        "library", "genre", "product_description",
        ("Write this as a product description.", "Turn it into a product description for the project page.",
         "Rewrite it as a short product blurb.", "Make it read like a product listing."),
        "Tidepool 2.0 is a lightweight open-source Python library, now with built-in async support. The new "
        "release uses 30 percent less memory than before, making it a great fit for larger workloads. "
        "Requires Python 3.9 or newer, as Python 3.8 is no longer supported. The full changelog and "
        "migration guide are available on our website.",
    ),
    Rewrite(
        "library", "genre", "press_release",
        ("Make it a press release.", "Write a press release version.", "Rewrite it as a formal press release."),
        "FOR IMMEDIATE RELEASE\n\n"
        "Tidepool 2.0 Now Available\n\n"
        "The Tidepool team today announced the release of Tidepool 2.0, the latest version of its "
        "open-source library. The release adds async support and reduces memory use by 30 percent. Support "
        "for Python 3.8 has been discontinued. The full changelog and a migration guide are available on the "
        "project website.\n\n"
        "###",
    ),
    Rewrite(
        "library", "genre", "news_report",
        ("Rewrite this as a news report.", "Make it a tech news article.", "Turn it into a news story with a headline.",
         "Write this up as news."),
        "Tidepool 2.0 Brings Async Support and Lower Memory Use\n\n"
        "The open-source library Tidepool has released version 2.0, adding async support and cutting memory "
        "use by 30 percent. The update also drops support for Python 3.8. A full changelog and migration "
        "guide have been published on the project's website.",
    ),
    Rewrite(
        "library", "genre", "faq",
        ("Reformat this as an FAQ.", "Make it a Q&A for users.", "Rewrite it as questions and answers.",
         "Format this as FAQ entries."),
        "Q: Is Tidepool 2.0 available?\n"
        "A: Yes, version 2.0 is out now.\n\n"
        "Q: What's new?\n"
        "A: Async support and 30 percent lower memory use.\n\n"
        "Q: Does it still support Python 3.8?\n"
        "A: No, support for Python 3.8 has been dropped. See the changelog and migration guide on our website.",
    ),
    Rewrite(
        "library", "length", "one_sentence",
        ("Sum this up in one sentence.", "Make it one sentence.", "Summarize in a single sentence."),
        "Tidepool 2.0 is out with async support and 30 percent lower memory use, drops Python 3.8, and has "
        "its changelog and migration guide on our website.",
    ),
    Rewrite(
        "library", "length", "tldr",
        ("Give me the TL;DR version.", "TL;DR this.", "What's the TL;DR?", "Write a TL;DR line for this."),
        "TL;DR: Tidepool 2.0 is out: async, 30% less memory, no Python 3.8.",
    ),
    Rewrite(
        "library", "language", "french",
        ("Could you translate this into French?", "Put it in French.", "Give me a French version.", "Translate to French, please."),
        "La version 2.0 de notre bibliothèque open source, Tidepool, est désormais disponible. Elle ajoute "
        "la prise en charge de la programmation asynchrone, réduit la consommation de mémoire de 30 % et "
        "abandonne la prise en charge de Python 3.8. Le journal des modifications complet et le guide de migration sont "
        "disponibles sur notre site web.",
    ),
    Rewrite(
        "library", "language", "german",
        ("Could you translate this into German?", "Please translate it to German.", "German, please."),
        "Version 2.0 unserer Open-Source-Bibliothek Tidepool ist jetzt verfügbar. Sie bietet Async-"
        "Unterstützung, senkt den Speicherverbrauch um 30 Prozent und unterstützt Python 3.8 nicht mehr. "
        "Das vollständige Changelog und eine Migrationsanleitung finden Sie auf unserer Website.",
    ),
    # ------------------------------------------------------------------ train
    Rewrite(
        "train", "genre", "tweet",
        ("Turn this into a tweet.", "Write it as a service-alert tweet.", "Make it a tweet.", "Rewrite this for X."),
        "🚆 Thursday: trains between Oakford and Kingsley delayed up to 30 min due to signal repairs near Elm "
        "Junction. The 7:15 a.m. express is cancelled. Your ticket is valid on the 64 bus at no extra cost.",
    ),
    Rewrite(
        "train", "genre", "news_report",
        ("Turn this into a news report.", "Make this a news story.", "Turn it into a short news article with a headline.",
         "Write it as a news brief."),
        "Signal Repairs to Delay Oakford–Kingsley Trains on Thursday\n\n"
        "Trains between Oakford and Kingsley will run up to 30 minutes late this Thursday because of signal "
        "repairs near Elm Junction, the operator said. The 7:15 a.m. express has been cancelled. Passengers "
        "may use their train tickets on the 64 bus at no extra cost.",
    ),
    Rewrite(
        "train", "genre", "text_message",
        ("Can you make this a text message?", "Rewrite it as a text to a friend who commutes.", "Turn it into a quick SMS.",
         "Write it like a text."),
        "heads up, oakford-kingsley trains are up to 30 min late thurs (signal repairs at elm junction). 7:15 "
        "express is cancelled!! you can take the 64 bus on your ticket for free",
    ),
    Rewrite(
        "train", "genre", "formal_email",
        ("Write this as a formal email.", "Turn this into a formal email to passengers.", "Make this a professional email.",
         "Rewrite it as a formal email notice."),
        "Subject: Train Delays Between Oakford and Kingsley on Thursday\n\n"
        "Dear Passenger,\n\n"
        "We regret to inform you that trains between Oakford and Kingsley will be delayed by up to 30 "
        "minutes this Thursday due to signal repairs near Elm Junction. The 7:15 a.m. express service has "
        "been cancelled. Your ticket will be accepted on the 64 bus at no extra cost.\n\n"
        "We apologize for any inconvenience.\n\n"
        "Yours sincerely,\n"
        "Customer Services",
    ),
    Rewrite(
        "train", "genre", "faq",
        ("Turn this into an FAQ.", "Rewrite it as a passenger Q&A.", "Make it questions and answers.",
         "Present this as a FAQ."),
        "Q: Will my Thursday train be delayed?\n"
        "A: Trains between Oakford and Kingsley may be up to 30 minutes late because of signal repairs near "
        "Elm Junction.\n\n"
        "Q: Is the 7:15 a.m. express running?\n"
        "A: No, it is cancelled.\n\n"
        "Q: What are my alternatives?\n"
        "A: You can use your ticket on the 64 bus at no extra cost.",
    ),
    Rewrite(
        "train", "length", "concise",
        ("Be more concise.", "Shorten it.", "Cut this down.", "Make this shorter and punchier."),
        "Thursday: Oakford–Kingsley trains up to 30 minutes late for signal repairs near Elm Junction. The "
        "7:15 a.m. express is cancelled; tickets are valid on the 64 bus.",
    ),
    Rewrite(
        "train", "length", "one_sentence",
        ("Give me a single-sentence summary.", "Rewrite it as one sentence.", "Can you put this in a single sentence?"),
        "Signal repairs near Elm Junction will delay Oakford–Kingsley trains by up to 30 minutes on Thursday "
        "and cancel the 7:15 a.m. express, but tickets are valid on the 64 bus.",
    ),
    Rewrite(
        "train", "length", "expand",
        ("Lengthen this.", "Make it longer with more detail.", "Write a fuller version for the website.",
         "Elaborate on this announcement."),
        "Passengers travelling between Oakford and Kingsley should plan for a slower journey this Thursday. "
        "Engineers will be repairing signals near Elm Junction, and while the work is under way, trains on "
        "the line may be delayed by up to 30 minutes. The 7:15 a.m. express, which many commuters rely on, "
        "has been cancelled for the day. To help, passengers can use their train tickets on the 64 bus at no "
        "extra cost; simply show your ticket to the driver. We recommend checking the timetable before you "
        "leave and allowing extra time. Services should return to normal once the repairs are complete.",
    ),
    Rewrite(
        "train", "language", "italian",
        ("Translate the text to Italian.", "Put it in Italian.", "Italian translation, please."),
        "Questo giovedì i treni tra Oakford e Kingsley subiranno ritardi fino a 30 minuti a causa di lavori "
        "di riparazione ai segnali nei pressi di Elm Junction. Il treno espresso delle 7:15 è soppresso. I "
        "passeggeri possono utilizzare il proprio biglietto sull'autobus 64 senza costi aggiuntivi.",
    ),
    Rewrite(
        "train", "language", "portuguese",
        ("Translate the text into Portuguese.", "Rewrite it in Portuguese.", "Can you translate this to Portuguese?",
         "Put this in Portuguese, please."),
        "Nesta quinta-feira, os trens entre Oakford e Kingsley vão atrasar até 30 minutos devido a reparos "
        "na sinalização perto de Elm Junction. O expresso das 7h15 foi cancelado. Os passageiros podem usar "
        "suas passagens no ônibus 64 sem custo adicional.",
    ),
    # ------------------------------------------------------------------ camping
    Rewrite(
        "camping", "genre", "advertisement",
        ("Make an ad out of this.", "Write it as an advertisement.", "Make it snappy ad copy.", "Rewrite this as a sales ad."),
        "Your next adventure just got cheaper! 🏕️ From June 14 to 16, Trailhead Outfitters takes 25% off "
        "tents, sleeping bags and backpacks. Members save an extra 10%! Shop in any store or online, but "
        "hurry: three days only!",
    ),
    Rewrite(
        "camping", "genre", "tweet",
        ("Put this in a tweet.", "Turn it into a tweet.", "Rewrite it as a tweet.", "Write a tweet from this."),
        "⛺ SALE: 25% off tents, sleeping bags & backpacks at Trailhead Outfitters, June 14–16! Members get an "
        "extra 10%. In all stores and online. #Camping",
    ),
    Rewrite(
        "camping", "genre", "linkedin_post",
        ("Make a LinkedIn post out of this.", "Rewrite it as a company post for LinkedIn.", "Make this a LinkedIn update.",
         "Write it up for our LinkedIn page."),
        "Summer is coming, and so is our camping gear sale! 🌲\n\n"
        "From June 14 to 16, Trailhead Outfitters is offering 25% off tents, sleeping bags and backpacks, "
        "with an extra 10% for members.\n\n"
        "The sale runs in all our stores and online.\n\n"
        "A big thank-you to our team for getting everything ready. See you on the trail!\n\n"
        "#Outdoors #Camping",
    ),
    Rewrite(
        "camping", "genre", "text_message",
        ("Make it sound like a text message.", "Rewrite it as a text to a friend.", "Turn it into a casual text.",
         "Write this as an SMS."),
        "yo, trailhead outfitters sale june 14-16! tents, sleeping bags + backpacks 25% off, and members get "
        "10% more. in stores and online. new tent time? ⛺",
    ),
    Rewrite(
        "camping", "genre", "poem",
        ("Write this as a poem.", "Turn it into rhyming verse.", "Make it a poem that rhymes.",
         "Rewrite it as a short poem."),
        "From June fourteenth to the sixteenth's end,\n"
        "Trailhead Outfitters has a sale, my friend.\n"
        "Tents and sleeping bags, and backpacks too,\n"
        "A quarter off, all waiting for you.\n"
        "Members save ten percent more on top,\n"
        "Online or in any store you shop.",
    ),
    Rewrite(
        "camping", "length", "concise",
        ("Make this more concise.", "Cut it down to the essentials.", "Say it in fewer words."),
        "Trailhead Outfitters sale, June 14–16: 25% off tents, sleeping bags and backpacks, plus 10% extra for "
        "members. In all stores and online.",
    ),
    Rewrite(
        "camping", "length", "tldr",
        ("TL;DR?", "TL;DR this, please.", "Give me a quick TL;DR.", "Write a TL;DR."),
        "TL;DR: 25% off camping gear June 14–16 (members +10%), in stores and online.",
    ),
    Rewrite(
        "camping", "length", "expand",
        ("Stretch this out into a longer piece.", "Make it longer and more detailed.", "Write an expanded version.", "Add more detail to this."),
        "Summer camping season is almost here, and Trailhead Outfitters wants to help you get ready. From "
        "June 14 to June 16, the store is holding a camping gear sale on the essentials for any trip "
        "outdoors. Tents, sleeping bags and backpacks are all 25 percent off, whether you're planning a quiet "
        "weekend by the lake or a week in the mountains. Members get an extra 10 percent off on top of the "
        "sale price, so it's a good moment to join if you haven't already. The sale runs in all stores and "
        "online, so you can try gear in person or shop from home.",
    ),
    Rewrite(
        "camping", "language", "spanish",
        ("Could you translate this into Spanish?", "Put it in Spanish.", "Can you give me the Spanish?", "Rewrite this in Spanish."),
        "Trailhead Outfitters celebra unas rebajas de material de acampada del 14 al 16 de junio. Las tiendas "
        "de campaña, los sacos de dormir y las mochilas tienen un 25 % de descuento, y los socios obtienen un "
        "10 % adicional. Las rebajas son válidas en todas las tiendas y por internet.",
    ),
    Rewrite(
        "camping", "language", "french",
        ("Rewrite it in French.", "Put it in French.", "French, please."),
        "Trailhead Outfitters organise une promotion sur le matériel de camping du 14 au 16 juin. Les tentes, "
        "les sacs de couchage et les sacs à dos sont à -25 %, et les membres bénéficient de 10 % de réduction "
        "supplémentaire. La promotion est valable dans tous les magasins et en ligne.",
    ),
    # ------------------------------------------------------------------ coworking
    Rewrite(
        "coworking", "genre", "advertisement",
        ("Make this an advertisement.", "Write it as ad copy.", "Make this a catchy advertisement.", "Rewrite this to sell it."),
        "Work somewhere you'll love! The Commons opens on Baker Street on February 1 with 80 desks, four "
        "meeting rooms and a rooftop terrace. Drop in for just $20 a day or join from $180 a month. Book "
        "your desk today!",
    ),
    Rewrite(
        "coworking", "genre", "linkedin_post",
        ("Adapt this into a LinkedIn post.", "Write it as a LinkedIn post.", "Make it a professional post for LinkedIn.",
         "Rewrite it as a LinkedIn announcement."),
        "New workspace alert! 🏢\n\n"
        "The Commons, a new coworking space on Baker Street, opens its doors on February 1.\n\n"
        "• 80 desks\n"
        "• 4 meeting rooms\n"
        "• A rooftop terrace\n\n"
        "Day passes are $20, and monthly memberships start at $180. Come and work with us!\n\n"
        "#Coworking #FutureOfWork",
    ),
    Rewrite(
        "coworking", "genre", "product_description",
        ("Write this as a product description.", "Turn it into a listing description.",
         "Rewrite it as a product description for a booking site.", "Make this read like a product page."),
        "The Commons, Baker Street\n\n"
        "A bright new coworking space opening February 1, with 80 desks, four bookable meeting rooms and a "
        "rooftop terrace for breaks in the fresh air. Flexible pricing to suit how you work: day passes for "
        "$20 and monthly memberships from $180.",
    ),
    Rewrite(
        "coworking", "genre", "press_release",
        ("Can you turn this into a press release?", "Rewrite it as a press release.",
         "Format this as a press release announcement.", "Make it an official press release."),
        "FOR IMMEDIATE RELEASE\n\n"
        "The Commons Coworking Space Opens on Baker Street February 1\n\n"
        "The Commons, a new coworking space, will open on Baker Street on February 1. The space offers 80 "
        "desks, four meeting rooms and a rooftop terrace. Day passes are priced at $20, and monthly "
        "memberships start at $180.\n\n"
        "###",
    ),
    Rewrite(
        "coworking", "genre", "faq",
        ("Break this into FAQs.", "Make it a set of questions and answers.", "Rewrite this as a Q&A.",
         "Write FAQs from this."),
        "Q: When and where does The Commons open?\n"
        "A: On February 1, on Baker Street.\n\n"
        "Q: What facilities are there?\n"
        "A: 80 desks, four meeting rooms and a rooftop terrace.\n\n"
        "Q: How much does it cost?\n"
        "A: Day passes are $20, and monthly memberships start at $180.",
    ),
    Rewrite(
        "coworking", "length", "expand",
        ("Can you expand this?", "Make it longer, with more detail.", "Turn this into a longer, richer description.",
         "Elaborate on this."),
        "Freelancers and remote workers on Baker Street will soon have a new place to work. The Commons, a "
        "coworking space, opens its doors on February 1. Inside, there are 80 desks spread across an open, "
        "light-filled floor, along with four meeting rooms that members can book for calls, workshops or "
        "client visits. One of the highlights is the rooftop terrace, a quiet spot for lunch, a coffee break "
        "or a change of scenery on sunny days. Pricing is designed to be flexible: a day pass costs $20, "
        "which suits occasional visitors, while monthly memberships start at $180 for those who want a "
        "regular base.",
    ),
    Rewrite(
        "coworking", "length", "one_sentence",
        ("Reduce this to one sentence.", "One sentence only, please.", "Condense this into a single sentence."),
        "The Commons, a coworking space with 80 desks, four meeting rooms and a rooftop terrace, opens on "
        "Baker Street on February 1, with day passes at $20 and memberships from $180.",
    ),
    Rewrite(
        "coworking", "language", "portuguese",
        ("Portuguese translation, please.", "Put it in Portuguese.", "Give me this in Portuguese."),
        "Um novo espaço de coworking chamado The Commons abre na Baker Street no dia 1º de fevereiro. O espaço "
        "conta com 80 mesas, quatro salas de reunião e um terraço na cobertura. O passe diário custa 20 "
        "dólares, e os planos mensais começam em 180 dólares.",
    ),
    Rewrite(
        "coworking", "language", "italian",
        ("Could you translate this to Italian?", "Rewrite it in Italian.", "Can you put this into Italian?",
         "Italian version, please."),
        "Il 1° febbraio apre in Baker Street un nuovo spazio di coworking chiamato The Commons. Dispone di "
        "80 postazioni, quattro sale riunioni e una terrazza sul tetto. L'ingresso giornaliero costa 20 "
        "dollari e gli abbonamenti mensili partono da 180 dollari.",
    ),
]
