"""Cancel tokens and progress."""

from __future__ import annotations

import pytest

from desktop.core.errors import OperationCancelledError
from desktop.core.jobs import CancelToken, Progress


def test_cancel_token_and_progress() -> None:
    token = CancelToken()
    token.raise_if_cancelled()
    token.cancel()
    with pytest.raises(OperationCancelledError):
        token.raise_if_cancelled()
    assert token.wait(0)
    assert Progress(5, 10).fraction == 0.5
    assert Progress(5, None).fraction is None
