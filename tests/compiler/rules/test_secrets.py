"""FRG040 (st.secrets) and FRG041 (literals that look like keys): public in the site."""

from __future__ import annotations

import pytest

from tests.compiler.conftest import Analyze, findings_of

SECRETS_MESSAGE = "st.secrets: this will be public in the built site"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(
            """
            import streamlit as st

            key = st.secrets["OPENAI_API_KEY"]
            """,
            [(3, 7)],
            id="subscript",
        ),
        pytest.param(
            """
            import streamlit as st
            from streamlit import secrets

            db = st.secrets.database.password
            """,
            [(2, 23), (4, 6)],
            id="attribute-and-import",
        ),
    ],
)
def test_st_secrets(analyze: Analyze, source: str, expected: list[tuple[int, int]]) -> None:
    assert findings_of(analyze, "FRG040")(source) == [(*at, SECRETS_MESSAGE) for at in expected]


def test_other_secrets_are_not_st_secrets(analyze: Analyze) -> None:
    source = """
    import secrets
    import other as st

    token = secrets.token_hex(16)
    st.secrets["x"]
    """
    assert findings_of(analyze, "FRG040")(source) == []


def public(what: str) -> str:
    return f"this string looks like {what}: this will be public in the built site"


KEYS = [
    pytest.param(
        'client = OpenAI(api_key="sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c")',
        (1, 25),
        "an OpenAI/Anthropic API key",
        id="openai",
    ),
    pytest.param('KEY_ID = "AKIAIOSFODNN7EXAMPLE"', (1, 10), "an AWS access key id", id="aws"),
    pytest.param('gh = "ghp_' + "a1B2" * 9 + '"', (1, 6), "a GitHub token", id="github"),
    pytest.param(
        'maps = "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW"', (1, 8), "a Google API key", id="google"
    ),
    pytest.param(
        "pem = '-----BEGIN RSA PRIVATE KEY-----\\nMIIE...'", (1, 7), "a private key", id="pem"
    ),
    pytest.param(
        'API_KEY = "3f9a8b7c6d5e4f3a2b1c"', (1, 11), "a credential", id="named-assignment"
    ),
    pytest.param(
        'connect(password="Tr0ub4dor-and-3-more")', (1, 18), "a credential", id="named-keyword"
    ),
    pytest.param(
        'config = {"auth_token": "a8f5f167f44f4964e6c998dee827110c"}',
        (1, 25),
        "a credential",
        id="named-dict-key",
    ),
]


@pytest.mark.parametrize(("source", "at", "what"), KEYS)
def test_hardcoded_keys(analyze: Analyze, source: str, at: tuple[int, int], what: str) -> None:
    assert findings_of(analyze, "FRG041")(source) == [(*at, public(what))]


NOT_KEYS = [
    pytest.param('API_KEY = "your-api-key-here-123456"', id="placeholder"),
    pytest.param('API_KEY = ""', id="empty"),
    pytest.param('token = st.text_input("Token", type="password")', id="asked-from-user"),
    pytest.param('password_label = "Enter your password"', id="prose"),
    pytest.param('sha = "3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"', id="hash-with-neutral-name"),
    pytest.param('st.write("sk-")', id="prefix-alone"),
    pytest.param('task = "sketch-the-design-for-the-new-page"', id="word-starting-with-sk"),
    pytest.param('TOKEN_URL = "https://example.com/oauth/token"', id="url"),
]


@pytest.mark.parametrize("source", NOT_KEYS)
def test_not_keys(analyze: Analyze, source: str) -> None:
    assert findings_of(analyze, "FRG041")("import streamlit as st\n" + source) == []
