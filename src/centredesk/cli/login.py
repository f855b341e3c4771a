"""Who runs a command: `--user NAME` with a password from the environment or a prompt."""

import getpass
import os
import sys

from centredesk.services.accounts import authenticate
from centredesk.services.context import Actor, has_accounts
from centredesk.services.errors import Refused
from centredesk.storage.database import Database

PASSWORD_VARIABLE = "CENTREDESK_PASSWORD"
NEW_PASSWORD_VARIABLE = "CENTREDESK_NEW_PASSWORD"
RECOVERY_CODE_VARIABLE = "CENTREDESK_RECOVERY_CODE"


def signed_in(database: Database, user: str | None) -> Actor:
    """The actor of the command: the local user without accounts, else the signed-in user."""
    if not has_accounts(database):
        if user:
            raise Refused(
                "this database has no accounts yet: leave out --user, or create the first "
                "administrator with `centredesk users add NAME --role administrator`"
            )
        return Actor.local_administrator()
    if not user:
        raise Refused(
            "this database has user accounts: give --user NAME before the command "
            f"(the password comes from {PASSWORD_VARIABLE} or a prompt)"
        )
    password = secret(PASSWORD_VARIABLE, f"password of {user}: ", "password")
    return authenticate(database, user, password)


def secret(variable: str, prompt: str, what: str) -> str:
    """A secret from the environment, or typed at a terminal without echo."""
    value = os.environ.get(variable)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise Refused(
            f"no {what} given and no terminal to ask for it: set {variable}, "
            "or run the command in a terminal"
        )
    return getpass.getpass(prompt)


def new_password(prompt: str = "new password: ") -> str:
    """A new password from CENTREDESK_NEW_PASSWORD, or typed twice at a terminal."""
    first = secret(NEW_PASSWORD_VARIABLE, prompt, "new password")
    if NEW_PASSWORD_VARIABLE not in os.environ and getpass.getpass("the same again: ") != first:
        raise Refused("the two passwords differ; nothing was changed")
    return first
