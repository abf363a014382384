"""A package beside the app: fragc bundles it with the script."""


def total(rows: list[dict[str, str]]) -> int:
    return sum(int(row["count"]) for row in rows)
