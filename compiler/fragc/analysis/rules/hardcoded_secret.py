"""FRG041: a key, token, private key or password written in the app's files."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from fragc.analysis.constants import fold_string
from fragc.analysis.context import FileContext
from fragc.analysis.rules.base import LintRule

_START = r"(?<![A-Za-z0-9_\-])"  # a key starts a token: "task-..." never holds "sk-..."
_END = r"(?![A-Za-z0-9_\-])"


def _key(body: str) -> re.Pattern[str]:
    return re.compile(_START + body + _END)


# Formats of well-known credentials, found anywhere in a string or comment.
KEY_FORMATS: dict[str, re.Pattern[str]] = {
    "an OpenAI/Anthropic API key": _key(
        r"sk-(?:proj-|ant-(?:api\d\d-)?|svcacct-|admin-|or-v1-)?[A-Za-z0-9_\-]{20,}"
    ),
    "an AWS access key id": _key(r"(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}"),
    "a GitHub token": _key(r"(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"),
    "a GitLab token": _key(r"glpat-[A-Za-z0-9_\-]{20,}"),
    "a Slack token": _key(r"xox[abprs]-[A-Za-z0-9\-]{10,}"),
    "a Slack webhook": re.compile(
        r"https://hooks\.slack\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]{16,}"
    ),
    "a Google API key": _key(r"AIza[0-9A-Za-z_\-]{35}"),
    "a Stripe secret key": _key(r"(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}"),
    "a Hugging Face token": _key(r"hf_[A-Za-z0-9]{30,}"),
    "a Groq API key": _key(r"gsk_[A-Za-z0-9]{20,}"),
    "a SendGrid API key": _key(r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}"),
    "an npm token": _key(r"npm_[A-Za-z0-9]{36}"),
    "a PyPI token": _key(r"pypi-AgE[A-Za-z0-9_\-]{50,}"),
    "a Replicate token": _key(r"r8_[A-Za-z0-9]{37}"),
    "a Perplexity API key": _key(r"pplx-[A-Za-z0-9]{40,}"),
    "a DigitalOcean token": _key(r"do[por]_v1_[a-f0-9]{64}"),
    # In URLs as ".../bot<token>/sendMessage": only digits may not come before it.
    "a Telegram bot token": re.compile(r"(?<!\d)\d{8,10}:AA[A-Za-z0-9_\-]{33}" + _END),
}
PRIVATE_KEY = re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----")
# scheme://user:password@host (a database or broker URL with its password).
URL_PASSWORD = re.compile(
    # Bounded repeats: a long run of letters before "://" must not be rescanned from
    # every position (quadratic time on a long string).
    r"[A-Za-z][A-Za-z0-9+.\-]{0,30}://[^\s/:@'\"\x00]{0,256}:(?P<password>[^\s/@'\"\x00]{1,256})@[^\s/'\"]"
)
# An Authorization header's credentials ("Bearer abc...", "Basic dXNlcjpwYXNz...").
AUTH_HEADER = re.compile(r"\b(?:Bearer|Basic|Token)\s+(?P<credential>[A-Za-z0-9._~+/=\-]{16,})")

# Names that say "this value is a credential"...
SECRET_NAME = re.compile(
    r"(?:^|[_\-.])(?:api[_\-]?key|secret|secret[_\-]?key|token|password|passwd|pwd|"
    r"access[_\-]?key|private[_\-]?key|auth|authorization|credentials?|client[_\-]?secret)"
    r"(?:$|[_\-.])",
    re.IGNORECASE,
)
PASSWORD_NAME = re.compile(r"(?:^|[_\-.])(?:password|passwd|pwd)(?:$|[_\-.])", re.IGNORECASE)
# ...and values that look like one (long, no spaces, letters and digits) but are not
# placeholders.
CREDENTIAL_VALUE = re.compile(r"(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9_\-+/=.]{16,}")
PASSWORD_VALUE = re.compile(r"(?=.*[^A-Za-z])\S{6,}")
PLACEHOLDER = re.compile(
    r"your|xxx|\*\*\*|example|changeme|change-me|dummy|placeholder|redacted|<|>|\.\.\.|\{|\}|\$|%\(|"
    r"^(?:password|passwd|secret|token|pass|none|null|test)$",
    re.IGNORECASE,
)
_ENV_READERS = frozenset({"os.getenv", "os.environ.get", "os.environ.setdefault"})

HINT = "revoke this key and remove it: every file of the app is downloadable from the site"


# Text no credential above can be without: most strings fail this one search.
_CANDIDATE = re.compile(
    r"sk-|AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|glpat-|xox[abprs]-|hooks\.slack|AIza|"
    r"_live_|_test_|hf_|gsk_|SG\.|npm_|pypi-|r8_|pplx-|_v1_|:AA|PRIVATE KEY|://|Bearer|Basic|Token"
)


def find_keys(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, what, matched text) of every credential in ``text``."""
    if not _CANDIDATE.search(text):
        return
    for what, pattern in KEY_FORMATS.items():
        for match in pattern.finditer(text):
            if what.startswith("an OpenAI") and not _random_enough(match.group()):
                continue
            yield match.start(), match.end(), what, match.group()
    for match in PRIVATE_KEY.finditer(text):
        yield match.start(), match.end(), "a private key", match.group()
    for match in URL_PASSWORD.finditer(text):
        if _real_password(match.group("password")):
            yield match.start(), match.end(), "a URL with a password", match.group()
    for match in AUTH_HEADER.finditer(text):
        credential = match.group("credential")
        if looks_like_credential(credential) and not _known_format(credential):
            yield match.start(), match.end(), "an Authorization header's token", match.group()


def _known_format(value: str) -> bool:
    return any(pattern.search(value) for pattern in KEY_FORMATS.values())


_OPENAI_PREFIX = re.compile(r"sk-(?:proj|ant|svcacct|admin|or)-")


def _random_enough(key: str) -> bool:
    """True for an OpenAI-style key: random letters and digits after `sk-`, not a slug
    such as `sk-learn-compatible-estimator-2`."""
    body = key[3:]
    if not any(c.isdigit() for c in body):
        return False
    if _OPENAI_PREFIX.match(key):
        return True
    # Plain "sk-" keys are one run of letters and digits, mixed case or long.
    return body.count("-") <= 1 and (any(c.isupper() for c in body) or len(body) >= 32)


def _real_password(password: str) -> bool:
    return bool(password) and not PLACEHOLDER.search(password)


def looks_like_credential(value: str) -> bool:
    return bool(CREDENTIAL_VALUE.fullmatch(value)) and not PLACEHOLDER.search(value)


def looks_like_password(value: str) -> bool:
    return bool(PASSWORD_VALUE.fullmatch(value)) and not PLACEHOLDER.search(value)


class HardcodedSecret(LintRule):
    """A string or comment in the code holds an API key, a token, a private key or a password.

    What:
    Anywhere in the app's Python files (strings, f-strings, bytes, docstrings,
    comments, strings joined with `+`): text in the format of a well-known credential
    (OpenAI `sk-...`, Anthropic `sk-ant-...`, AWS `AKIA...`, GitHub `ghp_...`,
    GitLab, Slack, Google `AIza...`, Stripe `sk_live_...`, Hugging Face `hf_...`,
    SendGrid, npm, PyPI, a PEM private key), a URL with a password
    (`postgresql://user:s3cret@host/db`), an `Authorization` header's token
    (`"Bearer ..."`), or a long random-looking string assigned to, or passed as,
    something named like a credential (`API_KEY = "..."`, `password="..."`,
    `{"X-API-Key": "..."}`, `os.getenv("TOKEN", "...")`).

    Why:
    The app's source files are part of the built site, byte for byte (comments
    included), so this will be public in the built site: anyone can download the
    file and read the key.

    Example:
    ```python
    client = OpenAI(api_key="sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c")
    ```

    Fix:
    Revoke the key, remove it from the code, and let each user enter their own key
    (`st.text_input("API key", type="password")`), or call a server you control that
    holds the key.
    """

    code = "FRG041"
    name = "hardcoded-secret"
    severity = "warning"

    HINT = HINT

    def __init__(self, ctx: FileContext) -> None:
        super().__init__(ctx)
        self._reported: set[int] = set()  # id() of the nodes reported, one finding each

    # ----------------------------------------------------------- string nodes

    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        try:
            evaluated = node.evaluated_value
        except (ValueError, SyntaxError, MemoryError):  # escapes CPython refuses too
            return
        kind = "bytes string" if isinstance(evaluated, bytes) else "string"
        value = evaluated.decode("latin-1") if isinstance(evaluated, bytes) else evaluated
        if not self._judge(node, value, kind) and self._named_like_a_secret(node):
            if self._credential_for(node, value):
                self._report(node, f"this {kind} looks like a credential")

    def visit_FormattedString(self, node: cst.FormattedString) -> None:
        if isinstance(self.ctx.parent(node), cst.FormattedStringExpression):
            return  # a nested f-string: its text is judged with the outer one
        # The literal parts, with a character no key holds where values go.
        value = "".join(
            part.value if isinstance(part, cst.FormattedStringText) else "\0" for part in node.parts
        )
        self._judge(node, value, "f-string")

    def visit_ConcatenatedString(self, node: cst.ConcatenatedString) -> None:
        if not isinstance(self.ctx.parent(node), cst.ConcatenatedString):
            self._joined(node)  # "a" "b": only the whole chain

    def visit_BinaryOperation(self, node: cst.BinaryOperation) -> None:
        parent = self.ctx.parent(node)
        if not isinstance(node.operator, cst.Add) or (
            isinstance(parent, cst.BinaryOperation) and isinstance(parent.operator, cst.Add)
        ):
            return  # only the whole chain of +
        self._joined(node)

    def _joined(self, node: cst.BinaryOperation | cst.ConcatenatedString) -> None:
        value = fold_string(node)
        if value is None:
            return
        parts = _string_parts(node)
        for _, _, what, matched in find_keys(value):
            if any(matched in part for part in parts):
                continue  # already in one of the strings, reported there
            self._report(node, f"these strings join into {what}")
            return
        if self._named_like_a_secret(node) and self._credential_for(node, value):
            self._report(node, "these strings join into a credential")

    # --------------------------------------------------------------- comments

    def visit_Comment(self, node: cst.Comment) -> None:
        """Keys in comments: they ship byte for byte with the source."""
        for start, _, what, _ in find_keys(node.value):
            line, col = self.ctx.line_col(node)
            self.report_at(
                line,
                col + start,
                f"this comment holds {what}: this will be public in the built site",
                HINT,
            )
            return

    # ----------------------------------------------------------------- shared

    def _judge(self, node: cst.CSTNode, value: str, kind: str) -> bool:
        for _, _, what, _ in find_keys(value):
            self._report(node, f"this {kind} looks like {what}")
            return True
        return False

    def _report(self, node: cst.CSTNode, what: str) -> None:
        if id(node) in self._reported:
            return
        self._reported.add(id(node))
        self.report(node, f"{what}: this will be public in the built site", HINT)

    def _credential_for(self, node: cst.CSTNode, value: str) -> bool:
        name = self._secret_name(node) or ""
        if PASSWORD_NAME.search(name):
            return looks_like_password(value)
        return looks_like_credential(value)

    def _named_like_a_secret(self, node: cst.CSTNode) -> bool:
        return self._secret_name(node) is not None

    def _secret_name(self, node: cst.CSTNode) -> str | None:
        """The credential-like name ``node`` is assigned to or passed as, if any."""
        parent = self.ctx.parent(node)
        names: list[str] = []
        if isinstance(parent, cst.Assign) and parent.value is node:
            names = [_target_name(target.target) for target in parent.targets]
        elif isinstance(parent, (cst.AnnAssign, cst.AugAssign)) and parent.value is node:
            names = [_target_name(parent.target)]
        elif isinstance(parent, cst.Arg) and parent.value is node:
            if parent.keyword is not None:
                names = [parent.keyword.value]
            else:
                names = self._env_default_name(parent)
        elif isinstance(parent, cst.DictElement) and parent.value is node:
            key = _string_value(parent.key)
            names = [key] if key is not None else []
        for name in names:
            if SECRET_NAME.search(name):
                return name
        return None

    def _env_default_name(self, arg: cst.Arg) -> list[str]:
        """os.getenv("API_TOKEN", "default"): the default of a secret's variable."""
        call = self.ctx.parent(arg)
        if not isinstance(call, cst.Call) or len(call.args) < 2 or call.args[1] is not arg:
            return []
        first = _string_value(call.args[0].value)
        if first is None or self.ctx.call_name(call) not in _ENV_READERS:
            return []
        return [first]


def _string_value(node: cst.CSTNode) -> str | None:
    if isinstance(node, cst.SimpleString):
        try:
            value = node.evaluated_value
        except (ValueError, SyntaxError, MemoryError):
            return None
        return value if isinstance(value, str) else None
    return None


def _target_name(target: cst.BaseExpression) -> str:
    if isinstance(target, cst.Name):
        return target.value
    if isinstance(target, cst.Attribute):
        return target.attr.value
    if isinstance(target, cst.Subscript) and len(target.slice) == 1:
        # os.environ["API_KEY"] = "...", config["token"] = "..."
        index = target.slice[0].slice
        if isinstance(index, cst.Index):
            return _string_value(index.value) or ""
    return ""


def _string_parts(node: cst.CSTNode) -> list[str]:
    parts: list[str] = []
    stack: list[cst.CSTNode] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, (cst.BinaryOperation, cst.ConcatenatedString)):
            stack.extend((current.left, current.right))
        else:
            value = _string_value(current)
            if value is not None:
                parts.append(value)
    return parts
