"""Checks a program can make on an event title (used by score_events.py; see its docstring).

length  at most 70 characters.
clause  a subject and a verb: some word is a verb and some word before it is a subject, a word
        that is not a function word, an auxiliary, a past form, an -ed/-ing form or a
        lowercase verb of VERBS ("Was killed", "Was found abandoned" and "Repeated requests"
        have none). A verb is a word not right after a function word ("of
        battles") that is a form from VERBS, "to" + a base form from VERBS (headline future:
        "Trump to visit Seoul"), a lowercase word of 4+ letters ending in -ed or -s that is not
        in NOT_VERBS nor ends as a noun (-ments, -tions ...), or a lowercase word right after a
        plural subject ("Nigerians retake Benin City", "Police clash with ...").
whole   not cut: the last word is not in DANGLING ("the", "of", "and", "its", "after" ...;
        particles such as "out" or "down" may end a title) nor a verb of NEEDS_OBJECT without
        an auxiliary before it ("PRC announced"; "Agreement was reached" is whole), the title
        does not end in , : ; - ( or an opening quote, and a number at either end is not cut
        from a longer one in the sentence ("Lee led 45" for "45,000", "50" for "50%" or "50
        percent", "2" for "2.5", "000 mutinied" for "40,000 mutinied").
same    from the sentence that holds the date: at least half of the title's content words (not
        function words or auxiliaries) share their stem (first 4 letters after lemma()) with a
        word of that sentence, or are capitalised words (names) found earlier in the article (a
        pronoun replaced by the name the text gives before it).
"""
import re

FUNCTION_WORDS = frozenset("""
    a an the of to in on at for with and or but nor by from as into onto over under about after
    before since until than that which who whom whose this these those its his her their our
    your my it he she they we you i him them us there here not no so if then also while during
    between against among amid via per up out off down when where because whether pending
    including despite toward towards through across within without upon near behind beyond
    around along
""".split())
AUXILIARIES = frozenset("""
    is are was were be been being has have had do does did will would shall should can could
    may might must
""".split())
# Words a cut title ends on; particles ("breaks out", "stands down") are not among them.
DANGLING = frozenset("""
    a an the of to in on at for with and or but nor by from as into onto than that which who
    whom whose this these those its his her their our your my is are was were be been has have
    had will would one after before since until during between against among under via per
    while when where because whether if not no pending including despite toward towards
    through across within without upon near behind beyond around along amid
""".split())
# Finite and base forms of verbs common in headlines (a small hand list, not a lexicon).
VERBS = frozenset("""
    is are was were be been has have had do does did says said say tells told tell makes made
    make takes took take gives gave give goes went go comes came come wins won win loses lost
    lose leads led lead meets met meet sells sold sell buys bought buy holds held hold begins
    began begin ends end runs ran run falls fell fall rises rose rise grows grew grow gets got
    get keeps kept keep leaves left leave sets set puts put hits hit cuts cut breaks broke break
    brings brought bring builds built build sends sent send seeks sought seek fights fought
    fight flees fled flee shoots shot shoot strikes struck strike becomes became become
    pays paid pay spends spent spend finds found find thinks thought think knows knew know
    sees saw see stands stood stand wants want agree agrees join joins sign signs kill kills
    attack attacks invade invades die dies declare declares announce announces open opens
    close closes launch launches plan plans visit visits start starts return returns vote
    votes elect elects fire fires arrest arrests reach reaches report reports rule rules
    approve approves reject rejects resign resigns name names seize seizes surrender
    surrenders withdraw withdraws withdrew capture captures occupy occupies retreat retreats
    explode explodes crash crashes rally rallies drop drops jump jumps slip slips post posts
    offer offers expect expects face faces file files charge charges sue sues accuse accuses
    deny denies warn warns urge urges call calls ask asks order orders force forces move
    moves overthrow overthrows overthrew defeat defeats mutiny mutinies fail fails expire
    expires resume resumes release releases apply applies travel travels decide decides
    acquire acquires merge merges raise raises invest invests appear appears seek remain
    remains stay stays continue continues receive receives hear hears evacuate evacuates
    sentence sentences screen screens introduce introduces
""".split())
NOT_VERBS = frozenset("""
    news its his this thus plus bus gas yes us was has does is always perhaps towards
    afterwards times years months weeks days hours minutes series species means analysis
    crisis basis thesis status census campus virus focus bonus chaos
""".split())
# Plural nouns, not verbs, for all their -s.
NOUN_ENDINGS = ("ments", "tions", "sions", "ances", "ences", "ities", "nesses", "ships", "ians",
                "ists", "isms")
# Past forms that do not end a clause unless passive ("PRC announced"; "agreement was reached").
NEEDS_OBJECT = frozenset("""
    took made gave became brought held reached formed declared announced launched bombarded
    sent set put broke proclaimed demanded established issued signed captured seized attacked
    defeated led told asked called named
""".split())
PLURAL_SUBJECTS = frozenset("police people troops forces men women children staff".split())
# Past forms whose stem differs from the present one ("falls" in a title, "fell" in the text).
IRREGULAR = dict(pair.split(":") for pair in """
    fell:fall broke:break took:take taken:take shot:shoot won:win lost:lose led:lead met:meet
    sold:sell bought:buy held:hold began:begin begun:begin ran:run rose:rise grew:grow got:get
    kept:keep left:leave brought:bring built:build sent:send sought:seek fought:fight fled:flee
    struck:strike became:become paid:pay spent:spend found:find thought:think knew:know
    known:know saw:see seen:see stood:stand said:say told:tell made:make gave:give given:give
    went:go gone:go came:come withdrew:withdraw withdrawn:withdraw overthrew:overthrow
    drove:drive driven:drive wrote:write written:write sank:sink sunk:sink swore:swear
    sworn:swear threw:throw thrown:throw spoke:speak chose:choose drew:draw felt:feel
    heard:hear laid:lay meant:mean slew:slay slain:slay taught:teach tore:tear
""".split())
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z']*|\d[\d,.]*\d|\d")


def words(s):
    return _WORD_RE.findall(s)


def lemma(word):
    """A crude stem: irregular past forms to their present, then -ies/-es/-s/-ed/-ing off."""
    w = word.lower()
    w = IRREGULAR.get(w, w)
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: len(w) - len(suffix)] + repl
    return w


def _is_verb(w, i):
    """Whether word i of the title reads as its finite verb (see the module's docstring)."""
    word, lw = w[i], w[i].lower()
    prev = w[i - 1].lower() if i else ""
    if prev in FUNCTION_WORDS and lw != "to":
        return False  # "of battles", "their troops", "at continued reports"
    if lw in VERBS:
        return True
    if lw == "to":
        return i + 1 < len(w) and w[i + 1].lower() in VERBS and w[i + 1].islower()
    if not word.islower() or lw in FUNCTION_WORDS or lw in AUXILIARIES or lw in NOT_VERBS:
        return False
    if len(lw) >= 4 and (lw.endswith("ed") or (lw.endswith("s") and not lw.endswith("ss"))):
        return not lw.endswith(NOUN_ENDINGS)
    plural = prev.endswith("s") and not prev.endswith(("ss", "'s")) and prev not in NOT_VERBS
    return prev in PLURAL_SUBJECTS or plural


def _is_subject(word):
    lw = word.lower()
    return (lw not in FUNCTION_WORDS and lw not in AUXILIARIES and lw not in IRREGULAR
            and not (word.islower() and lw in VERBS)  # "Was found abandoned"
            and not lw.endswith(("ed", "ing")))  # "Repeated requests", "Touring the capital"


def check_clause(title):
    w = words(title)
    return any(_is_verb(w, i) and any(_is_subject(b) for b in w[:i]) for i in range(len(w)))


def _cut_number(number, sentence, at_end):
    """Whether `number` at the end (or start) of a title is cut from a longer number."""
    for m in re.finditer(re.escape(number), sentence):
        prev = sentence[max(0, m.start() - 2):m.start()]
        nxt = sentence[m.end():m.end() + 9]
        if at_end and re.fullmatch(r"(\d[.,]|.\d)", prev or " "):
            continue  # the tail of another number
        if at_end and re.match(r"(%|,\d|\.\d|\d|\s*percent|\s*per cent)", nxt):
            return True
        if not at_end and re.fullmatch(r"\d[.,]", prev):
            return True  # "000 mutinied" from "40,000 mutinied"
    return False


def check_whole(title, sentence):
    t = title.rstrip()
    if not t or t[-1] in ",:;-(\u2018\u201c`" or t.endswith("--"):
        return False
    w = words(t)
    if not w or w[-1].lower() in DANGLING:
        return False
    if w[-1].lower() in NEEDS_OBJECT:
        before = [x.lower() for x in w[:-1] if not x.lower().endswith("ly")]
        if not before or before[-1] not in AUXILIARIES:
            return False  # "PRC announced", "Central Plains War broke"; "is decisively defeated"
    if w[-1][0].isdigit() and t.endswith(w[-1]) and _cut_number(w[-1], sentence, True):
        return False
    return not (w[0][0].isdigit() and t.startswith(w[0]) and _cut_number(w[0], sentence, False))


def check_same(title, sentence, before=""):
    stems = {lemma(x)[:4] for x in words(sentence)}
    names = {x.lower() for x in words(before)}
    content = [x for x in words(title) if x.lower() not in FUNCTION_WORDS
               and x.lower() not in AUXILIARIES]
    if not content:
        return False
    found = sum(1 for x in content
                if lemma(x)[:4] in stems or (x[0].isupper() and x.lower() in names))
    return found >= 0.5 * len(content)


def title_checks(title, sentence, before=""):
    checks = {
        "length": len(title) <= 70,
        "clause": check_clause(title),
        "whole": check_whole(title, sentence),
        "same": check_same(title, sentence, before),
    }
    checks["all"] = all(checks.values())
    return checks
