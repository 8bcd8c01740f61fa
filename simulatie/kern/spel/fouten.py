"""The one error of play: a move the rules do not allow."""

from __future__ import annotations


class IllegalZet(Exception):
    """A move the rules of play do not allow; the message is for the players."""
