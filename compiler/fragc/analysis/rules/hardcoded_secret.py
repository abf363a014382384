"""FRG041: a string literal that looks like an API key or a private key."""

from __future__ import annotations

import re

import libcst as cst

from fragc.analysis.rules.base import LintRule

# Formats of well-known credentials: the whole string is the key.
KEY_FORMATS: dict[str, re.Pattern[str]] = {
    "an OpenAI/Anthropic API key": re.compile(r"sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}"),
    "an AWS access key id": re.compile(r"(?:AKIA|ASIA)[0-9A-Z]{16}"),
    "a GitHub token": re.compile(r"(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"),
    "a GitLab token": re.compile(r"glpat-[A-Za-z0-9_-]{20,}"),
    "a Slack token": re.compile(r"xox[abprs]-[A-Za-z0-9-]{10,}"),
    "a Google API key": re.compile(r"AIza[0-9A-Za-z_-]{35}"),
    "a Stripe secret key": re.compile(r"(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}"),
    "a Hugging Face token": re.compile(r"hf_[A-Za-z0-9]{30,}"),
    "a Groq API key": re.compile(r"gsk_[A-Za-z0-9]{20,}"),
}
PRIVATE_KEY = re.compile(r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----")

# Names that say "this value is a credential"...
SECRET_NAME = re.compile(
    r"(?:^|_)(?:api_?key|apikey|secret|token|password|passwd|access_?key|private_?key|auth)(?:$|_)",
    re.IGNORECASE,
)
# ...and values that look like one (long, no spaces, letters and digits) but are not
# placeholders.
CREDENTIAL_VALUE = re.compile(r"(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9_\-+/=.]{16,}")
PLACEHOLDER = re.compile(r"your|xxx|example|changeme|dummy|placeholder|<|\.\.\.", re.IGNORECASE)


class HardcodedSecret(LintRule):
    """A string in the code looks like an API key, a token or a private key.

    What:
    A string literal has the format of a well-known credential (OpenAI `sk-...`, AWS
    `AKIA...`, GitHub `ghp_...`, Google `AIza...`, Stripe `sk_live_...`, Hugging Face
    `hf_...`, a PEM private key), or a long random-looking string is assigned to, or
    passed as, something named like a credential (`API_KEY = "..."`,
    `password="..."`).

    Why:
    The app's source files are part of the built site, so this will be public in the
    built site: anyone can download the file and read the key.

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

    HINT = "revoke this key and remove it: every file of the app is downloadable from the site"

    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        value = node.evaluated_value
        if not isinstance(value, str):
            return
        what = _known_format(value)
        if what is None and self._named_like_a_secret(node) and _looks_like_credential(value):
            what = "a credential"
        if what is not None:
            self.report(
                node,
                f"this string looks like {what}: this will be public in the built site",
                self.HINT,
            )

    def _named_like_a_secret(self, node: cst.SimpleString) -> bool:
        parent = self.ctx.parent(node)
        if isinstance(parent, cst.Assign):
            targets = [t.target for t in parent.targets]
            return any(
                isinstance(t, (cst.Name, cst.Attribute)) and _secret_name(t) for t in targets
            )
        if isinstance(parent, cst.AnnAssign):
            return _secret_name(parent.target)
        if isinstance(parent, cst.Arg) and parent.keyword is not None:
            return bool(SECRET_NAME.search(parent.keyword.value))
        if isinstance(parent, cst.DictElement) and parent.value is node:
            key = parent.key
            return isinstance(key, cst.SimpleString) and bool(
                SECRET_NAME.search(str(key.evaluated_value))
            )
        return False


def _known_format(value: str) -> str | None:
    if PRIVATE_KEY.search(value):
        return "a private key"
    for what, pattern in KEY_FORMATS.items():
        if pattern.fullmatch(value):
            return what
    return None


def _secret_name(target: cst.BaseExpression) -> bool:
    if isinstance(target, cst.Name):
        return bool(SECRET_NAME.search(target.value))
    if isinstance(target, cst.Attribute):
        return bool(SECRET_NAME.search(target.attr.value))
    return False


def _looks_like_credential(value: str) -> bool:
    return bool(CREDENTIAL_VALUE.fullmatch(value)) and not PLACEHOLDER.search(value)
