"""FRG041 over realistic shapes: where keys hide in code, and ordinary text that is not a key.

Issue 17.6: comments, docstrings, f-strings, concatenations, headers, URLs, bytes and
passwords in connection URLs. Each must-match row is one finding whose message names
what was found; each ordinary row is none.
"""

from __future__ import annotations

import pytest

from tests.compiler.conftest import Analyze, findings_of

OPENAI = "sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"
ANTHROPIC = "sk-ant-api03-AbCdEf1234567890AbCdEf1234567890xyzXYZ"
GOOGLE = "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW"
GITHUB = "ghp_" + "a1B2" * 9
AWS = "AKIAIOSFODNN7EXAMPLE"

MUST_MATCH = [
    # strings, whole or in part
    pytest.param(
        f'client = OpenAI(api_key="{OPENAI}")', "OpenAI/Anthropic API key", id="keyword-argument"
    ),
    pytest.param(f'KEY = "{ANTHROPIC}"', "OpenAI/Anthropic API key", id="anthropic"),
    pytest.param(
        'key = "sk-AbCdEf1234567890GhIjKl1234567890MnOpQr12345678"',
        "OpenAI/Anthropic",
        id="openai-legacy",
    ),
    pytest.param(
        f'headers = {{"Authorization": "Bearer {OPENAI}"}}',
        "OpenAI/Anthropic API key",
        id="bearer-header-with-known-key",
    ),
    pytest.param(
        'headers = {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.Zm9vYmFyMTIz"}',
        "Authorization header",
        id="bearer-header-jwt",
    ),
    pytest.param(
        'headers = {"Authorization": "Basic dXNlcjpwYXNzd29yZDEyMw=="}',
        "Authorization header",
        id="basic-auth-header",
    ),
    pytest.param(
        'headers = {"X-API-Key": "a8f5f167f44f4964e6c998dee827110c"}',
        "a credential",
        id="api-key-header",
    ),
    pytest.param(
        f'requests.get("https://maps.googleapis.com/api/geocode/json?key={GOOGLE}")',
        "Google API key",
        id="key-in-url-query",
    ),
    pytest.param(
        f'URL = "https://api.example.com/v1/{OPENAI}/models"',
        "OpenAI/Anthropic API key",
        id="key-in-url-path",
    ),
    pytest.param(
        'url = "https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1/sendMessage"',
        "Telegram bot token",
        id="telegram-token-in-url",
    ),
    pytest.param(
        'HOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXabcdXXXXabcd1234"',
        "Slack webhook",
        id="slack-webhook",
    ),
    # f-strings
    pytest.param(
        f'url = f"https://maps.googleapis.com/api?key={GOOGLE}&q={{query}}"',
        "Google API key",
        id="f-string-with-key",
    ),
    pytest.param(f'auth = f"Bearer {OPENAI}"', "OpenAI/Anthropic API key", id="f-string-bearer"),
    # concatenations
    pytest.param(
        'key = "sk-proj-" + "4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"',
        "join into an OpenAI",
        id="concatenation",
    ),
    pytest.param(
        'key = "AKIA" + "IOSFODNN" + "7EXAMPLE"',
        "join into an AWS access key id",
        id="three-part-concatenation",
    ),
    pytest.param(
        'key = ("sk-ant-api03-"\n       "AbCdEf1234567890AbCdEf1234567890xyzXYZ")',
        "OpenAI/Anthropic API key",
        id="implicit-concatenation",
    ),
    pytest.param(
        'API_TOKEN = "9f8e7d6c5b4a" + "39281706abcd"',
        "join into a credential",
        id="named-concatenation",
    ),
    # comments and docstrings (they ship byte for byte)
    pytest.param(
        f"# OPENAI_API_KEY = {OPENAI}\nx = 1", "comment holds an OpenAI", id="comment-line"
    ),
    pytest.param(
        f"x = 1  # old key: {GITHUB}", "comment holds a GitHub token", id="comment-after-code"
    ),
    pytest.param(
        f'def load():\n    """Uses the token {GITHUB}."""', "GitHub token", id="function-docstring"
    ),
    pytest.param(f'"""Demo app. AWS key id: {AWS}."""', "AWS access key id", id="module-docstring"),
    # bytes
    pytest.param(f'KEY = b"{AWS}"', "bytes string looks like an AWS", id="bytes"),
    pytest.param(
        'KEY = b"\\x73k-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"',
        "bytes string looks like an OpenAI",
        id="escaped-bytes",
    ),
    pytest.param(
        'pem = """-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA\n-----END OPENSSH PRIVATE KEY-----"""',
        "private key",
        id="pem-private-key",
    ),
    # passwords in connection URLs
    pytest.param(
        'engine = create_engine("postgresql://admin:S3cr3t-Pa55@db.example.com:5432/app")',
        "URL with a password",
        id="postgres-url",
    ),
    pytest.param(
        'conn = "mysql+pymysql://root:hunter2!@127.0.0.1/shop"',
        "URL with a password",
        id="mysql-url",
    ),
    pytest.param(
        'r = redis.from_url("redis://:p4ssw0rd@cache:6379/0")',
        "URL with a password",
        id="redis-url-no-user",
    ),
    pytest.param(
        'MONGO = "mongodb+srv://app:Xyz123abc@cluster0.mongodb.net/?retryWrites=true"',
        "URL with a password",
        id="mongodb-srv",
    ),
    # well-known formats
    pytest.param(
        'stripe.api_key = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"', "Stripe secret key", id="stripe"
    ),
    pytest.param(
        'slack = "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"',
        "Slack token",
        id="slack-bot-token",
    ),
    pytest.param(
        'HF = "hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567"', "Hugging Face token", id="hugging-face"
    ),
    pytest.param('GL = "glpat-AbCd1234EfGh5678IjKl"', "GitLab token", id="gitlab"),
    pytest.param('groq = "gsk_AbCdEfGh1234567890IjKlMnOp"', "Groq API key", id="groq"),
    # named like a credential
    pytest.param('API_KEY = "3f9a8b7c6d5e4f3a2b1c"', "a credential", id="named-assignment"),
    pytest.param('db.connect(password="hunter2!")', "a credential", id="short-password-keyword"),
    pytest.param(
        'os.environ["OPENAI_API_KEY"] = "abcdef1234567890abcdef"',
        "a credential",
        id="environ-assignment",
    ),
    pytest.param(
        'token = os.getenv("API_TOKEN", "9f8e7d6c5b4a39281706abcd")',
        "a credential",
        id="getenv-default",
    ),
    pytest.param(
        'settings = {"client_secret": "GOCSPX-1a2B3c4D5e6F7g8H9i0J"}',
        "a credential",
        id="dict-client-secret",
    ),
]


@pytest.mark.parametrize(("source", "what"), MUST_MATCH)
def test_keys_are_found_wherever_they_are_written(analyze: Analyze, source: str, what: str) -> None:
    found = findings_of(analyze, "FRG041")("import os\nimport streamlit as st\n" + source)
    assert len(found) == 1, found
    assert what in found[0][2]
    assert found[0][2].endswith("this will be public in the built site")


ORDINARY = [
    pytest.param('token = st.text_input("Token", type="password")', id="asked-from-user"),
    pytest.param('API_KEY = "your-api-key-here-123456"', id="placeholder"),
    pytest.param('API_KEY = ""', id="empty"),
    pytest.param('API_KEY = "sk-..."', id="elided-key"),
    pytest.param('password_label = "Enter your password"', id="prose"),
    pytest.param('password = "password"', id="password-placeholder"),
    pytest.param('password = "<your password>"', id="password-angle-placeholder"),
    pytest.param('sha = "3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"', id="hash-with-neutral-name"),
    pytest.param('git_sha = "a3f5c9e1b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2"', id="git-sha"),
    pytest.param('session_id = "550e8400-e29b-41d4-a716-446655440000"', id="uuid"),
    pytest.param('st.write("sk-")', id="prefix-alone"),
    pytest.param('task = "sketch-the-design-for-the-new-page"', id="word-starting-with-sk"),
    pytest.param('model = "sk-learn-compatible-estimator-wrapper"', id="sk-slug"),
    pytest.param('path = "/home/me/risk-assessment-2024-final-v2.csv"', id="sk-inside-a-word"),
    pytest.param('TOKEN_URL = "https://example.com/oauth/token"', id="token-url"),
    pytest.param(
        'DATABASE_URL = "postgresql://user:password@localhost/db"', id="url-placeholder-password"
    ),
    pytest.param(
        'DATABASE_URL = "postgresql://user:${DB_PASSWORD}@db/app"', id="url-variable-password"
    ),
    pytest.param('url = f"postgresql://{user}:{password}@{host}/db"', id="url-from-f-string"),
    pytest.param('url = "https://user@example.com/repo.git"', id="url-user-only"),
    pytest.param('url = "https://example.com:8443/path?x=1"', id="url-with-port"),
    pytest.param('headers = {"Authorization": f"Bearer {token}"}', id="bearer-from-variable"),
    pytest.param(
        'headers = {"Authorization": "Bearer " + token}', id="bearer-concatenated-variable"
    ),
    pytest.param('key = st.secrets["OPENAI_API_KEY"]', id="read-from-st-secrets"),
    pytest.param('SECRET_KEY = os.environ["SECRET_KEY"]', id="read-from-environ"),
    pytest.param('st.code("export OPENAI_API_KEY=sk-...")', id="docs-snippet"),
    pytest.param(
        "# set OPENAI_API_KEY in your environment, never in this file", id="comment-advice"
    ),
    pytest.param("# token: see the README\nx = 1", id="comment-token-word"),
    pytest.param('st.write("Token expired, please log in again")', id="token-prose"),
    pytest.param('label = "Basic settings for the dashboard view"', id="basic-prose"),
    pytest.param('st.caption("Bearer tokens are read from st.secrets")', id="bearer-prose"),
    pytest.param('pk = "pk_live_51H8abcdEFGHijklMNOPqrstUVWX"', id="stripe-publishable-key"),
    pytest.param('AWS_REGION = "us-east-1"', id="aws-region"),
    pytest.param('color = "#ff0000"', id="color"),
    pytest.param('st.markdown("Use <YOUR_TOKEN> here")', id="markdown-placeholder"),
    pytest.param('EMAIL = "mailto:someone@example.com"', id="mailto"),
    pytest.param(
        'img = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="',
        id="data-url",
    ),
]


@pytest.mark.parametrize("source", ORDINARY)
def test_ordinary_text_is_not_a_key(analyze: Analyze, source: str) -> None:
    assert findings_of(analyze, "FRG041")("import os\nimport streamlit as st\n" + source) == []


def test_one_key_is_reported_once(analyze: Analyze) -> None:
    source = f'KEY = "{OPENAI}"  # {OPENAI}\nother = f"{OPENAI}"\n'
    found = findings_of(analyze, "FRG041")(source)
    assert [(line, col) for line, col, _ in found] == [(1, 7), (1, 53), (2, 9)]
