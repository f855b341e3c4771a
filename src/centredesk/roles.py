"""The three roles of CentreDesk's users (SPEC §1), importable without the database layer."""

ADMINISTRATOR = "administrator"
DIRECTOR = "director"
DOCTOR = "doctor"
ROLES = (ADMINISTRATOR, DIRECTOR, DOCTOR)
