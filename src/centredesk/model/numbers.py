"""Exact decimal arithmetic and the two roundings of SPEC §2.0."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

ZERO = Decimal("0")
ONE = Decimal("1")
HUNDRED = Decimal("100")
_CENT = Decimal("0.01")
_TEN_THOUSANDTH = Decimal("0.0001")


def r2(value: Decimal) -> Decimal:
    """Round equivalents and money to 0.01, half up."""
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def r4(value: Decimal) -> Decimal:
    """Round attendance, coefficients, ratios and values per equivalent to 0.0001, half up."""
    return value.quantize(_TEN_THOUSANDTH, rounding=ROUND_HALF_UP)


def to_decimal(value: object) -> Decimal:
    """Read a decimal from text, an int or a Decimal; floats are refused (they are inexact).

    Raises ValueError with a short reason for anything that is not a finite number.
    """
    if isinstance(value, bool | float):
        raise ValueError("not an exact decimal")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip().replace(",", ""))
        except InvalidOperation:
            raise ValueError("not a number") from None
    else:
        raise ValueError("not a number")

    if not number.is_finite():
        raise ValueError("not a finite number")
    return number


def plain(value: Decimal) -> str:
    """Decimal text without exponent or trailing zeros (2.70 -> '2.7', 1E+1 -> '10')."""
    text = format(value.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")
