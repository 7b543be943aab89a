"""proselint."""
