"""Refusals: what a service says when it will not do what was asked (exit status 2)."""


class Refused(Exception):
    """Bad input, a locked month, or a rule of the SPEC: nothing was changed."""


class PermissionDenied(Refused):
    """The signed-in user may not see or do this."""


class LoginRefused(Refused):
    """A wrong name, password or recovery code, or a try made before the account's delay ran out.

    `wait_seconds` is how long to wait before the next try (0 when one may try again at once).
    """

    def __init__(self, message: str, wait_seconds: int = 0) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds
