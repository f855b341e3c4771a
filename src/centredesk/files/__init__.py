"""Exchange files: spreadsheets and CSV in, spreadsheets out, and the policy TOML."""
