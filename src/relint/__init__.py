"""relint: a house-style linter for press releases."""

__version__ = "0.1.0"
