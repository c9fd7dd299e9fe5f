"""Support resources (helplines) by country, from an editable data file.

The shipped list is `desktop/data/support.json`; a copy in the user's data folder, if present,
is used instead (so people can add their own helplines). Pure: the caller reads the files.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

ANYWHERE = "*"


@dataclass(frozen=True, slots=True)
class SupportResource:
    codes: tuple[str, ...]  # ISO 3166 country codes, or ("*",) for anywhere
    country: str
    name: str
    how: str  # "emergency", "call", "call or text", "text", "local emergency number", or ""
    number: str
    contact: str = ""  # free text, for entries the user wrote without how and number


def parse_resources(text: str) -> tuple[SupportResource, ...]:
    """Raises ValueError when the text is not a support list."""
    try:
        data = json.loads(text)
        resources = tuple(
            SupportResource(
                tuple(str(c).upper() for c in item.get("codes", [ANYWHERE])),
                str(item["country"]),
                str(item["name"]),
                str(item.get("how", "")),
                str(item.get("number", "")),
                str(item.get("contact", "")),
            )
            for item in data["resources"]
        )
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a support list: {exc}") from exc
    if not resources:
        raise ValueError("the support list is empty")
    if any(not r.contact and not r.how for r in resources):
        raise ValueError("an entry says neither how to reach it nor a contact")
    return resources


def for_country(resources: Sequence[SupportResource], code: str) -> list[SupportResource]:
    """The user's country first, then help available anywhere, then the rest."""
    code = code.upper()

    def rank(r: SupportResource) -> int:
        if code and code in r.codes:
            return 0
        return 1 if ANYWHERE in r.codes else 2

    return sorted(resources, key=rank)


EMERGENCY = "emergency"


def crisis_contacts(resources: Sequence[SupportResource], code: str) -> list[SupportResource]:
    """For the crisis screen: the country's emergency numbers first, then its helplines, then
    help available anywhere. Without a known country (or none listed for it): every emergency
    number and helpline, emergency first, so nothing is hidden."""
    code = code.upper()
    mine = [r for r in resources if code and code in r.codes]
    anywhere = [r for r in resources if ANYWHERE in r.codes]
    if any(r.how == EMERGENCY for r in mine):  # their number is known: no generic line
        anywhere = [r for r in anywhere if r.how != "local emergency number"]
    chosen = mine + anywhere if mine else list(resources)
    return sorted(chosen, key=lambda r: (r.how != EMERGENCY, ANYWHERE in r.codes))


def countries(resources: Sequence[SupportResource]) -> list[tuple[str, str]]:
    """(code, country name) pairs for a country picker, in list order, without duplicates."""
    seen: dict[str, str] = {}
    for r in resources:
        for c in r.codes:
            if c != ANYWHERE and c not in seen:
                seen[c] = r.country
    return list(seen.items())
