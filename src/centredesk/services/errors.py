"""Refusals: what a service says when it will not do what was asked (exit status 2)."""


class Refused(Exception):
    """Bad input, a locked month, or a rule of the SPEC: nothing was changed."""


class PermissionDenied(Refused):
    """The signed-in user may not see or do this."""
