"""Consent of co-grievers and a portrait recorded by the person themselves, kept in the vault."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from desktop.core.persona import Agreement, ConsentRecord, FamilyConsent
from desktop.vault.persona_codec import consent_from_json, consent_to_json

NOW = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)


def test_family_members_who_agreed_or_objected_round_trip() -> None:
    record = ConsentRecord(
        "Lily",
        "daughter",
        Agreement.UNKNOWN,
        (
            FamilyConsent("Tom", "son", "Yes, I'd like that", Agreement.YES),
            FamilyConsent("Aunt May", "sister", "It doesn't feel right to me", Agreement.NO),
            FamilyConsent("Grandpa", "husband", "Not asked yet"),
        ),
        NOW,
    )
    back = consent_from_json(consent_to_json(record))
    assert back == record
    assert [f.name for f in back.objections] == ["Aunt May"]


def test_a_record_made_before_co_griever_consent_still_reads() -> None:
    old = json.dumps(
        {
            "creator": "Lily",
            "creator_relationship": "daughter",
            "agreed_in_life": "yes",
            "family": [{"name": "Tom", "relationship": "son", "response": "fine"}],
            "recorded_at": NOW.isoformat(),
            "note": "",
        }
    )
    record = consent_from_json(old)
    assert record is not None
    assert record.family[0].agreement is Agreement.UNKNOWN and record.objections == ()
    assert not record.self_recorded and record.for_whom == ""


def test_recorded_by_them_for_their_family() -> None:
    record = ConsentRecord(
        "Margaret Lin",
        "herself",
        Agreement.YES,
        recorded_at=NOW,
        self_recorded=True,
        for_whom="my children Lily and Tom, and their children",
    )
    assert consent_from_json(consent_to_json(record)) == record
