"""Checks a program can make on an event title (used by score_events.py; see its docstring).

length  at most 70 characters.
clause  a subject and a verb: some word is a verb and some word before it is neither a function
        word nor an auxiliary ("Was killed" has a verb and no subject). A verb is a form from
        VERBS, a lowercase word of 4+ letters ending in -ed or -s that is not in NOT_VERBS,
        "to" + a lowercase word (headline future: "Trump to visit Seoul"), or a lowercase word
        right after a plural subject ending in -s or in PLURAL_SUBJECTS ("Nigerians retake
        Benin City", "Police clash with ...").
whole   not cut: the last word is not in DANGLING ("the", "of", "and", "its" ...; particles such
        as "out" or "down" may end a title), the title does not end in , : ; - ( or an opening
        quote, and a number at its end is not cut from a longer one in the sentence ("45" for
        "45,000", "50" for "50%" or "50 percent", "2" for "2.5").
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
    between against among amid via per up out off down
""".split())
AUXILIARIES = frozenset("""
    is are was were be been being has have had do does did will would shall should can could
    may might must
""".split())
# Words a cut title ends on; particles ("breaks out", "stands down") are not among them.
DANGLING = frozenset("""
    a an the of to in on at for with and or but nor by from as into onto than that which who
    whom whose this these those its his her their our your my is are was were be been has have
    had will would
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
    moves overthrow overthrows overthrew defeat defeats mutiny mutinies fail fails
""".split())
NOT_VERBS = frozenset("""
    news its his this thus plus bus gas yes us was has does is always perhaps towards
    afterwards times years months weeks days hours minutes series species means analysis
    crisis basis thesis status census campus virus focus bonus chaos
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


def check_clause(title):
    w = words(title)
    for i, word in enumerate(w):
        lw = word.lower()
        prev = w[i - 1].lower() if i else ""
        verb = (lw in VERBS
                or (word.islower() and len(lw) >= 4 and lw not in NOT_VERBS
                    and (lw.endswith("ed") or (lw.endswith("s") and not lw.endswith("ss"))))
                or (lw == "to" and i + 1 < len(w) and w[i + 1].islower()
                    and w[i + 1] not in FUNCTION_WORDS)
                or (word.islower() and lw not in FUNCTION_WORDS and lw not in AUXILIARIES
                    and (prev in PLURAL_SUBJECTS
                         or (prev.endswith("s") and not prev.endswith("ss")
                             and prev not in NOT_VERBS and prev not in FUNCTION_WORDS))))
        if not verb:
            continue
        for before in w[:i]:
            lb = before.lower()
            if lb not in FUNCTION_WORDS and lb not in AUXILIARIES:
                return True
    return False


def check_whole(title, sentence):
    t = title.rstrip()
    if not t or t[-1] in ",:;-(\u2018\u201c`" or t.endswith("--"):
        return False
    w = words(t)
    if not w or w[-1].lower() in DANGLING:
        return False
    last = w[-1]
    if last[0].isdigit() and t.endswith(last):
        for m in re.finditer(re.escape(last), sentence):
            prev = sentence[m.start() - 1] if m.start() else ""
            nxt = sentence[m.end():m.end() + 9]
            if prev and (prev.isdigit() or prev in ".,"):
                continue  # the inside of another number
            if re.match(r"(%|,\d|\.\d|\d|\s*percent|\s*per cent)", nxt):
                return False
    return True


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
