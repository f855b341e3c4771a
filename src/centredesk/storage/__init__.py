"""The database: engine and session set-up, tables, migrations and backups (no Qt here)."""
